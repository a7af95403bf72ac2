import { useState } from 'preact/hooks';
import { type ApiKey, call, enc, type Me, may } from '../api.ts';
import {
  Badge,
  confirmAction,
  ErrorNote,
  Field,
  fmtTime,
  formAll,
  formValues,
  SecretOnce,
  Spinner,
  Table,
  toast,
  useAction,
  useLoad,
} from '../ui.tsx';

const SCOPES = [
  { scope: 'read', doc: 'read users, messages, groups, figures' },
  { scope: 'write', doc: 'send messages, manage users and groups' },
  { scope: 'admin', doc: 'everything, including login tokens' },
];

export function Keys({ me }: { me: Me }) {
  const list = useLoad(() => call<{ keys: ApiKey[] }>('GET', '/keys'), []);
  const [busy, run] = useAction();
  const [created, setCreated] = useState<{ key: string; keyId: string } | null>(null);
  const [error, setError] = useState<unknown>(undefined);
  const owner = may(me.role, 'owner');

  const create = async (e: Event) => {
    const form = e.currentTarget as HTMLFormElement;
    const name = (formValues(e)['name'] ?? '').trim();
    const scopes = formAll(form, 'scopes');
    if (!scopes.length) {
      setError('Choose at least one scope.');
      return;
    }
    setError(undefined);
    await run(async () => {
      try {
        setCreated(await call<{ key: string; keyId: string }>('POST', '/keys', { name, scopes }));
        form.reset();
        await list.reload();
      } catch (err) {
        setError(err);
      }
    });
  };

  const revoke = async (k: ApiKey) => {
    const ok = await confirmAction({
      title: `Revoke ${k.name || k.keyId}?`,
      message: 'Requests with this key are refused from now on. This cannot be undone.',
      confirmLabel: 'Revoke key',
      danger: true,
    });
    if (!ok) return;
    await run(async () => {
      await call('DELETE', `/keys/${enc(k.keyId)}`);
      toast(`Revoked ${k.name || k.keyId}.`);
      await list.reload();
    });
  };

  const keys = list.data?.keys ?? [];
  return (
    <div class="stack-lg">
      <p class="dim">
        Keys authenticate business servers on the REST API (<code>Authorization: Bearer pk_…</code>). The
        secret part is shown once, when the key is created.
      </p>
      {created && (
        <SecretOnce
          label={`New API key ${created.keyId}`}
          value={created.key}
          onDone={() => setCreated(null)}
        />
      )}
      {owner && (
        <form class="panel stack" onSubmit={create} aria-labelledby="new-key-title">
          <h3 id="new-key-title">Create a key</h3>
          <div class="filters">
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
            <button type="submit" disabled={busy}>
              Create key
            </button>
          </div>
          <ErrorNote error={error} />
        </form>
      )}
      <ErrorNote error={list.error} />
      {!list.data && !list.error ? (
        <Spinner />
      ) : (
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
                    <button
                      type="button"
                      class="small danger"
                      disabled={busy}
                      aria-label={`Revoke key ${k.name || k.keyId}`}
                      onClick={() => revoke(k)}
                    >
                      Revoke
                    </button>
                  )}
                </td>
              )}
            </tr>
          ))}
        </Table>
      )}
    </div>
  );
}
