/** Small pieces every page of the console uses: loading, errors, dialogs, tables, time. */
import { type ComponentChildren, cloneElement, type JSX } from 'preact';
import { useCallback, useEffect, useId, useRef, useState } from 'preact/hooks';
import { ApiError, call, errorText, type Method } from './api.ts';

// ---- time and numbers ----

/** A timestamp (ms, or seconds, or an ISO string) as local date and time; '—' when absent. */
export function fmtTime(ts: number | string | null | undefined): string {
  if (ts === null || ts === undefined || ts === '' || ts === 0) return '—';
  const ms = typeof ts === 'number' ? (ts < 1e11 ? ts * 1000 : ts) : Date.parse(ts);
  if (!Number.isFinite(ms)) return String(ts);
  const d = new Date(ms);
  return d.toLocaleString(undefined, {
    // The year only when it is not this one.
    ...(d.getFullYear() === new Date().getFullYear() ? {} : { year: 'numeric' }),
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
}

export function fmtNum(n: number | null | undefined, digits = 0): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return '—';
  return n.toLocaleString(undefined, { maximumFractionDigits: digits, minimumFractionDigits: digits });
}

// ---- data loading ----

export interface Loaded<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  reload: () => Promise<void>;
}

/**
 * Runs `load` now, whenever `deps` change and every `everyMs` (when given); keeps the last data
 * while reloading, so a periodic refresh does not blank the page.
 */
export function useLoad<T>(load: () => Promise<T>, deps: readonly unknown[], everyMs?: number): Loaded<T> {
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState<unknown>(undefined);
  const [loading, setLoading] = useState(true);
  const seq = useRef(0);
  const inFlight = useRef(false);
  const loadRef = useRef(load);
  loadRef.current = load;

  const reload = useCallback(async () => {
    const mine = ++seq.current;
    inFlight.current = true;
    setLoading(true);
    try {
      const d = await loadRef.current();
      if (mine !== seq.current) return;
      setData(d);
      setError(undefined);
    } catch (err) {
      if (mine === seq.current) setError(err);
    } finally {
      if (mine === seq.current) {
        inFlight.current = false;
        setLoading(false);
      }
    }
  }, []);

  // Reloads when the caller's deps change.
  useEffect(() => {
    setData(undefined);
    void reload();
    if (!everyMs) return;
    // A tick while the last load is still out is skipped: each tick would supersede the one
    // before, and on a server slower than `everyMs` no answer would ever be shown.
    const t = setInterval(() => {
      if (!inFlight.current) void reload();
    }, everyMs);
    return () => clearInterval(t);
  }, deps);

  return { data, error, loading, reload };
}

// ---- messages ----

export function ErrorNote({ error, title }: { error: unknown; title?: string }) {
  if (error === undefined || error === null || error === '') return null;
  return (
    <div class="alert alert-error" role="alert">
      {title && <strong>{title}: </strong>}
      {typeof error === 'string' ? error : errorText(error)}
    </div>
  );
}

export function Spinner({ label = 'Loading…' }: { label?: string }) {
  return (
    <p class="dim" role="status">
      {label}
    </p>
  );
}

type Toast = { id: number; text: string; kind: 'ok' | 'error' };
let toastListener: (t: Toast) => void = () => undefined;
let toastSeq = 0;
/** How long a note stays, and how many show at once (older ones make way). */
const TOAST_MS = 5000;
const MAX_TOASTS = 3;

/** Shows a short note at the bottom of the page (a live region). */
export function toast(text: string, kind: 'ok' | 'error' = 'ok'): void {
  toastListener({ id: ++toastSeq, text, kind });
}

