import { useState } from 'preact/hooks';
import { type AdminUser, call, type Device, enc, type Me, may, query, type Session } from '../api.ts';
import { go } from '../router.ts';
import {
  Badge,
  confirmAction,
  Dialog,
  ErrorNote,
  Field,
  fmtNum,
  fmtTime,
  formValues,
  OnlineDot,
  Spinner,
  Table,
  toast,
  useAction,
  useLoad,
} from '../ui.tsx';

interface UserPage {
  users: AdminUser[];
  next?: string;
}

export function Users({ me }: { me: Me }) {
  const [q, setQ] = useState('');
  const [pages, setPages] = useState<UserPage[]>([]);
  const [creating, setCreating] = useState(false);
  const [more, runMore] = useAction();
  const list = useLoad(async () => {
    const first = await call<UserPage>('GET', `/users${query({ q, limit: 50 })}`);
    setPages([]);
    return first;
  }, [q]);
  const all = [list.data, ...pages].filter((p): p is UserPage => !!p);
  const users = all.flatMap((p) => p.users);
  const next = all[all.length - 1]?.next;

  return (
    <div class="stack-lg">
      <div class="page-head">
        <search class="grow">
          <form
            class="toolbar"
            onSubmit={(e) => {
              const v = formValues(e);
              setQ((v['q'] ?? '').trim());
            }}
          >
            <input
              name="q"
              type="search"
              aria-label="Search users"
              placeholder="User id prefix or nickname"
              defaultValue={q}
            />
            <button type="submit">Search</button>
          </form>
        </search>
        {may(me.role, 'operator') && (
          <button type="button" onClick={() => setCreating(true)}>
            Create user
          </button>
        )}
      </div>
      <ErrorNote error={list.error} />
      {!list.data && !list.error ? (
        <Spinner />
      ) : (
        <Table
          caption="Users"
          head={['', 'User id', 'Nickname', 'Status', 'Created']}
          count={users.length}
          empty={q ? `No user matches “${q}”.` : 'No users yet.'}
        >
          {users.map((u) => (
            <tr key={u.uid}>
              <td class="narrow">
                <OnlineDot online={u.online} />
              </td>
              <td>
                <a href={`#/users/${enc(u.uid)}`}>{u.uid}</a>
              </td>
              <td>{u.nickname || <span class="dim">—</span>}</td>
              <td>{u.disabled ? <Badge tone="bad">disabled</Badge> : <Badge tone="ok">active</Badge>}</td>
              <td>{fmtTime(u.createdAt)}</td>
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
              const p = await call<UserPage>('GET', `/users${query({ q, after: next, limit: 50 })}`);
              setPages((l) => [...l, p]);
            })
          }
        >
          Load more
        </button>
      )}
      {creating && (
        <CreateUser
          onClose={() => setCreating(false)}
          onCreated={(u) => {
            setCreating(false);
            toast(`Created user ${u.uid}.`);
            go('users', u.uid);
          }}
        />
      )}
    </div>
  );
}

function CreateUser({ onClose, onCreated }: { onClose: () => void; onCreated: (u: AdminUser) => void }) {
  const [error, setError] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);
  const submit = async (e: Event) => {
    const v = formValues(e);
    setBusy(true);
    try {
      const body: { uid: string; password: string; nickname?: string } = {
        uid: (v['uid'] ?? '').trim(),
        password: v['password'] ?? '',
      };
      const nick = (v['nickname'] ?? '').trim();
      if (nick) body.nickname = nick;
      onCreated(await call<AdminUser>('POST', '/users', body));
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };
  return (
    <Dialog title="Create a user" onClose={onClose}>
      <form class="stack" onSubmit={submit}>
        <Field label="User id" hint="Letters, digits and _ . @ -">
          <input name="uid" required maxLength={64} pattern="[A-Za-z0-9_.@\-]+" autocomplete="off" />
        </Field>
        <Field label="Password" hint="6 characters or more.">
          <input name="password" type="password" required minLength={6} autocomplete="new-password" />
        </Field>
        <Field label="Nickname (optional)">
          <input name="nickname" maxLength={64} autocomplete="off" />
        </Field>
        <ErrorNote error={error} />
        <div class="dialog-actions">
          <button type="button" class="secondary" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" disabled={busy}>
            Create user
          </button>
        </div>
      </form>
    </Dialog>
  );
}

interface UserDetailAnswer {
  user: AdminUser;
  devices: Device[];
  sessions: Session[];
}

