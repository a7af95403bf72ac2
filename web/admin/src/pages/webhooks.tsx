import { useState } from 'preact/hooks';
import { call, type DeadLetter, enc, type Me, may, query, type Webhook } from '../api.ts';
import { CreatedSecret, CreatePanel, useCreateSecret } from '../forms.tsx';
import { LoadedList, LoadMore, SearchBox, usePages } from '../lists.tsx';
import {
  Badge,
  confirmThen,
  Field,
  fmtNum,
  fmtTime,
  formAll,
  isGone,
  RowButton,
  Table,
  toast,
  useAction,
  useChange,
  useLoad,
} from '../ui.tsx';

interface WebhookList {
  webhooks: Webhook[];
  /** The event types a webhook may ask for (the server's); none ticked: all of them. */
  eventTypes: string[];
}

export function Webhooks({ me }: { me: Me }) {
  const list = useLoad(() => call<WebhookList>('GET', '/webhooks'), [], 10_000);
  const [busy, change, run] = useChange(list.reload);
  const created = useCreateSecret(run, list.reload);
  const owner = may(me.role, 'owner');
  const [revoked, setRevoked] = useState(0);

  const create = (v: Record<string, string>, form: HTMLFormElement) => {
    const url = (v['url'] ?? '').trim();
    const types = formAll(form, 'types');
    return created.create(form, async () => {
      const r = await call<{ webhook: Webhook; secret: string }>(
        'POST',
        '/webhooks',
        types.length ? { url, types } : { url },
      );
      return { label: `Signing secret of webhook ${r.webhook.id}`, value: r.secret };
    });
  };

  const revoke = (w: Webhook) =>
    confirmThen(
      {
        title: 'Revoke this webhook?',
        message: (
          <p>
            No new events are queued for <code>{w.url}</code>, and its {fmtNum(w.pending)} queued events are
            dropped.
          </p>
        ),
        confirmLabel: 'Revoke webhook',
        danger: true,
      },
      async () => {
        // Its dead letters are dropped with it: the list below loads again.
        if (await change('DELETE', `/webhooks/${enc(w.id)}`, undefined, 'Webhook revoked.')) {
          setRevoked((n) => n + 1);
        }
      },
    );

  const hooks = list.data?.webhooks ?? [];
  return (
    <div class="stack-lg">
      <p class="dim">
        Events are POSTed to each URL, signed with its secret (<code>x-parley-signature</code>). Webhooks from
        the configuration file show as <em>config</em> and are changed there.
      </p>
      <CreatedSecret secret={created.secret} done={created.done} />
      {owner && (
        <CreatePanel
          id="new-hook-title"
          title="Add a webhook"
          submit="Add webhook"
          busy={busy}
          error={created.error}
          onSubmit={create}
        >
          <Field label="Webhook URL">
            <input name="url" type="url" required placeholder="https://example.com/parley-events" />
          </Field>
          <fieldset class="checks">
            <legend>Event types (none: all)</legend>
            {(list.data?.eventTypes ?? []).map((t) => (
              <label key={t}>
                <input type="checkbox" name="types" value={t} /> {t}
              </label>
            ))}
          </fieldset>
        </CreatePanel>
      )}
      <LoadedList load={list}>
        <Table
          caption="Webhooks"
          head={[
            'URL',
            'Events',
            'Source',
            'Delivered',
            'Pending',
            'Dead',
            'Last error',
            ...(owner ? [''] : []),
          ]}
          count={hooks.length}
          empty="No webhooks."
        >
          {hooks.map((w) => (
            <tr key={w.id}>
              <td class="wrap">
                <code>{w.url}</code>
                {w.sink && <div class="dim small">sink {w.sink}</div>}
              </td>
              <td class="wrap">{w.types.length ? w.types.join(', ') : 'all'}</td>
              <td>
                <Badge tone={w.source === 'config' ? 'dim' : 'info'}>{w.source}</Badge>
              </td>
              <td class="num">{fmtNum(w.delivered)}</td>
              <td class="num">{fmtNum(w.pending)}</td>
              <td class="num">{w.dead > 0 ? <Badge tone="bad">{fmtNum(w.dead)}</Badge> : '0'}</td>
              <td class="wrap">
                {w.lastError ? (
                  <span class="bad-text" title={fmtTime(w.lastErrorAt)}>
                    {w.lastError} <span class="dim small">({fmtTime(w.lastErrorAt)})</span>
                  </span>
                ) : (
                  <span class="dim">—</span>
                )}
              </td>
              {owner && (
                <td class="row-actions">
                  {w.source === 'console' && (
                    <RowButton
                      label="Revoke"
                      name={`Revoke webhook ${w.url}`}
                      danger
                      disabled={busy}
                      onClick={() => revoke(w)}
                    />
                  )}
                </td>
              )}
            </tr>
          ))}
        </Table>
      </LoadedList>
      <DeadLetters me={me} revoked={revoked} />
    </div>
  );
}

