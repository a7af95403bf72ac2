import type { Profile } from '@parley/client';
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { errorText } from './chat-store.ts';
import type { SocialStore } from './social-store.ts';
import './social.css';

/** Re-renders the calling component whenever the social store changes. */
export function useSocial(social: SocialStore): void {
  const [, setTick] = useState(0);
  useEffect(() => social.subscribe(() => setTick((n) => n + 1)), [social]);
}

/** A panel over the right side of the app (the whole width on phones); Escape closes it. */
export function SidePanel({
  social,
  title,
  id,
  children,
}: {
  social: SocialStore;
  title: string;
  id: string;
  children: ComponentChildren;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('h2')?.focus();
  }, [id]);
  return (
    <div
      ref={ref}
      class="side-panel"
      role="dialog"
      aria-labelledby={`${id}-title`}
      data-panel={id}
      onKeyDown={(e) => {
        if (e.key === 'Escape') social.open(undefined);
      }}
    >
      <header class="side-head">
        <h2 id={`${id}-title`} tabIndex={-1}>
          {title}
        </h2>
        <button type="button" class="ghost" aria-label="Close" onClick={() => social.open(undefined)}>
          ✕
        </button>
      </header>
      <div class="side-body">{children}</div>
    </div>
  );
}

/** A button that asks once more before it acts ("Leave group" → "Yes, leave" / "Cancel"). */
export function ConfirmButton({
  label,
  question,
  yes,
  onConfirm,
  ariaLabel,
  class: cls = '',
}: {
  label: string;
  ariaLabel?: string;
  question: string;
  yes: string;
  onConfirm: () => void;
  class?: string;
}) {
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" class={cls} aria-label={ariaLabel} onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  }
  return (
    <span class="confirm">
      <span>{question}</span>
      <button
        type="button"
        class={`danger ${cls}`}
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
      >
        {yes}
      </button>
      <button type="button" class="ghost" onClick={() => setAsking(false)}>
        Cancel
      </button>
    </span>
  );
}

/**
 * Picks users: type a user id and press Enter (or Add), or pick from the search results (SDK
 * searchUsers: uid prefix or nickname) and from the user's friends.
 */
function UserPicker({
  social,
  id,
  picked,
  setPicked,
  exclude,
}: {
  social: SocialStore;
  id: string;
  picked: string[];
  setPicked: (uids: string[]) => void;
  exclude: string[];
}) {
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<Profile[]>([]);
  const [searchError, setSearchError] = useState('');
  useEffect(() => {
    const q = query.trim();
    if (!q) {
      setResults([]);
      return;
    }
    const t = setTimeout(() => {
      social.searchUsers(q).then(
        (r) => {
          setResults(r);
          setSearchError('');
        },
        (err: unknown) => setSearchError(errorText(err)),
      );
    }, 250);
    return () => clearTimeout(t);
  }, [query, social]);

  const skip = new Set([...exclude, ...picked, social.uid]);
  const add = (uid: string) => {
    const u = uid.trim();
    if (!u || skip.has(u)) return;
    setPicked([...picked, u]);
    setQuery('');
  };
  const friends = social.friends.filter((f) => !skip.has(f.uid));
  const found = results.filter((p) => !skip.has(p.uid));
  return (
    <div class="picker">
      {picked.length > 0 && (
        <ul class="chips" aria-label="Picked users">
          {picked.map((u) => (
            <li key={u} class="chip">
              {u}
              <button
                type="button"
                class="ghost"
                aria-label={`Unpick ${u}`}
                onClick={() => setPicked(picked.filter((x) => x !== u))}
              >
                ✕
              </button>
            </li>
          ))}
        </ul>
      )}
      <div class="picker-row">
        <label for={`${id}-uid`} class="sr-only">
          Add a user by id or name
        </label>
        <input
          id={`${id}-uid`}
          value={query}
          placeholder="User id or name…"
          autocomplete="off"
          onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              add(query);
            }
          }}
        />
        <button type="button" class="secondary" onClick={() => add(query)}>
          Add
        </button>
      </div>
      {searchError && <p class="error">{searchError}</p>}
      {found.length > 0 && (
        <ul class="people" aria-label="Search results">
          {found.map((p) => (
            <li key={p.uid}>
              <span class="person">
                <strong>{p.uid}</strong>
                {p.nickname && p.nickname !== p.uid && <span class="muted-text"> {p.nickname}</span>}
              </span>
              <button type="button" class="ghost" aria-label={`Add ${p.uid}`} onClick={() => add(p.uid)}>
                Add
              </button>
            </li>
          ))}
        </ul>
      )}
      {friends.length > 0 && (
        <p class="quick">
          <span class="muted-text">Friends: </span>
          {friends.map((f) => (
            <button
              key={f.uid}
              type="button"
              class="chip-button"
              aria-label={`Add friend ${f.uid}`}
              onClick={() => add(f.uid)}
            >
              + {f.uid}
            </button>
          ))}
        </p>
      )}
    </div>
  );
}

