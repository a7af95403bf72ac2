/** The list pages' shared parts: a search box, a loaded table, "Load more" pages, Newer/Older cursors. */
import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { ErrorNote, formValues, type Loaded, Spinner, useAction, useLoad } from './ui.tsx';

/** A one-field search form in a `<search>` landmark; `onSearch` gets the trimmed text. */
export function SearchBox({
  label,
  placeholder,
  value,
  onSearch,
  name = 'q',
  search,
  button = 'Search',
  buttonClass,
  class: cls,
}: {
  /** The input's accessible name. */
  label: string;
  placeholder: string;
  value: string;
  onSearch: (text: string) => void;
  name?: string;
  /** A search box (type="search"), or else a text field. */
  search?: boolean;
  button?: string;
  buttonClass?: string;
  class?: string;
}) {
  return (
    <search class={cls}>
      <form class="toolbar" onSubmit={(e) => onSearch((formValues(e)[name] ?? '').trim())}>
        {search ? (
          <input
            name={name}
            type="search"
            aria-label={label}
            placeholder={placeholder}
            defaultValue={value}
          />
        ) : (
          <input name={name} aria-label={label} placeholder={placeholder} defaultValue={value} />
        )}
        <button type="submit" class={buttonClass}>
          {button}
        </button>
      </form>
    </search>
  );
}

/**
 * The load's error, then a spinner until its first answer, then `children` (shown on an error too,
 * so an empty table says so).
 */
export function LoadedList({ load, children }: { load: Loaded<unknown>; children: ComponentChildren }) {
  return (
    <>
      <ErrorNote error={load.error} />
      {!load.data && !load.error ? <Spinner /> : children}
    </>
  );
}

/**
 * The load's error, a spinner until its first answer, then `children` with the data (nothing but
 * the error when there is none yet): a detail page.
 */
export function WithData<T>({
  load,
  children,
}: {
  load: Loaded<T>;
  children: (data: T) => ComponentChildren;
}) {
  return (
    <>
      <ErrorNote error={load.error} />
      {load.data === undefined ? !load.error && <Spinner /> : children(load.data)}
    </>
  );
}

/** A page of a list that continues after its `next` cursor. */
export interface Paged {
  next?: string | undefined;
}

export interface Pages<P> {
  /** The first page's load (it restarts when the deps change). */
  list: Loaded<P>;
  /** The first page, then every page loaded with "Load more". */
  all: P[];
  /** The cursor after the last page, if there is more. */
  next: string | undefined;
  /** Whether a further page is loading. */
  busy: boolean;
  loadMore: () => Promise<boolean>;
}

/** A list loaded a page at a time: `load(after)` fetches the page after a cursor (the first: none). */
export function usePages<P extends Paged>(
  load: (after?: string) => Promise<P>,
  deps: readonly unknown[],
): Pages<P> {
  const [pages, setPages] = useState<P[]>([]);
  const [busy, run] = useAction();
  // Bumped by every (re)load of the first page: a further page asked for before belongs to a
  // list that is gone (another search, another group) and is dropped.
  const gen = useRef(0);
  const list = useLoad(async () => {
    const mine = ++gen.current;
    const first = await load();
    if (mine === gen.current) setPages([]);
    return first;
  }, deps);
  // Without a first page (the deps just changed) the further pages of the last list are not shown.
  const all = list.data ? [list.data, ...pages] : [];
  const next = all[all.length - 1]?.next;
  const loadMore = () => {
    const mine = gen.current;
    return run(async () => {
      const p = await load(next);
      if (mine === gen.current) setPages((l) => [...l, p]);
    });
  };
  return { list, all, next, busy, loadMore };
}

/** The "Load more" button of `usePages`, while there is more; `pager` puts it in a pager row. */
export function LoadMore({
  pages,
  label = 'Load more',
  pager,
}: {
  pages: Pages<Paged>;
  label?: string;
  pager?: boolean;
}) {
  if (!pages.next) return null;
  const button = (
    <button type="button" class="secondary" disabled={pages.busy} onClick={() => void pages.loadMore()}>
      {label}
    </button>
  );
  return pager ? <div class="pager">{button}</div> : button;
}

/** Paging back and forth by `before` cursors: the cursor of each page shown so far. */
export function useCursors<C>() {
  const [cursors, setCursors] = useState<(C | undefined)[]>([undefined]);
  return {
    before: cursors[cursors.length - 1],
    /** Back to the newer page, when there is one. */
    newer: cursors.length < 2 ? undefined : () => setCursors((c) => c.slice(0, -1)),
    older: (before: C) => setCursors((c) => [...c, before]),
    reset: () => setCursors([undefined]),
  };
}

/** Newer and Older buttons; each is disabled without its handler. */
export function Pager({
  onNewer,
  onOlder,
}: {
  onNewer: (() => void) | undefined;
  onOlder: (() => void) | undefined;
}) {
  return (
    <div class="pager">
      <button type="button" class="secondary" disabled={!onNewer} onClick={onNewer}>
        Newer
      </button>
      <button type="button" class="secondary" disabled={!onOlder} onClick={onOlder}>
        Older
      </button>
    </div>
  );
}
