import { useState } from 'preact/hooks';
import { ADMIN_ROLES, type AdminAccount, type AdminRole, call, enc, type Me } from '../api.ts';
import {
  Badge,
  confirmAction,
  Dialog,
  ErrorNote,
  Field,
  fmtTime,
  formValues,
  PageHead,
  Spinner,
  Table,
  toast,
  useAction,
  useLoad,
} from '../ui.tsx';

const isRole = (s: string): s is AdminRole => (ADMIN_ROLES as readonly string[]).includes(s);

export function Admins({ me }: { me: Me }) {
  const list = useLoad(() => call<{ admins: AdminAccount[] }>('GET', '/admins'), []);
  const [busy, run] = useAction();
  const [creating, setCreating] = useState(false);

  const patch = (a: AdminAccount, body: { role?: AdminRole; disabled?: boolean }, done: string) =>
    run(async () => {
      await call<AdminAccount>('PATCH', `/admins/${enc(a.name)}`, body);
      toast(done);
      await list.reload();
    });

  const setDisabled = async (a: AdminAccount, disabled: boolean) => {
    if (disabled) {
      const ok = await confirmAction({
        title: `Disable ${a.name}?`,
        message: `${a.name} is signed out and cannot sign in until enabled again.`,
        confirmLabel: 'Disable admin',
        danger: true,
      });
      if (!ok) return;
    }
    await patch(a, { disabled }, disabled ? `Disabled ${a.name}.` : `Enabled ${a.name}.`);
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
      <ErrorNote error={list.error} />
      {!list.data && !list.error ? (
        <Spinner />
      ) : (
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
                  {ADMIN_ROLES.map((r) => (
                    <option key={r} value={r}>
                      {r}
                    </option>
                  ))}
                </select>
              </td>
              <td>{a.disabled ? <Badge tone="bad">disabled</Badge> : <Badge tone="ok">active</Badge>}</td>
              <td>{fmtTime(a.createdAt)}</td>
              <td>{fmtTime(a.lastLoginAt)}</td>
              <td class="row-actions">
                <button
                  type="button"
                  class="small secondary"
                  disabled={busy}
                  aria-label={`${a.disabled ? 'Enable' : 'Disable'} admin ${a.name}`}
                  onClick={() => setDisabled(a, !a.disabled)}
                >
                  {a.disabled ? 'Enable' : 'Disable'}
                </button>
              </td>
            </tr>
          ))}
        </Table>
      )}
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
  const [error, setError] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);
  const submit = async (e: Event) => {
    const v = formValues(e);
    const name = (v['name'] ?? '').trim();
    setBusy(true);
    try {
      await call<AdminAccount>('POST', '/admins', {
        name,
        password: v['password'] ?? '',
        role: v['role'] ?? 'viewer',
      });
      onCreated(name);
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };
  return (
    <Dialog title="Create an admin" onClose={onClose}>
      <form class="stack" onSubmit={submit}>
        <Field label="Name" hint="Letters, digits and _ . @ -">
          <input name="name" required maxLength={64} pattern="[A-Za-z0-9_.@\-]+" autocomplete="off" />
        </Field>
        <Field label="Password" hint="8 characters or more.">
          <input name="password" type="password" required minLength={8} autocomplete="new-password" />
        </Field>
        <Field label="Role">
          <select name="role" defaultValue="viewer">
            {ADMIN_ROLES.map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </select>
        </Field>
        <ErrorNote error={error} />
        <div class="dialog-actions">
          <button type="button" class="secondary" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" disabled={busy}>
            Create admin
          </button>
        </div>
      </form>
    </Dialog>
  );
}
