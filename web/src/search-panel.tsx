import type { ChatMessage } from '@parley/client';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { type ChatStore, errorText, previewOf } from './chat-store.ts';
import { socialOf } from './social-store.ts';

function when(ts: number): string {
  const d = new Date(ts);
  return d.toDateString() === new Date().toDateString()
    ? d.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })
    : d.toLocaleDateString([], { month: 'short', day: 'numeric' });
}

/** The text of a result around the first hit, the hit marked. */
function Snippet({ text, query }: { text: string; query: string }) {
  const at = text.toLowerCase().indexOf(query.toLowerCase());
  if (at < 0 || !query) return <>{text.length > 120 ? `${text.slice(0, 120)}…` : text}</>;
  const start = Math.max(0, at - 40);
  const end = Math.min(text.length, at + query.length + 60);
  return (
    <>
      {start > 0 && '…'}
      {text.slice(start, at)}
      <mark>{text.slice(at, at + query.length)}</mark>
      {text.slice(at + query.length, end)}
      {end < text.length && '…'}
    </>
  );
}

/**
 * Message search in the top bar: all conversations, or only the open one. Results show the
 * conversation, the sender and a snippet; picking one opens the conversation at that message.
 */
export function SearchBox({ store }: { store: ChatStore }) {
  const [query, setQuery] = useState('');
  const [scope, setScope] = useState<'all' | 'this'>('all');
  const [results, setResults] = useState<{ query: string; messages: ChatMessage[] }>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const box = useRef<HTMLDivElement>(null);
  const open = results !== undefined || error !== '';
  const social = socialOf(store);

  // A layout effect: Escape works from the moment the results show.
  useLayoutEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') close();
    };
    const onDown = (e: MouseEvent) => {
      if (box.current && !box.current.contains(e.target as Node)) close();
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('mousedown', onDown);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('mousedown', onDown);
    };
  }, [open]);

  const close = () => {
    setResults(undefined);
    setError('');
  };

  const run = async (e: Event) => {
    e.preventDefault();
    const q = query.trim();
    if (!q || busy) return;
    setBusy(true);
    setError('');
    try {
      const convId = scope === 'this' ? store.active : undefined;
      setResults({ query: q, messages: await store.search(q, convId) });
    } catch (err) {
      setResults(undefined);
      setError(`Search failed: ${errorText(err)}`);
    } finally {
      setBusy(false);
    }
  };

  const pick = (m: ChatMessage) => {
    close();
    void store.openAt(m.convId, m.msgId);
  };

  return (
    <div class="search" ref={box}>
      <form class="search-form" aria-label="Message search" onSubmit={run}>
        <label for="search-query" class="sr-only">
          Search messages
        </label>
        <input
          id="search-query"
          type="search"
          placeholder="Search messages"
          value={query}
          onInput={(e) => setQuery(e.currentTarget.value)}
        />
        {store.active && (
          <>
            <label for="search-scope" class="sr-only">
              Where to search
            </label>
            <select
              id="search-scope"
              value={scope}
              onChange={(e) => setScope(e.currentTarget.value as 'all' | 'this')}
            >
              <option value="all">All chats</option>
              <option value="this">This chat</option>
            </select>
          </>
        )}
        <button type="submit" aria-busy={busy}>
          Search
        </button>
      </form>
      {open && (
        <section class="search-results" aria-label="Search results">
          {error ? (
            <p role="alert" class="error">
              {error}
            </p>
          ) : results && results.messages.length === 0 ? (
            <p class="muted-text">No messages match “{results.query}”.</p>
          ) : (
            <ul>
              {results?.messages.map((m) => (
                <li key={m.msgId}>
                  <button type="button" class="result" onClick={() => pick(m)} data-conv={m.convId}>
                    <span class="result-conv">{social.title(m.convId)}</span>
                    <span class="result-when">{when(m.ts)}</span>
                    <span class="result-text">
                      <span class="result-from">{m.from === store.uid ? 'You' : m.from}: </span>
                      <Snippet text={previewOf(m)} query={results.query} />
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </div>
  );
}
