import { type ApiKey, call, enc, type Me, may } from '../api.ts';
import { CreatedSecret, CreatePanel, useCreateSecret } from '../forms.tsx';
import { LoadedList } from '../lists.tsx';
import { Badge, confirmThen, Field, fmtTime, formAll, RowButton, Table, useChange, useLoad } from '../ui.tsx';

const SCOPES = [
  { scope: 'read', doc: 'read users, messages, groups, figures' },
  { scope: 'write', doc: 'send messages, manage users and groups' },
  { scope: 'admin', doc: 'everything, including login tokens' },
];

export function Keys({ me }: { me: Me }) {
  const list = useLoad(() => call<{ keys: ApiKey[] }>('GET', '/keys'), []);
  const [busy, change, run] = useChange(list.reload);
  const created = useCreateSecret(run, list.reload);
  const owner = may(me.role, 'owner');

  const create = (v: Record<string, string>, form: HTMLFormElement) => {
    const name = (v['name'] ?? '').trim();
    const scopes = formAll(form, 'scopes');
    if (!scopes.length) return created.setError('Choose at least one scope.');
    return created.create(form, async () => {
      const k = await call<{ key: string; keyId: string }>('POST', '/keys', { name, scopes });
      return { label: `New API key ${k.keyId}`, value: k.key };
    });
  };

  const revoke = (k: ApiKey) =>
    confirmThen(
      {
        title: `Revoke ${k.name || k.keyId}?`,
        message: 'Requests with this key are refused from now on. This cannot be undone.',
        confirmLabel: 'Revoke key',
        danger: true,
      },
      () => change('DELETE', `/keys/${enc(k.keyId)}`, undefined, `Revoked ${k.name || k.keyId}.`),
    );

  const keys = list.data?.keys ?? [];
  return (
    <div class="stack-lg">
      <p class="dim">
        Keys authenticate business servers on the REST API (<code>Authorization: Bearer pk_…</code>). The
        secret part is shown once, when the key is created.
      </p>
      <CreatedSecret secret={created.secret} done={created.done} />
      {owner && (
        <CreatePanel
          id="new-key-title"
          title="Create a key"
          submit="Create key"
          busy={busy}
          error={created.error}
          onSubmit={create}
        >
          <Field label="Key name">
            <input name="name" required maxLength={100} placeholder="billing-service" />
          </Field>
          <fieldset class="checks">
            <legend>Scopes</legend>
            {SCOPES.map((s) => (
              <label key={s.scope} title={s.doc}>
                <input type="checkbox" name="scopes" value={s.scope} defaultChecked={s.scope === 'read'} />{' '}
                {s.scope}
              </label>
            ))}
          </fieldset>
        </CreatePanel>
      )}
      <LoadedList load={list}>
        <Table
          caption="API keys"
          head={['Key id', 'Name', 'Scopes', 'Created', 'Status', ...(owner ? [''] : [])]}
          count={keys.length}
          empty="No API keys yet."
        >
          {keys.map((k) => (
            <tr key={k.keyId}>
              <td>
                <code>{k.keyId}</code>
              </td>
              <td>{k.name}</td>
              <td>{k.scopes.join(', ')}</td>
              <td>{fmtTime(k.createdAt)}</td>
              <td>
                {k.revokedAt ? (
                  <Badge tone="bad">revoked {fmtTime(k.revokedAt)}</Badge>
                ) : (
                  <Badge tone="ok">active</Badge>
                )}
              </td>
              {owner && (
                <td class="row-actions">
                  {!k.revokedAt && (
                    <RowButton
                      label="Revoke"
                      name={`Revoke key ${k.name || k.keyId}`}
                      danger
                      disabled={busy}
                      onClick={() => revoke(k)}
                    />
                  )}
                </td>
              )}
            </tr>
          ))}
        </Table>
      </LoadedList>
    </div>
  );
}