/** "New group": a name and the members to add at once; creating it opens its chat. */
export function NewGroupPanel({ social }: { social: SocialStore }) {
  const [name, setName] = useState('');
  const [picked, setPicked] = useState<string[]>([]);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const create = async (e: Event) => {
    e.preventDefault();
    const n = name.trim();
    if (!n) return;
    setBusy(true);
    setError('');
    try {
      await social.createGroup(n, picked);
    } catch (err) {
      setError(errorText(err));
      setBusy(false);
    }
  };
  return (
    <SidePanel social={social} title="New group" id="new-group">
      <form class="stack" onSubmit={(e) => void create(e)}>
        <label class="field">
          Group name
          <input
            name="name"
            value={name}
            maxLength={64}
            required
            autocomplete="off"
            onInput={(e) => setName((e.currentTarget as HTMLInputElement).value)}
          />
        </label>
        <fieldset>
          <legend>Members</legend>
          <UserPicker social={social} id="new-group" picked={picked} setPicked={setPicked} exclude={[]} />
        </fieldset>
        {error && (
          <p role="alert" class="error">
            {error}
          </p>
        )}
        <button type="submit" disabled={busy || !name.trim()}>
          Create group{picked.length > 0 ? ` with ${picked.length}` : ''}
        </button>
      </form>
    </SidePanel>
  );
}

const ROLE_LABEL = { owner: 'Owner', admin: 'Admin', member: '' } as const;