export function UserDetail({ uid, me }: { uid: string; me: Me }) {
  const detail = useLoad(() => call<UserDetailAnswer>('GET', `/users/${enc(uid)}`), [uid], 5000);
  const [busy, run] = useAction();
  const [resetting, setResetting] = useState(false);
  const act = may(me.role, 'operator');
  const d = detail.data;

  const logout = async (deviceId?: string) => {
    const ok = await confirmAction({
      title: deviceId ? `Log out device ${deviceId}?` : `Force logout ${uid}?`,
      message: deviceId
        ? `The session of ${uid} on device ${deviceId} ends now and its login tokens are revoked.`
        : `Every session of ${uid} ends now and all of the user's login tokens are revoked. The user can sign in again.`,
      confirmLabel: deviceId ? 'Log out device' : 'Force logout',
      danger: true,
    });
    if (!ok) return;
    await run(async () => {
      const r = await call<{ sessions: number }>(
        'POST',
        `/users/${enc(uid)}/logout`,
        deviceId ? { deviceId } : {},
      );
      toast(`Ended ${r.sessions} session${r.sessions === 1 ? '' : 's'} of ${uid}.`);
      await detail.reload();
    });
  };

  const setDisabled = async (disabled: boolean) => {
    if (disabled) {
      const ok = await confirmAction({
        title: `Disable ${uid}?`,
        message: `${uid} is logged out everywhere and cannot sign in until enabled again.`,
        confirmLabel: 'Disable',
        danger: true,
      });
      if (!ok) return;
    }
    await run(async () => {
      await call<AdminUser>('POST', `/users/${enc(uid)}/disable`, { disabled });
      toast(disabled ? `Disabled ${uid}.` : `Enabled ${uid}.`);
      await detail.reload();
    });
  };

  return (
    <div class="stack-lg">
      <nav class="crumbs" aria-label="Breadcrumb">
        <a href="#/users">Users</a> <span aria-hidden="true">/</span> <span aria-current="page">{uid}</span>
      </nav>
      <ErrorNote error={detail.error} />
      {!d ? (
        !detail.error && <Spinner />
      ) : (
        <>
          <section class="panel detail-head" aria-label={`User ${uid}`}>
            <div class="who">
              <span class="avatar big" aria-hidden="true">
                {(d.user.nickname || d.user.uid).slice(0, 1).toUpperCase()}
              </span>
              <div>
                <h2>
                  {d.user.uid} <OnlineDot online={d.user.online} />
                </h2>
                <p class="dim">
                  {d.user.nickname || 'no nickname'} · created {fmtTime(d.user.createdAt)} ·{' '}
                  {d.user.disabled ? <Badge tone="bad">disabled</Badge> : <Badge tone="ok">active</Badge>}{' '}
                  {d.user.online ? <Badge tone="info">online</Badge> : <Badge tone="dim">offline</Badge>}
                </p>
              </div>
            </div>
            {act && (
              <div class="page-actions">
                {d.user.disabled ? (
                  <button type="button" class="secondary" disabled={busy} onClick={() => setDisabled(false)}>
                    Enable
                  </button>
                ) : (
                  <button type="button" class="secondary" disabled={busy} onClick={() => setDisabled(true)}>
                    Disable
                  </button>
                )}
                <button type="button" class="secondary" disabled={busy} onClick={() => setResetting(true)}>
                  Reset password
                </button>
                <button type="button" class="danger" disabled={busy} onClick={() => logout()}>
                  Force logout
                </button>
              </div>
            )}
          </section>
          <section class="panel" aria-labelledby="sessions-title">
            <h3 id="sessions-title">Live sessions ({d.sessions.length})</h3>
            <Table
              caption="Live sessions"
              head={['Device', 'Platform', 'Gate', 'Connected']}
              count={d.sessions.length}
              empty="Not connected now."
            >
              {d.sessions.map((s) => (
                <tr key={`${s.deviceId}:${s.gateId}`}>
                  <td class="wrap">
                    <code>{s.deviceId}</code>
                  </td>
                  <td>{s.platform}</td>
                  <td>
                    <code>{s.gateId}</code>
                  </td>
                  <td>{fmtTime(s.connectedAt)}</td>
                </tr>
              ))}
            </Table>
          </section>
          <section class="panel" aria-labelledby="devices-title">
            <h3 id="devices-title">Devices ({d.devices.length})</h3>
            <Table
              caption="Devices"
              head={['Device', 'Platform', 'Last seen', 'Acked seq', 'Push', ...(act ? [''] : [])]}
              count={d.devices.length}
              empty="No device has signed in."
            >
              {d.devices.map((dev) => (
                <tr key={dev.deviceId} data-testid="device-row">
                  <td class="wrap">
                    <code>{dev.deviceId}</code>
                  </td>
                  <td>{dev.platform}</td>
                  <td>{fmtTime(dev.lastSeenAt)}</td>
                  <td class="num">{fmtNum(dev.ackSeq)}</td>
                  <td>{dev.push ?? <span class="dim">—</span>}</td>
                  {act && (
                    <td class="row-actions">
                      <button
                        type="button"
                        class="small secondary"
                        disabled={busy}
                        aria-label={`Log out device ${dev.deviceId}`}
                        onClick={() => logout(dev.deviceId)}
                      >
                        Log out
                      </button>
                    </td>
                  )}
                </tr>
              ))}
            </Table>
          </section>
        </>
      )}
      {resetting && <ResetPassword uid={uid} onClose={() => setResetting(false)} />}
    </div>
  );
}

function ResetPassword({ uid, onClose }: { uid: string; onClose: () => void }) {
  const [error, setError] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);
  const submit = async (e: Event) => {
    const v = formValues(e);
    setBusy(true);
    try {
      await call('POST', `/users/${enc(uid)}/password`, { password: v['password'] ?? '' });
      toast(`Password of ${uid} reset; the user's tokens were revoked.`);
      onClose();
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };
  return (
    <Dialog title={`Reset the password of ${uid}`} onClose={onClose}>
      <form class="stack" onSubmit={submit}>
        <p class="dim">The user's login tokens are revoked: every device has to sign in again.</p>
        <Field label="New password" hint="6 characters or more.">
          <input name="password" type="password" required minLength={6} autocomplete="new-password" />
        </Field>
        <ErrorNote error={error} />
        <div class="dialog-actions">
          <button type="button" class="secondary" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" class="danger" disabled={busy}>
            Reset password
          </button>
        </div>
      </form>
    </Dialog>
  );
}
