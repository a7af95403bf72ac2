/** Forms that send once: dialogs with Cancel and a submit button, and create panels whose answer holds a secret. */
import type { ComponentChildren } from 'preact';
import { useCallback, useState } from 'preact/hooks';
import { Dialog, ErrorNote, Field, formValues, SecretOnce } from './ui.tsx';

/**
 * A form's busy flag and error: `run` sends with the flag set, and on an error keeps it to show and
 * clears the flag. On success the flag stays set: the form closes, or the page moves on.
 */
export function useSubmit() {
  const [error, setError] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);
  const run = useCallback(async (send: () => Promise<void>) => {
    setBusy(true);
    try {
      await send();
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  }, []);
  return { error, setError, busy, run };
}

/**
 * A dialog around a form: its fields, the error of the last try, Cancel and the submit button.
 * `check` may refuse the fields with a sentence before anything is sent.
 */
export function FormDialog({
  title,
  submit,
  danger,
  onClose,
  check,
  send,
  children,
}: {
  title: string;
  /** The submit button's label. */
  submit: string;
  danger?: boolean;
  onClose: () => void;
  check?: (v: Record<string, string>) => string | undefined;
  send: (v: Record<string, string>) => Promise<void>;
  children: ComponentChildren;
}) {
  const { error, setError, busy, run } = useSubmit();
  const onSubmit = (e: Event) => {
    const v = formValues(e);
    const refused = check?.(v);
    if (refused) setError(refused);
    else void run(() => send(v));
  };
  return (
    <Dialog title={title} onClose={onClose}>
      <form class="stack" onSubmit={onSubmit}>
        {children}
        <ErrorNote error={error} />
        <div class="dialog-actions">
          <button type="button" class="secondary" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" class={danger ? 'danger' : undefined} disabled={busy}>
            {submit}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

/** An account name field (a user id, an admin's name): letters, digits and _ . @ -. */
export function NameField({ label, name }: { label: string; name: string }) {
  return (
    <Field label={label} hint="Letters, digits and _ . @ -">
      <input name={name} required maxLength={64} pattern="[A-Za-z0-9_.@\-]+" autocomplete="off" />
    </Field>
  );
}

/** A new password field (`password`) of at least `min` characters; `name` for a second one (repeat). */
export function NewPassword({
  label,
  min,
  name = 'password',
  hint = true,
}: {
  label: string;
  min: number;
  name?: string;
  /** Whether it says the minimum length. */
  hint?: boolean;
}) {
  return (
    <Field label={label} hint={hint ? `${min} characters or more.` : undefined}>
      <input name={name} type="password" required minLength={min} autocomplete="new-password" />
    </Field>
  );
}

export interface Secret {
  /** What it is (its box's accessible name). */
  label: string;
  value: string;
}

/**
 * Creating something whose answer holds a secret shown once (API keys, webhooks): `create` runs
 * `send` with `run` (a `useAction`'s), keeps its error, shows the secret, empties the form and
 * reloads the list.
 */
export function useCreateSecret(
  run: (fn: () => Promise<void>) => Promise<boolean>,
  reload: () => Promise<void>,
) {
  const [secret, setSecret] = useState<Secret | null>(null);
  const [error, setError] = useState<unknown>(undefined);
  const create = async (form: HTMLFormElement, send: () => Promise<Secret>) => {
    setError(undefined);
    await run(async () => {
      try {
        setSecret(await send());
        form.reset();
        await reload();
      } catch (err) {
        setError(err);
      }
    });
  };
  return { secret, done: () => setSecret(null), error, setError, create };
}

/** The secret of `useCreateSecret`, until Done. */
export function CreatedSecret({ secret, done }: { secret: Secret | null; done: () => void }) {
  return secret ? <SecretOnce label={secret.label} value={secret.value} onDone={done} /> : null;
}

/** A panel with a form that creates something: a title, fields in a row, the submit button, the error. */
export function CreatePanel({
  id,
  title,
  submit,
  busy,
  error,
  onSubmit,
  children,
}: {
  /** The title's id (the form's accessible name). */
  id: string;
  title: string;
  /** The submit button's label. */
  submit: string;
  busy: boolean;
  error: unknown;
  onSubmit: (v: Record<string, string>, form: HTMLFormElement) => void;
  children: ComponentChildren;
}) {
  return (
    <form
      class="panel stack"
      onSubmit={(e) => {
        const form = e.currentTarget;
        onSubmit(formValues(e), form);
      }}
      aria-labelledby={id}
    >
      <h3 id={id}>{title}</h3>
      <div class="filters">
        {children}
        <button type="submit" disabled={busy}>
          {submit}
        </button>
      </div>
      <ErrorNote error={error} />
    </form>
  );
}