/** A group's members with roles, and what the user's role allows: invite, remove, roles, rename, leave, dismiss. */
export function GroupInfoPanel({ social, groupId }: { social: SocialStore; groupId: string }) {
  const [error, setError] = useState('');
  const [picked, setPicked] = useState<string[]>([]);
  const [renaming, setRenaming] = useState(false);
  const info = social.groups.get(groupId);
  const members = social.members.get(groupId);
  const gone = social.gone.get(groupId);
  const me = members?.find((m) => m.uid === social.uid);
  const myRole = gone ? '' : (me?.role ?? info?.myRole ?? '');
  const isOwner = myRole === 'owner';
  const isAdmin = isOwner || myRole === 'admin';
  const name = social.groupName(groupId);

  const run = (what: string, fn: () => Promise<void>) => {
    setError('');
    fn().catch((err: unknown) => setError(`${what}: ${errorText(err)}`));
  };

  const rename = (e: Event) => {
    e.preventDefault();
    const value = String(new FormData(e.currentTarget as HTMLFormElement).get('name') ?? '').trim();
    if (!value) return;
    run('Cannot rename', async () => {
      await social.rename(groupId, value);
      setRenaming(false);
    });
  };

  return (
    <SidePanel social={social} title={name} id="group-info">
      {gone ? (
        <p class="notice" role="status" data-testid="not-member">
          {gone === 'dismissed'
            ? 'This group was dismissed.'
            : gone === 'left'
              ? 'You left this group.'
              : 'You are no longer a member of this group.'}
        </p>
      ) : (
        <p class="muted-text">
          {info ? `${info.memberCount} member${info.memberCount === 1 ? '' : 's'}` : ''}
          {myRole && myRole !== 'member' ? ` · you are ${myRole === 'owner' ? 'the owner' : 'an admin'}` : ''}
        </p>
      )}
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      {isAdmin &&
        (renaming ? (
          <form class="picker-row" onSubmit={rename}>
            <label for="group-rename" class="sr-only">
              New group name
            </label>
            <input id="group-rename" name="name" defaultValue={name} maxLength={64} required />
            <button type="submit">Save</button>
            <button type="button" class="ghost" onClick={() => setRenaming(false)}>
              Cancel
            </button>
          </form>
        ) : (
          <button type="button" class="secondary align-start" onClick={() => setRenaming(true)}>
            Rename group
          </button>
        ))}
      {!gone && (
        <section aria-labelledby="group-members-title">
          <h3 id="group-members-title">Members</h3>
          {!members ? (
            <p class="muted-text">Loading…</p>
          ) : (
            <ul class="people" aria-label="Members">
              {members.map((m) => {
                const mayRemove =
                  m.uid !== social.uid && m.role !== 'owner' && (isOwner || (isAdmin && m.role === 'member'));
                return (
                  <li key={m.uid} data-uid={m.uid} data-role={m.role}>
                    <span class="person">
                      <strong>{m.uid}</strong>
                      {m.uid === social.uid && <span class="muted-text"> (you)</span>}
                      {ROLE_LABEL[m.role] && <span class={`tag role-${m.role}`}>{ROLE_LABEL[m.role]}</span>}
                    </span>
                    <span class="row-actions">
                      {isOwner && m.role !== 'owner' && (
                        <button
                          type="button"
                          class="ghost"
                          aria-label={m.role === 'admin' ? `Make ${m.uid} a member` : `Make ${m.uid} admin`}
                          onClick={() =>
                            run('Cannot change the role', () =>
                              social.setRole(groupId, m.uid, m.role === 'admin' ? 'member' : 'admin'),
                            )
                          }
                        >
                          {m.role === 'admin' ? 'Remove admin' : 'Make admin'}
                        </button>
                      )}
                      {mayRemove && (
                        <button
                          type="button"
                          class="ghost danger-text"
                          aria-label={`Remove ${m.uid} from the group`}
                          onClick={() => run('Cannot remove', () => social.remove(groupId, m.uid))}
                        >
                          Remove
                        </button>
                      )}
                    </span>
                  </li>
                );
              })}
            </ul>
          )}
        </section>
      )}
      {!gone && (info?.joinPolicy !== 'invite_only' || isAdmin) && (
        <section aria-labelledby="group-invite-title">
          <h3 id="group-invite-title">Invite</h3>
          <UserPicker
            social={social}
            id="group-invite"
            picked={picked}
            setPicked={setPicked}
            exclude={(members ?? []).map((m) => m.uid)}
          />
          <button
            type="button"
            class="align-start"
            disabled={picked.length === 0}
            onClick={() =>
              run('Cannot invite', async () => {
                await social.invite(groupId, picked);
                setPicked([]);
              })
            }
          >
            Invite {picked.length > 0 ? picked.join(', ') : ''}
          </button>
        </section>
      )}
      {!gone && (
        <section class="danger-zone" aria-label="Leave or dismiss">
          {isOwner ? (
            <ConfirmButton
              label="Dismiss group"
              question="Dismiss the group for everyone?"
              yes="Yes, dismiss"
              class="danger"
              onConfirm={() => run('Cannot dismiss', () => social.dismiss(groupId))}
            />
          ) : (
            <ConfirmButton
              label="Leave group"
              question="Leave this group?"
              yes="Yes, leave"
              class="danger"
              onConfirm={() => run('Cannot leave', () => social.leave(groupId))}
            />
          )}
        </section>
      )}
    </SidePanel>
  );
}

/**
 * For the chat header of a group conversation: a "Group info" button that opens the panel, and a
 * note once the user is no longer a member.
 */
export function GroupHeaderExtra({ social, groupId }: { social: SocialStore; groupId: string }) {
  useSocial(social);
  const gone = social.gone.get(groupId);
  const open = social.panel?.kind === 'group' && social.panel.groupId === groupId;
  return (
    <span class="group-extra">
      {gone && (
        <span class="tag gone" role="status" data-testid="group-gone">
          {gone === 'dismissed' ? 'Dismissed' : gone === 'left' ? 'You left' : 'Not a member'}
        </span>
      )}
      <button
        type="button"
        class="ghost"
        aria-expanded={open}
        onClick={() => social.open(open ? undefined : { kind: 'group', groupId })}
      >
        Group info
      </button>
    </span>
  );
}