export function ToastHost() {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const dismiss = useCallback((id: number) => setToasts((l) => l.filter((x) => x.id !== id)), []);
  useEffect(() => {
    const timers = new Set<ReturnType<typeof setTimeout>>();
    toastListener = (t) => {
      setToasts((l) => [...l, t].slice(-MAX_TOASTS));
      const timer = setTimeout(() => {
        timers.delete(timer);
        dismiss(t.id);
      }, TOAST_MS);
      timers.add(timer);
    };
    return () => {
      toastListener = () => undefined;
      for (const timer of timers) clearTimeout(timer);
    };
  }, [dismiss]);
  return (
    <div class="toasts" role="status" aria-live="polite">
      {toasts.map((t) => (
        <div key={t.id} class={`toast toast-${t.kind}`}>
          <span>{t.text}</span>
          <button type="button" class="icon toast-x" aria-label="Dismiss note" onClick={() => dismiss(t.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}

// ---- dialogs ----

/** A modal dialog in the page: Escape or its × closes it, focus starts inside. */
export function Dialog({
  title,
  onClose,
  children,
  wide,
}: {
  title: string;
  onClose: () => void;
  children: ComponentChildren;
  wide?: boolean;
}) {
  const box = useRef<HTMLDivElement>(null);
  const titleId = useRef(`dlg-${Math.random().toString(36).slice(2)}`).current;
  // The latest onClose: callers pass a new function on each render (a page refreshing every few
  // seconds), which must not move the focus back to the first field.
  const close = useRef(onClose);
  close.current = onClose;
  useEffect(() => {
    const before = document.activeElement as HTMLElement | null;
    const first = box.current?.querySelector<HTMLElement>(
      'input, select, textarea, button:not(.dialog-x), [tabindex]',
    );
    first?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') close.current();
    };
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('keydown', onKey);
      before?.focus?.();
    };
  }, []);
  return (
    <div class="backdrop">
      <div
        ref={box}
        class={wide ? 'dialog wide' : 'dialog'}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
      >
        <div class="dialog-head">
          <h2 id={titleId}>{title}</h2>
          <button type="button" class="icon dialog-x" aria-label="Close" onClick={onClose}>
            ×
          </button>
        </div>
        {children}
      </div>
    </div>
  );
}

export interface ConfirmOptions {
  title: string;
  message: ComponentChildren;
  confirmLabel: string;
  danger?: boolean;
}

let confirmListener: (o: ConfirmOptions, done: (ok: boolean) => void) => void = (_o, done) => done(false);

/** Asks in an in-page dialog (not window.confirm); resolves true on the confirm button. */
export function confirmAction(o: ConfirmOptions): Promise<boolean> {
  return new Promise((resolve) => confirmListener(o, resolve));
}

export function ConfirmHost() {
  const [pending, setPending] = useState<{ o: ConfirmOptions; done: (ok: boolean) => void } | null>(null);
  useEffect(() => {
    confirmListener = (o, done) => setPending({ o, done });
    return () => {
      confirmListener = (_o, done) => done(false);
    };
  }, []);
  const close = useCallback(
    (ok: boolean) => {
      pending?.done(ok);
      setPending(null);
    },
    [pending],
  );
  const cancel = useCallback(() => close(false), [close]);
  if (!pending) return null;
  return (
    <Dialog title={pending.o.title} onClose={cancel}>
      <div class="dialog-body">{pending.o.message}</div>
      <div class="dialog-actions">
        <button type="button" class="secondary" onClick={cancel}>
          Cancel
        </button>
        <button type="button" class={pending.o.danger ? 'danger' : ''} onClick={() => close(true)}>
          {pending.o.confirmLabel}
        </button>
      </div>
    </Dialog>
  );
}

/** Runs an action with a busy flag, reporting its error as a toast and returning whether it worked. */
export function useAction(): [boolean, (fn: () => Promise<void>) => Promise<boolean>] {
  const [busy, setBusy] = useState(false);
  const run = useCallback(async (fn: () => Promise<void>) => {
    setBusy(true);
    try {
      await fn();
      return true;
    } catch (err) {
      toast(errorText(err), 'error');
      return false;
    } finally {
      setBusy(false);
    }
  }, []);
  return [busy, run];
}

/** Whether an error says the thing acted on is no longer there (404, 410): the page is stale. */
export function isGone(err: unknown): boolean {
  return err instanceof ApiError && (err.status === 404 || err.status === 410);
}

/** Asks first (`confirmAction`), then runs `act` when the confirm button was pressed. */
export async function confirmThen(o: ConfirmOptions, act: () => Promise<unknown>): Promise<void> {
  if (await confirmAction(o)) await act();
}

/**
 * `useAction` plus `change`: a request that changes something, then a toast saying `done` and a
 * reload of the page's data (`reload`); `change` returns whether it worked.
 */
export function useChange(
  reload: () => Promise<void>,
): [
  boolean,
  (method: Method, path: string, body: unknown, done: string) => Promise<boolean>,
  (fn: () => Promise<void>) => Promise<boolean>,
] {
  const [busy, run] = useAction();
  const change = (method: Method, path: string, body: unknown, done: string) =>
    run(async () => {
      await call(method, path, body).catch((err: unknown) => {
        // Gone already (another admin, another tab): the page shows what is there now.
        if (isGone(err)) void reload();
        throw err;
      });
      toast(done);
      await reload();
    });
  return [busy, change, run];
}

// ---- a secret shown once ----

async function copyText(text: string, fallback: HTMLInputElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // No clipboard API (plain http on a non-loopback host): select the text for Ctrl+C.
    fallback?.select();
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    }
  }
}

export function SecretOnce({ label, value, onDone }: { label: string; value: string; onDone: () => void }) {
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState('');
  return (
    <section class="secret" aria-label={label}>
      <p>
        <strong>{label}</strong> — copy it now: it is shown only once and cannot be read back.
      </p>
      <div class="secret-row">
        <input
          ref={input}
          readOnly
          value={value}
          aria-label={label}
          data-testid="secret-value"
          onFocus={(e) => e.currentTarget.select()}
        />
        <button
          type="button"
          onClick={async () => setCopied((await copyText(value, input.current)) ? 'Copied' : 'Press Ctrl+C')}
        >
          Copy
        </button>
        <button type="button" class="secondary" onClick={onDone}>
          Done
        </button>
      </div>
      <span class="dim" role="status">
        {copied}
      </span>
    </section>
  );
}

// ---- layout bits ----

export function Card({
  label,
  value,
  sub,
  tone,
}: {
  label: string;
  value: string;
  sub?: string;
  tone?: string;
}) {
  return (
    <article class={`card ${tone ?? ''}`} aria-label={label}>
      <div class="card-label">{label}</div>
      <div class="card-value">{value}</div>
      {sub && <div class="card-sub">{sub}</div>}
    </article>
  );
}

export function Badge({
  tone,
  children,
}: {
  tone: 'ok' | 'bad' | 'warn' | 'dim' | 'info';
  children: ComponentChildren;
}) {
  return <span class={`badge badge-${tone}`}>{children}</span>;
}

export function OnlineDot({ online }: { online: boolean }) {
  return (
    <span class={online ? 'dot dot-on' : 'dot'} title={online ? 'online' : 'offline'}>
      <span class="sr-only">{online ? 'online' : 'offline'}</span>
    </span>
  );
}

/** A scrollable table with a caption (its accessible name). */
export function Table({
  caption,
  head,
  children,
  empty,
  count,
}: {
  caption: string;
  head: string[];
  children: ComponentChildren;
  empty?: string;
  count?: number;
}) {
  return (
    <div class="table-wrap">
      <table>
        <caption class="sr-only">{caption}</caption>
        <thead>
          <tr>
            {head.map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {children}
          {count === 0 && (
            <tr>
              <td colSpan={head.length} class="empty">
                {empty ?? 'Nothing here.'}
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}

/** A labelled form field: `<label>` wrapping its control; a hint describes it (not part of its name). */
export function Field({ label, hint, children }: { label: string; hint?: string; children: JSX.Element }) {
  const hintId = useId();
  const control = hint ? cloneElement(children, { 'aria-describedby': hintId }) : children;
  return (
    <div class="field">
      {/* biome-ignore lint/a11y/noLabelWithoutControl: the control is `children`, inside the label */}
      <label>
        <span class="field-label">{label}</span>
        {control}
      </label>
      {hint && (
        <span id={hintId} class="field-hint">
          {hint}
        </span>
      )}
    </div>
  );
}

/** The console's name and logo (the nav's top, the sign-in card). */
export function Brand({ dark }: { dark?: boolean }) {
  return (
    <div class={dark ? 'brand brand-dark' : 'brand'}>
      <span class="logo" aria-hidden="true">
        P
      </span>
      <span>
        Parley <span class="brand-sub">admin</span>
      </span>
    </div>
  );
}

/** "Users / alice": the way back from a detail page to its list. */
export function Crumbs({ href, label, current }: { href: string; label: string; current: string }) {
  return (
    <nav class="crumbs" aria-label="Breadcrumb">
      <a href={href}>{label}</a> <span aria-hidden="true">/</span> <span aria-current="page">{current}</span>
    </nav>
  );
}

/** A small button in a table row's actions cell; `name` is its accessible name (it says which row). */
export function RowButton({
  label,
  name,
  danger,
  disabled,
  onClick,
}: {
  label: string;
  name: string;
  danger?: boolean;
  disabled?: boolean;
  onClick: () => void;
}) {
  return (
    <button
      type="button"
      class={danger ? 'small danger' : 'small secondary'}
      disabled={disabled}
      aria-label={name}
      onClick={onClick}
    >
      {label}
    </button>
  );
}

/** The row of page-wide buttons under the top bar (the page's title is the top bar's). */
export function PageHead({ children }: { children?: ComponentChildren }) {
  if (!children) return null;
  return <div class="page-head page-actions-row">{children}</div>;
}

/** Reads a form's fields as strings. */
export function formValues(e: Event): Record<string, string> {
  e.preventDefault();
  const form = new FormData(e.currentTarget as HTMLFormElement);
  const out: Record<string, string> = {};
  for (const [k, v] of form.entries()) if (typeof v === 'string') out[k] = v;
  return out;
}

/** Every checked value of a checkbox group in a form. */
export function formAll(form: HTMLFormElement, name: string): string[] {
  return new FormData(form).getAll(name).filter((v): v is string => typeof v === 'string');
}