interface DeadPage {
  deadLetters: DeadLetter[];
  next?: string;
}

/** `revoked` counts the webhooks revoked on the page: their dead letters went with them. */
function DeadLetters({ me, revoked }: { me: Me; revoked: number }) {
  const [sink, setSink] = useState('');
  // A page at a time: `next` (an event id) goes back as `after`.
  const pages = usePages<DeadPage>(
    async (after) => {
      const r = await call<{ deadLetters: DeadLetter[]; next?: number | string }>(
        'GET',
        `/deadletters${query({ sink, after, limit: 100 })}`,
      );
      return r.next === undefined
        ? { deadLetters: r.deadLetters }
        : { deadLetters: r.deadLetters, next: String(r.next) };
    },
    [sink, revoked],
  );
  const list = pages.list;
  const [busy, run] = useAction();
  const owner = may(me.role, 'owner');
  const requeue = (d: DeadLetter) =>
    run(async () => {
      const r = await call<{ requeued: number }>('POST', `/deadletters/${enc(d.eventId)}/requeue`, {
        sink: d.sink,
      }).catch((err: unknown) => {
        // Requeued or dropped meanwhile (its webhook revoked): show the list as it is now.
        if (isGone(err)) void list.reload();
        throw err;
      });
      toast(
        r.requeued ? `Requeued ${d.eventId}.` : `${d.eventId} was not requeued.`,
        r.requeued ? 'ok' : 'error',
      );
      await list.reload();
    });
  const rows = pages.all.flatMap((p) => p.deadLetters);
  return (
    <section class="panel stack" aria-labelledby="dead-title">
      <div class="page-head">
        <h3 id="dead-title">Dead letters</h3>
        <SearchBox
          name="sink"
          label="Filter dead letters by sink"
          placeholder="sink"
          value={sink}
          onSearch={setSink}
          button="Filter"
          buttonClass="secondary"
        />
      </div>
      <p class="dim small">
        Events a sink gave up on after its retries; requeue one once the receiver works again.
      </p>
      <LoadedList load={list}>
        <Table
          caption="Dead letters"
          head={['Event', 'Sink', 'Type', 'Time', 'Attempts', 'Last error', ...(owner ? [''] : [])]}
          count={rows.length}
          empty="No dead letters."
        >
          {rows.map((d) => (
            <tr key={`${d.sink}:${d.eventId}`}>
              <td>
                <code>{d.eventId}</code>
              </td>
              <td>{d.sink}</td>
              <td>{d.type}</td>
              <td class="nowrap">{fmtTime(d.ts)}</td>
              <td class="num">{fmtNum(d.attempts)}</td>
              <td class="wrap bad-text">{d.lastError ?? '—'}</td>
              {owner && (
                <td class="row-actions">
                  <RowButton
                    label="Requeue"
                    name={`Requeue event ${d.eventId}`}
                    disabled={busy}
                    onClick={() => requeue(d)}
                  />
                </td>
              )}
            </tr>
          ))}
        </Table>
      </LoadedList>
      <LoadMore pages={pages} label="Load more dead letters" pager />
    </section>
  );
}
