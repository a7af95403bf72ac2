import { useState } from 'preact/hooks';
import { ADMIN_ROLES, type AdminAccount, type AdminRole, call, enc, type Me } from '../api.ts';
import { FormDialog, NameField, NewPassword } from '../forms.tsx';
import { LoadedList } from '../lists.tsx';
import {
  Badge,
  confirmThen,
  Field,
  fmtTime,
  PageHead,
  RowButton,
  Table,
  toast,
  useChange,
  useLoad,
} from '../ui.tsx';

const isRole = (s: string): s is AdminRole => (ADMIN_ROLES as readonly string[]).includes(s);

const RoleOptions = () => (
  <>
    {ADMIN_ROLES.map((r) => (
      <option key={r} value={r}>
        {r}
      </option>
    ))}
  </>
);

export function Admins({ me }: { me: Me }) {
  const list = useLoad(() => call<{ admins: AdminAccount[] }>('GET', '/admins'), []);
  const [busy, change] = useChange(list.reload);
  const [creating, setCreating] = useState(false);

  const patch = (a: AdminAccount, body: { role?: AdminRole; disabled?: boolean }, done: string) =>
    change('PATCH', `/admins/${enc(a.name)}`, body, done);

  const setDisabled = (a: AdminAccount, disabled: boolean) => {
    const send = () => patch(a, { disabled }, disabled ? `Disabled ${a.name}.` : `Enabled ${a.name}.`);
    if (!disabled) return send();
    return confirmThen(
      {
        title: `Disable ${a.name}?`,
        message: `${a.name} is signed out and cannot sign in until enabled again.`,
        confirmLabel: 'Disable admin',
        danger: true,
      },
      send,
    );
  };

  const admins = list.data?.admins ?? [];
  return (
    <div class="stack-lg">
      <PageHead>
        <button type="button" onClick={() => setCreating(true)}>
          Create admin
        </button>
      </PageHead>
      <p class="dim">
        <strong>viewer</strong> reads everything; <strong>operator</strong> also acts on users, groups and
        messages; <strong>owner</strong> also manages API keys, webhooks, settings and admins.
      </p>
      <LoadedList load={list}>
        <Table
          caption="Admin accounts"
          head={['Name', 'Role', 'Status', 'Created', 'Last sign-in', '']}
          count={admins.length}
        >
          {admins.map((a) => (
            <tr key={a.name}>
              <td>
                <strong>{a.name}</strong> {a.name === me.name && <span class="dim small">(you)</span>}
              </td>
              <td>
                <select
                  aria-label={`Role of ${a.name}`}
                  value={a.role}
                  disabled={busy}
                  onChange={(e) => {
                    const role = e.currentTarget.value;
                    if (isRole(role) && role !== a.role) void patch(a, { role }, `${a.name} is now ${role}.`);
                  }}
                >
                  <RoleOptions />
                </select>
              </td>
              <td>{a.disabled ? <Badge tone="bad">disabled</Badge> : <Badge tone="ok">active</Badge>}</td>
              <td>{fmtTime(a.createdAt)}</td>
              <td>{fmtTime(a.lastLoginAt)}</td>
              <td class="row-actions">
                <RowButton
                  label={a.disabled ? 'Enable' : 'Disable'}
                  name={`${a.disabled ? 'Enable' : 'Disable'} admin ${a.name}`}
                  disabled={busy}
                  onClick={() => setDisabled(a, !a.disabled)}
                />
              </td>
            </tr>
          ))}
        </Table>
      </LoadedList>
      {creating && (
        <CreateAdmin
          onClose={() => setCreating(false)}
          onCreated={async (name) => {
            setCreating(false);
            toast(`Created admin ${name}.`);
            await list.reload();
          }}
        />
      )}
    </div>
  );
}

function CreateAdmin({ onClose, onCreated }: { onClose: () => void; onCreated: (name: string) => void }) {
  const send = async (v: Record<string, string>) => {
    const name = (v['name'] ?? '').trim();
    await call<AdminAccount>('POST', '/admins', {
      name,
      password: v['password'] ?? '',
      role: v['role'] ?? 'viewer',
    });
    onCreated(name);
  };
  return (
    <FormDialog title="Create an admin" submit="Create admin" onClose={onClose} send={send}>
      <NameField label="Name" name="name" />
      <NewPassword label="Password" min={8} />
      <Field label="Role">
        <select name="role" defaultValue="viewer">
          <RoleOptions />
        </select>
      </Field>
    </FormDialog>
  );
}
