import { useState } from 'preact/hooks';
import { type AdminGroup, call, enc, type GroupMember, type Me, may, query } from '../api.ts';
import { go } from '../router.ts';
import {
  Badge,
  confirmAction,
  ErrorNote,
  fmtNum,
  fmtTime,
  formValues,
  Spinner,
  Table,
  toast,
  useAction,
  useLoad,
} from '../ui.tsx';

interface GroupPage {
  groups: AdminGroup[];
  next?: string;
}

export function Groups() {
  const [q, setQ] = useState('');
  const [pages, setPages] = useState<GroupPage[]>([]);
  const [more, runMore] = useAction();
  const list = useLoad(async () => {
    const first = await call<GroupPage>('GET', `/groups${query({ q, limit: 50 })}`);
    setPages([]);
    return first;
  }, [q]);
  const all = [list.data, ...pages].filter((p): p is GroupPage => !!p);
  const groups = all.flatMap((p) => p.groups);
  const next = all[all.length - 1]?.next;
  return (
    <div class="stack-lg">
      <search>
        <form class="toolbar" onSubmit={(e) => setQ((formValues(e)['q'] ?? '').trim())}>
          <input
            name="q"
            type="search"
            aria-label="Search groups"
            placeholder="Group id or name"
            defaultValue={q}
          />
          <button type="submit">Search</button>
        </form>
      </search>
      <ErrorNote error={list.error} />
      {!list.data && !list.error ? (
        <Spinner />
      ) : (
        <Table
          caption="Groups"
          head={['Group', 'Name', 'Owner', 'Members', 'Kind', 'Status', 'Created']}
          count={groups.length}
          empty={q ? `No group matches “${q}”.` : 'No groups yet.'}
        >
          {groups.map((g) => (
            <tr key={g.groupId}>
              <td>
                <a href={`#/groups/${enc(g.groupId)}`}>
                  <code>{g.groupId}</code>
                </a>
              </td>
              <td>{g.name}</td>
              <td>{g.ownerUid}</td>
              <td class="num">{fmtNum(g.memberCount)}</td>
              <td>{g.kind}</td>
              <td>{g.dismissed ? <Badge tone="bad">dismissed</Badge> : <Badge tone="ok">active</Badge>}</td>
              <td>{fmtTime(g.createdAt)}</td>
            </tr>
          ))}
        </Table>
      )}
      {next && (
        <button
          type="button"
          class="secondary"
          disabled={more}
          onClick={() =>
            runMore(async () => {
              const p = await call<GroupPage>('GET', `/groups${query({ q, after: next, limit: 50 })}`);
              setPages((l) => [...l, p]);
            })
          }
        >
          Load more
        </button>
      )}
    </div>
  );
}

interface GroupDetailAnswer {
  group: AdminGroup;
  members: GroupMember[];
  next?: string;
}

/** Splits "a, b c" into uids. */
const uids = (text: string): string[] => text.split(/[\s,]+/).filter(Boolean);

