import { useState } from 'preact/hooks';
import { type AdminUser, call, type Device, enc, type Me, may, query, type Session } from '../api.ts';
import { FormDialog, NameField, NewPassword } from '../forms.tsx';
import { LoadedList, LoadMore, SearchBox, usePages, WithData } from '../lists.tsx';
import { go } from '../router.ts';
import {
  Badge,
  Crumbs,
  confirmThen,
  Field,
  fmtNum,
  fmtTime,
  OnlineDot,
  RowButton,
  Table,
  toast,
  useChange,
  useLoad,
} from '../ui.tsx';

interface UserPage {
  users: AdminUser[];
  next?: string;
}

export function Users({ me }: { me: Me }) {
  const [q, setQ] = useState('');
  const [creating, setCreating] = useState(false);
  const pages = usePages((after) => call<UserPage>('GET', `/users${query({ q, after, limit: 50 })}`), [q]);
  const users = pages.all.flatMap((p) => p.users);

  return (
    <div class="stack-lg">
      <div class="page-head">
        <SearchBox
          class="grow"
          search
          label="Search users"
          placeholder="User id prefix or nickname"
          value={q}
          onSearch={setQ}
        />
        {may(me.role, 'operator') && (
          <button type="button" onClick={() => setCreating(true)}>
            Create user
          </button>
        )}
      </div>
      <LoadedList load={pages.list}>
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
      </LoadedList>
      <LoadMore pages={pages} />
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
  const send = async (v: Record<string, string>) => {
    const body: { uid: string; password: string; nickname?: string } = {
      uid: (v['uid'] ?? '').trim(),
      password: v['password'] ?? '',
    };
    const nick = (v['nickname'] ?? '').trim();
    if (nick) body.nickname = nick;
    onCreated(await call<AdminUser>('POST', '/users', body));
  };
  return (
    <FormDialog title="Create a user" submit="Create user" onClose={onClose} send={send}>
      <NameField label="User id" name="uid" />
      <NewPassword label="Password" min={6} />
      <Field label="Nickname (optional)">
        <input name="nickname" maxLength={64} autocomplete="off" />
      </Field>
    </FormDialog>
  );
}

interface UserDetailAnswer {
  user: AdminUser;
  devices: Device[];
  sessions: Session[];
}

export function UserDetail({ uid, me }: { uid: string; me: Me }) {
  const detail = useLoad(() => call<UserDetailAnswer>('GET', `/users/${enc(uid)}`), [uid], 5000);
  const [busy, change, run] = useChange(detail.reload);
  const [resetting, setResetting] = useState(false);
  const act = may(me.role, 'operator');

  const logout = (deviceId?: string) =>
    confirmThen(
      {
        title: deviceId ? `Log out device ${deviceId}?` : `Force logout ${uid}?`,
        message: deviceId
          ? `The session of ${uid} on device ${deviceId} ends now and its login tokens are revoked.`
          : `Every session of ${uid} ends now and all of the user's login tokens are revoked. The user can sign in again.`,
        confirmLabel: deviceId ? 'Log out device' : 'Force logout',
        danger: true,
      },
      () =>
        run(async () => {
          const r = await call<{ sessions: number }>(
            'POST',
            `/users/${enc(uid)}/logout`,
            deviceId ? { deviceId } : {},
          );
          toast(`Ended ${r.sessions} session${r.sessions === 1 ? '' : 's'} of ${uid}.`);
          await detail.reload();
        }),
    );

  const setDisabled = (disabled: boolean) => {
    const send = () =>
      change(
        'POST',
        `/users/${enc(uid)}/disable`,
        { disabled },
        disabled ? `Disabled ${uid}.` : `Enabled ${uid}.`,
      );
    if (!disabled) return send();
    return confirmThen(
      {
        title: `Disable ${uid}?`,
        message: `${uid} is logged out everywhere and cannot sign in until enabled again.`,
        confirmLabel: 'Disable',
        danger: true,
      },
      send,
    );
  };

  return (
    <div class="stack-lg">
      <Crumbs href="#/users" label="Users" current={uid} />
      <WithData load={detail}>
        {(d) => (
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
                    <button
                      type="button"
                      class="secondary"
                      disabled={busy}
                      onClick={() => setDisabled(false)}
                    >
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
                        <RowButton
                          label="Log out"
                          name={`Log out device ${dev.deviceId}`}
                          disabled={busy}
                          onClick={() => logout(dev.deviceId)}
                        />
                      </td>
                    )}
                  </tr>
                ))}
              </Table>
            </section>
          </>
        )}
      </WithData>
      {resetting && <ResetPassword uid={uid} onClose={() => setResetting(false)} />}
    </div>
  );
}

function ResetPassword({ uid, onClose }: { uid: string; onClose: () => void }) {
  const send = async (v: Record<string, string>) => {
    await call('POST', `/users/${enc(uid)}/password`, { password: v['password'] ?? '' });
    toast(`Password of ${uid} reset; the user's tokens were revoked.`);
    onClose();
  };
  return (
    <FormDialog
      title={`Reset the password of ${uid}`}
      submit="Reset password"
      danger
      onClose={onClose}
      send={send}
    >
      <p class="dim">The user's login tokens are revoked: every device has to sign in again.</p>
      <NewPassword label="New password" min={6} />
    </FormDialog>
  );
}
