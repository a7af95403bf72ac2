import { useState } from 'preact/hooks';
import { type AdminGroup, call, enc, type GroupMember, type Me, may, query } from '../api.ts';
import { LoadedList, LoadMore, SearchBox, usePages, WithData } from '../lists.tsx';
import { go } from '../router.ts';
import {
  Badge,
  Crumbs,
  confirmThen,
  fmtNum,
  fmtTime,
  formValues,
  RowButton,
  Table,
  toast,
  useChange,
} from '../ui.tsx';

interface GroupPage {
  groups: AdminGroup[];
  next?: string;
}

export function Groups() {
  const [q, setQ] = useState('');
  const pages = usePages((after) => call<GroupPage>('GET', `/groups${query({ q, after, limit: 50 })}`), [q]);
  const groups = pages.all.flatMap((p) => p.groups);
  return (
    <div class="stack-lg">
      <SearchBox search label="Search groups" placeholder="Group id or name" value={q} onSearch={setQ} />
      <LoadedList load={pages.list}>
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
      </LoadedList>
      <LoadMore pages={pages} />
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
  const pages = usePages(
    (after) => call<GroupDetailAnswer>('GET', `/groups/${enc(groupId)}${query({ after })}`),
    [groupId],
  );
  const detail = pages.list;
  const [busy, changeAny, run] = useChange(detail.reload);
  const act = may(me.role, 'operator');
  const d = detail.data;
  const members = pages.all.flatMap((p) => p.members);
  const live = act && d && !d.group.dismissed;

  const change = (body: { add?: string[]; remove?: string[] }, done: string) =>
    changeAny('POST', `/groups/${enc(groupId)}/members`, body, done);

  const remove = (uid: string) =>
    confirmThen(
      {
        title: `Remove ${uid}?`,
        message: `${uid} leaves the group ${d?.group.name ?? groupId}.`,
        confirmLabel: 'Remove',
        danger: true,
      },
      () => change({ remove: [uid] }, `Removed ${uid}.`),
    );

  const dismiss = () =>
    confirmThen(
      {
        title: `Dismiss ${d?.group.name ?? groupId}?`,
        message: 'The group is dissolved for every member. This cannot be undone.',
        confirmLabel: 'Dismiss group',
        danger: true,
      },
      () =>
        run(async () => {
          await call('POST', `/groups/${enc(groupId)}/dismiss`, {});
          toast(`Dismissed ${groupId}.`);
          go('groups');
        }),
    );

  return (
    <div class="stack-lg">
      <Crumbs href="#/groups" label="Groups" current={groupId} />
      <WithData load={detail}>
        {(d) => (
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
                          <RowButton
                            label="Remove"
                            name={`Remove ${m.uid}`}
                            disabled={busy}
                            onClick={() => remove(m.uid)}
                          />
                        )}
                      </td>
                    )}
                  </tr>
                ))}
              </Table>
              <LoadMore pages={pages} label="Load more members" pager />
            </section>
          </>
        )}
      </WithData>
    </div>
  );
}