export function GroupDetail({ groupId, me }: { groupId: string; me: Me }) {
  // Members come in pages (by uid); later pages are appended until the group reloads.
  const [extra, setExtra] = useState<GroupDetailAnswer[]>([]);
  const detail = useLoad(async () => {
    const first = await call<GroupDetailAnswer>('GET', `/groups/${enc(groupId)}`);
    setExtra([]);
    return first;
  }, [groupId]);
  const [loadingMore, runMore] = useAction();
  const [busy, run] = useAction();
  const act = may(me.role, 'operator');
  const d = detail.data;
  const members = d ? [...d.members, ...extra.flatMap((p) => p.members)] : [];
  const nextMembers = extra.length ? extra[extra.length - 1]?.next : d?.next;
  const live = act && d && !d.group.dismissed;

  const change = (body: { add?: string[]; remove?: string[] }, done: string) =>
    run(async () => {
      await call('POST', `/groups/${enc(groupId)}/members`, body);
      toast(done);
      await detail.reload();
    });

  const remove = async (uid: string) => {
    const ok = await confirmAction({
      title: `Remove ${uid}?`,
      message: `${uid} leaves the group ${d?.group.name ?? groupId}.`,
      confirmLabel: 'Remove',
      danger: true,
    });
    if (ok) await change({ remove: [uid] }, `Removed ${uid}.`);
  };

  const dismiss = async () => {
    const ok = await confirmAction({
      title: `Dismiss ${d?.group.name ?? groupId}?`,
      message: 'The group is dissolved for every member. This cannot be undone.',
      confirmLabel: 'Dismiss group',
      danger: true,
    });
    if (!ok) return;
    await run(async () => {
      await call('POST', `/groups/${enc(groupId)}/dismiss`, {});
      toast(`Dismissed ${groupId}.`);
      go('groups');
    });
  };

  return (
    <div class="stack-lg">
      <nav class="crumbs" aria-label="Breadcrumb">
        <a href="#/groups">Groups</a> <span aria-hidden="true">/</span>{' '}
        <span aria-current="page">{groupId}</span>
      </nav>
      <ErrorNote error={detail.error} />
      {!d ? (
        !detail.error && <Spinner />
      ) : (
        <>
          <section class="panel detail-head" aria-label={`Group ${groupId}`}>
            <div>
              <h2>{d.group.name || d.group.groupId}</h2>
              <p class="dim">
                <code>{d.group.groupId}</code> · {d.group.kind} · owner {d.group.ownerUid} ·{' '}
                {fmtNum(d.group.memberCount)} members · created {fmtTime(d.group.createdAt)}{' '}
                {d.group.dismissed && <Badge tone="bad">dismissed</Badge>}
              </p>
            </div>
            {live && (
              <div class="page-actions">
                <button type="button" class="danger" disabled={busy} onClick={dismiss}>
                  Dismiss group
                </button>
              </div>
            )}
          </section>
          {live && (
            <form
              class="toolbar"
              onSubmit={async (e) => {
                const form = e.currentTarget as HTMLFormElement;
                const add = uids(formValues(e)['add'] ?? '');
                if (add.length && (await change({ add }, `Added ${add.join(', ')}.`))) form.reset();
              }}
            >
              <input
                name="add"
                aria-label="Add members (user ids)"
                placeholder="User ids to add, comma separated"
                required
              />
              <button type="submit" disabled={busy}>
                Add members
              </button>
            </form>
          )}
          <section class="panel" aria-labelledby="members-title">
            <h3 id="members-title">Members ({fmtNum(d.group.memberCount)})</h3>
            <Table
              caption="Members"
              head={['User', 'Nickname', 'Role', 'Joined', ...(live ? [''] : [])]}
              count={members.length}
            >
              {members.map((m) => (
                <tr key={m.uid}>
                  <td>
                    <a href={`#/users/${enc(m.uid)}`}>{m.uid}</a>
                  </td>
                  <td>{m.nickname || <span class="dim">—</span>}</td>
                  <td>{m.role === 'owner' ? <Badge tone="info">owner</Badge> : m.role}</td>
                  <td>{fmtTime(m.joinedAt)}</td>
                  {live && (
                    <td class="row-actions">
                      {m.uid !== d.group.ownerUid && (
                        <button
                          type="button"
                          class="small secondary"
                          disabled={busy}
                          aria-label={`Remove ${m.uid}`}
                          onClick={() => remove(m.uid)}
                        >
                          Remove
                        </button>
                      )}
                    </td>
                  )}
                </tr>
              ))}
            </Table>
            {nextMembers && (
              <div class="pager">
                <button
                  type="button"
                  class="secondary"
                  disabled={loadingMore}
                  onClick={() =>
                    runMore(async () => {
                      const p = await call<GroupDetailAnswer>(
                        'GET',
                        `/groups/${enc(groupId)}${query({ after: nextMembers })}`,
                      );
                      setExtra((l) => [...l, p]);
                    })
                  }
                >
                  Load more members
                </button>
              </div>
            )}
          </section>
        </>
      )}
    </div>
  );
}
