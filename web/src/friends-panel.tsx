import type { Profile } from '@parley/client';
import { useEffect, useState } from 'preact/hooks';
import { errorText } from './chat-store.ts';
import { ConfirmButton, SidePanel } from './groups-panel.tsx';
import type { SocialStore } from './social-store.ts';

/** The topbar's "Contacts" button, with the number of friend requests waiting for an answer. */
export function ContactsButton({ social }: { social: SocialStore }) {
  const pending = social.incoming.length;
  const open = social.panel?.kind === 'friends';
  return (
    <button
      type="button"
      class="ghost contacts-button"
      aria-expanded={open}
      aria-label={pending > 0 ? `Contacts, ${pending} friend request${pending === 1 ? '' : 's'}` : 'Contacts'}
      onClick={() => social.open(open ? undefined : { kind: 'friends' })}
    >
      Contacts
      {pending > 0 && (
        <span class="badge" data-testid="requests-badge" aria-hidden="true">
          {pending}
        </span>
      )}
    </button>
  );
}

/** Finds users and sends one a friend request with a note. */
function FindPeople({ social }: { social: SocialStore }) {
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<Profile[] | undefined>();
  const [asking, setAsking] = useState<string>();
  const [note, setNote] = useState('');
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');

  useEffect(() => {
    const q = query.trim();
    if (!q) {
      setResults(undefined);
      return;
    }
    const t = setTimeout(() => {
      social.searchUsers(q).then(
        (r) => {
          setResults(r);
          setError('');
        },
        (err: unknown) => setError(errorText(err)),
      );
    }, 250);
    return () => clearTimeout(t);
  }, [query, social]);

  const send = async (e: Event) => {
    e.preventDefault();
    if (!asking) return;
    setError('');
    try {
      const friends = await social.requestFriend(asking, note.trim());
      setStatus(friends ? `You and ${asking} are friends now.` : `Friend request sent to ${asking}.`);
      setAsking(undefined);
      setNote('');
    } catch (err) {
      setError(`Cannot send the request: ${errorText(err)}`);
    }
  };

  const waiting = new Set(social.outgoing.map((r) => r.to));
  return (
    <section aria-labelledby="find-people-title">
      <h3 id="find-people-title">Find people</h3>
      <label for="find-people" class="sr-only">
        Search users by id or name
      </label>
      <input
        id="find-people"
        class="find-input"
        type="search"
        value={query}
        placeholder="Search by user id or name…"
        autocomplete="off"
        onInput={(e) => {
          setQuery((e.currentTarget as HTMLInputElement).value);
          setStatus('');
        }}
      />
      <p role="status" class="muted-text">
        {status}
      </p>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      {results && results.length === 0 && <p class="muted-text">No users found.</p>}
      {results && results.length > 0 && (
        <ul class="people" aria-label="Users found">
          {results.map((p) => (
            <li key={p.uid} data-uid={p.uid}>
              <span class="person">
                <strong>{p.uid}</strong>
                {p.nickname && p.nickname !== p.uid && <span class="muted-text"> {p.nickname}</span>}
              </span>
              <span class="row-actions">
                {social.isFriend(p.uid) ? (
                  <span class="tag">Friend</span>
                ) : waiting.has(p.uid) ? (
                  <span class="tag">Requested</span>
                ) : (
                  <button
                    type="button"
                    class="ghost"
                    aria-label={`Add ${p.uid} as a friend`}
                    onClick={() => setAsking(p.uid)}
                  >
                    Add friend
                  </button>
                )}
              </span>
              {asking === p.uid && (
                <form class="request-form" onSubmit={(e) => void send(e)}>
                  <label for="friend-note" class="sr-only">
                    Note to {p.uid}
                  </label>
                  <input
                    id="friend-note"
                    value={note}
                    maxLength={200}
                    placeholder={`Note to ${p.uid} (optional)`}
                    onInput={(e) => setNote((e.currentTarget as HTMLInputElement).value)}
                  />
                  <button type="submit">Send request</button>
                  <button type="button" class="ghost" onClick={() => setAsking(undefined)}>
                    Cancel
                  </button>
                </form>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Contacts: friend requests (accept / reject, live), finding people, and the friends list. */
export function FriendsPanel({ social }: { social: SocialStore }) {
  const [error, setError] = useState('');
  const run = (what: string, fn: () => Promise<void>) => {
    setError('');
    fn().catch((err: unknown) => setError(`${what}: ${errorText(err)}`));
  };
  const incoming = social.incoming;
  const outgoing = social.outgoing;
  return (
    <SidePanel social={social} title="Contacts" id="friends">
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      <section aria-labelledby="requests-title">
        <h3 id="requests-title">
          Friend requests{incoming.length > 0 && <span class="badge inline">{incoming.length}</span>}
        </h3>
        {incoming.length === 0 && outgoing.length === 0 && <p class="muted-text">No requests.</p>}
        {incoming.length > 0 && (
          <ul class="people" aria-label="Friend requests to you">
            {incoming.map((r) => (
              <li key={r.from} data-uid={r.from}>
                <span class="person">
                  <strong>{r.from}</strong>
                  {r.note && <span class="note">“{r.note}”</span>}
                </span>
                <span class="row-actions">
                  <button
                    type="button"
                    aria-label={`Accept ${r.from}`}
                    onClick={() => run('Cannot accept', () => social.answer(r.from, true))}
                  >
                    Accept
                  </button>
                  <button
                    type="button"
                    class="ghost"
                    aria-label={`Reject ${r.from}`}
                    onClick={() => run('Cannot reject', () => social.answer(r.from, false))}
                  >
                    Reject
                  </button>
                </span>
              </li>
            ))}
          </ul>
        )}
        {outgoing.length > 0 && (
          <ul class="people" aria-label="Your friend requests">
            {outgoing.map((r) => (
              <li key={r.to} data-uid={r.to}>
                <span class="person">
                  <strong>{r.to}</strong>
                  <span class="muted-text"> waiting for an answer</span>
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <FindPeople social={social} />
      <section aria-labelledby="friends-title">
        <h3 id="friends-title">Friends</h3>
        {social.friends.length === 0 ? (
          <p class="muted-text">No friends yet.</p>
        ) : (
          <ul class="people" aria-label="Friends">
            {social.friends.map((f) => (
              <li key={f.uid} data-uid={f.uid}>
                <button
                  type="button"
                  class="link person"
                  aria-label={`Chat with ${f.uid}`}
                  onClick={() => void social.chatWith(f.uid)}
                >
                  <strong>{f.remark || f.uid}</strong>
                  {f.profile?.nickname && f.profile.nickname !== f.uid && (
                    <span class="muted-text"> {f.profile.nickname}</span>
                  )}
                </button>
                <span class="row-actions">
                  <ConfirmButton
                    label="Remove"
                    ariaLabel={`Remove friend ${f.uid}`}
                    question={`Remove ${f.uid}?`}
                    yes="Yes, remove"
                    class="ghost danger-text"
                    onConfirm={() => run('Cannot remove', () => social.unfriend(f.uid))}
                  />
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </SidePanel>
  );
}
