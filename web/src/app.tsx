import { groupIdOf } from '@parley/client';
import { useEffect, useState } from 'preact/hooks';
import { ChatStore, errorText } from './chat-store.ts';
import { ChatView } from './chat-view.tsx';
import { ConversationList } from './conversation-list.tsx';
import { ContactsButton, FriendsPanel } from './friends-panel.tsx';
import { GroupHeaderExtra, GroupInfoPanel, NewGroupPanel, useSocial } from './groups-panel.tsx';
import { Login } from './login.tsx';
import { SearchBox } from './search-panel.tsx';
import { type Gone, socialOf } from './social-store.ts';

/** Re-renders the calling component whenever the store changes. */
function useStore(store: ChatStore): void {
  const [, setTick] = useState(0);
  useEffect(() => store.subscribe(() => setTick((n) => n + 1)), [store]);
}

/** Loads /config.json (where the gate's WebSocket is), resumes a saved session, then shows the app. */
export function App() {
  const [store, setStore] = useState<ChatStore>();
  const [error, setError] = useState('');
  useEffect(() => {
    (async () => {
      const res = await fetch('/config.json');
      if (!res.ok) throw new Error(`GET /config.json: HTTP ${res.status}`);
      const { wsUrl } = (await res.json()) as { wsUrl: string };
      const s = new ChatStore(wsUrl);
      await s.resume();
      setStore(s);
    })().catch((err: unknown) => setError(errorText(err)));
  }, []);
  if (error) {
    return (
      <main class="center">
        <p role="alert" class="error">
          Cannot start: {error}
        </p>
      </main>
    );
  }
  if (!store) {
    return (
      <main class="center" aria-busy="true">
        <p>Loading…</p>
      </main>
    );
  }
  return <Shell store={store} />;
}

function Shell({ store }: { store: ChatStore }) {
  useStore(store);
  const social = socialOf(store);
  useSocial(social);
  const panel = social.panel;
  const activeGroup = store.active === undefined ? undefined : groupIdOf(store.active);
  if (store.connection === 'signed-out') return <Login store={store} />;
  const offline = store.connection === 'offline';
  return (
    <div class={`shell${store.active ? ' has-active' : ''}${panel ? ' has-panel' : ''}`}>
      <header class="topbar">
        <h1>Parley</h1>
        <ContactsButton social={social} />
        <SearchBox store={store} />
        <span class="me">
          Signed in as <strong>{store.uid}</strong>
        </span>
        <button type="button" class="ghost" onClick={() => void store.logout()}>
          Sign out
        </button>
      </header>
      <div role="status" class="banner-slot">
        {offline && (
          <p class="banner" data-testid="offline-banner">
            Offline — reconnecting… Messages you send now go out once the connection is back.
          </p>
        )}
      </div>
      <ConversationList store={store} />
      {store.active ? (
        <ChatView
          key={store.active}
          store={store}
          convId={store.active}
          headerExtra={
            activeGroup !== undefined && <GroupHeaderExtra social={social} groupId={activeGroup} />
          }
          closed={activeGroup === undefined ? undefined : closedNotice(social.gone.get(activeGroup))}
        />
      ) : (
        <section class="chat empty" aria-label="No conversation open">
          <p>Pick a conversation or start a new chat.</p>
        </section>
      )}
      {panel?.kind === 'friends' && <FriendsPanel social={social} />}
      {panel?.kind === 'new-group' && <NewGroupPanel social={social} />}
      {panel?.kind === 'group' && (
        <GroupInfoPanel key={panel.groupId} social={social} groupId={panel.groupId} />
      )}
    </div>
  );
}

/** What replaces the composer of a group the user can no longer write to. */
function closedNotice(gone: Gone | undefined): string | undefined {
  switch (gone) {
    case undefined:
      return undefined;
    case 'dismissed':
      return 'This group was dismissed.';
    case 'left':
      return 'You left this group.';
    default:
      return 'You are no longer a member of this group.';
  }
}
