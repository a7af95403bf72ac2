import { type ChatStore, previewOf } from './chat-store.ts';
import { describeSystem, socialOf } from './social-store.ts';

/** The user's conversations, pinned first, with unread badges; and a form to start a chat. */
export function ConversationList({ store }: { store: ChatStore }) {
  const start = (e: Event) => {
    e.preventDefault();
    const form = e.currentTarget as HTMLFormElement;
    const uid = String(new FormData(form).get('peer') ?? '').trim();
    if (!uid || uid === store.uid) return;
    form.reset();
    void store.open(store.convIdWith(uid));
  };
  const social = socialOf(store);
  return (
    <nav class="convs" aria-label="Conversations">
      <form class="new-chat" onSubmit={start}>
        <label for="new-chat-peer" class="sr-only">
          Start a chat with user id
        </label>
        <input id="new-chat-peer" name="peer" placeholder="Chat with user id…" autocomplete="off" required />
        <button type="submit">Start</button>
      </form>
      <div class="list-actions">
        <button type="button" class="ghost" onClick={() => social.open({ kind: 'new-group' })}>
          New group
        </button>
      </div>
      <h2 class="sr-only">Conversations{store.totalUnread > 0 ? `, ${store.totalUnread} unread` : ''}</h2>
      {store.conversations.length === 0 ? (
        <p class="muted-text">No conversations yet.</p>
      ) : (
        <ul>
          {store.conversations.map((c) => {
            const last = c.lastMessage;
            const preview = last
              ? last.recalled || last.type === 'recall'
                ? 'Message recalled'
                : last.type === 'system'
                  ? describeSystem(last.content, store.uid)
                  : `${last.from === store.uid ? 'You: ' : c.convType === 'group' ? `${last.from}: ` : ''}${previewOf(last)}`
              : '';
            return (
              <li key={c.convId}>
                <button
                  type="button"
                  class="conv"
                  data-conv={c.convId}
                  aria-current={store.active === c.convId ? 'true' : undefined}
                  onClick={() => void store.open(c.convId)}
                >
                  <span class="conv-name">
                    {social.title(c)}
                    {c.pinned && <span class="tag">Pinned</span>}
                    {c.muted && <span class="tag">Muted</span>}
                  </span>
                  <span class="conv-preview">{preview}</span>
                  {c.unread > 0 && (
                    <span class={`badge${c.muted ? ' quiet' : ''}`} data-testid="unread">
                      {c.unread}
                      <span class="sr-only"> unread</span>
                    </span>
                  )}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </nav>
  );
}
