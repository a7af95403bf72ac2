import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { type ChatStore, errorText, type UiMessage } from './chat-store.ts';

const RECEIPT = {
  pending: ['Sending…', 'Sending'],
  failed: ['!', 'Not sent'],
  sent: ['✓', 'Sent'],
  delivered: ['✓✓', 'Delivered'],
  read: ['✓✓', 'Read'],
} as const;

function time(ts: number): string {
  return new Date(ts).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
}

/** One conversation: history (older pages load on scroll up), receipts, typing, composer. */
export function ChatView({ store, convId }: { store: ChatStore; convId: string }) {
  const list = useRef<HTMLDivElement>(null);
  const seen = useRef({ first: '', last: '', height: 0, nearBottom: true });
  const [error, setError] = useState('');
  const thread = store.threads.get(convId);
  const messages = thread?.messages ?? [];
  const conv = store.conversation(convId);
  const peer = store.peerOf(convId);
  const typing = store.typingIn(convId);

  // Keeps the reading position when older messages are prepended, follows new ones at the bottom,
  // and loads more while the list does not fill its box.
  useLayoutEffect(() => {
    const el = list.current;
    if (!el) return;
    const s = seen.current;
    const first = messages[0]?.key ?? '';
    const last = messages.at(-1)?.key ?? '';
    if (s.first && first !== s.first && last === s.last) el.scrollTop += el.scrollHeight - s.height;
    else if (last !== s.last && (s.nearBottom || messages.at(-1)?.from === store.uid || !s.last)) {
      el.scrollTop = el.scrollHeight;
    }
    s.first = first;
    s.last = last;
    s.height = el.scrollHeight;
    s.nearBottom = el.scrollHeight - el.scrollTop - el.clientHeight < 80;
    if (thread?.hasMore && !thread.loading && el.scrollHeight <= el.clientHeight)
      void store.loadOlder(convId);
  });

  const onScroll = () => {
    const el = list.current;
    if (!el) return;
    seen.current.nearBottom = el.scrollHeight - el.scrollTop - el.clientHeight < 80;
    if (el.scrollTop < 48) void store.loadOlder(convId);
  };

  const send = (e: Event) => {
    e.preventDefault();
    const form = e.currentTarget as HTMLFormElement;
    const input = form.elements.namedItem('text') as HTMLInputElement;
    const text = input.value.trim();
    if (!text) return;
    input.value = '';
    setError('');
    store.send(convId, text);
  };

  const recall = (m: UiMessage) => {
    setError('');
    store.recall(m.msgId).catch((err: unknown) => setError(`Cannot recall: ${errorText(err)}`));
  };

  return (
    <section class="chat" aria-label={`Chat with ${peer}`}>
      <header class="chat-head">
        <button
          type="button"
          class="ghost back"
          aria-label="Back to conversations"
          onClick={() => void store.open(undefined)}
        >
          ‹
        </button>
        <h2>{peer}</h2>
        {conv && (
          <span class="chat-actions">
            <button
              type="button"
              class="ghost"
              aria-pressed={conv.pinned}
              onClick={() => void store.setFlag(convId, { pinned: !conv.pinned })}
            >
              {conv.pinned ? 'Unpin' : 'Pin'}
            </button>
            <button
              type="button"
              class="ghost"
              aria-pressed={conv.muted}
              onClick={() => void store.setFlag(convId, { muted: !conv.muted })}
            >
              {conv.muted ? 'Unmute' : 'Mute'}
            </button>
          </span>
        )}
      </header>
      <div class="messages" ref={list} onScroll={onScroll} role="log" aria-label="Messages">
        <ol>
          {thread?.loading && <li class="loading">Loading older messages…</li>}
          {thread && !thread.hasMore && messages.length > 0 && (
            <li class="start">Start of the conversation</li>
          )}
          {messages.map((m) => {
            const mine = m.from === store.uid;
            const receipt = mine ? store.receipt(convId, m) : undefined;
            return (
              <li
                key={m.key}
                class={`msg${mine ? ' mine' : ''}${m.recalled ? ' recalled' : ''}`}
                data-receipt={receipt}
                data-msg-id={m.msgId || undefined}
              >
                {!mine && <span class="sr-only">{m.from}: </span>}
                <span class="text">{m.recalled ? 'Message recalled' : m.content}</span>
                <span class="meta">
                  <time dateTime={new Date(m.ts).toISOString()}>{time(m.ts)}</time>
                  {receipt && (
                    <span class={`receipt ${receipt}`} title={RECEIPT[receipt][1]}>
                      <span aria-hidden="true">{RECEIPT[receipt][0]}</span>
                      <span class="sr-only">{RECEIPT[receipt][1]}</span>
                    </span>
                  )}
                  {receipt === 'failed' && (
                    <button
                      type="button"
                      class="link"
                      onClick={() => store.send(convId, m.content, m.clientMsgId)}
                    >
                      Retry
                    </button>
                  )}
                  {mine && m.status === 'sent' && !m.recalled && (
                    <button type="button" class="link" onClick={() => recall(m)}>
                      Recall
                    </button>
                  )}
                </span>
              </li>
            );
          })}
        </ol>
      </div>
      <p class="typing" aria-live="polite">
        {typing ? `${typing} is typing…` : ''}
      </p>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      <form class="composer" onSubmit={send}>
        <label for="composer-text" class="sr-only">
          Message to {peer}
        </label>
        <input
          id="composer-text"
          name="text"
          autocomplete="off"
          placeholder="Message"
          maxLength={4000}
          onInput={() => store.typed(convId)}
        />
        <button type="submit">Send</button>
      </form>
    </section>
  );
}
