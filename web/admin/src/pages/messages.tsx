import { useState } from 'preact/hooks';
import { type AuditMessage, call, enc, type Me, type MsgId, may, query } from '../api.ts';
import {
  Badge,
  confirmAction,
  ErrorNote,
  Field,
  fmtTime,
  formValues,
  Spinner,
  Table,
  toast,
  useAction,
  useLoad,
} from '../ui.tsx';

interface MessagePage {
  messages: AuditMessage[];
  next?: MsgId;
}

interface Filter {
  from: string;
  conv: string;
  q: string;
}

const PAGE = 50;

export function Messages({ me }: { me: Me }) {
  const [filter, setFilter] = useState<Filter>({ from: '', conv: '', q: '' });
  // The `before` cursor of each page shown so far (paging back and forth).
  const [cursors, setCursors] = useState<(MsgId | undefined)[]>([undefined]);
  const before = cursors[cursors.length - 1];
  const [busy, run] = useAction();
  const list = useLoad(
    () => call<MessagePage>('GET', `/messages${query({ ...filter, before, limit: PAGE })}`),
    [filter, before],
  );
  const act = may(me.role, 'operator');

  const recall = async (m: AuditMessage) => {
    const ok = await confirmAction({
      title: 'Recall this message?',
      message: (
        <>
          <p>
            From <strong>{m.from}</strong> in <code>{m.convId}</code>, {fmtTime(m.ts)}:
          </p>
          <blockquote class="quote">{m.content}</blockquote>
          <p>It is recalled for everyone, whoever sent it.</p>
        </>
      ),
      confirmLabel: 'Recall',
      danger: true,
    });
    if (!ok) return;
    await run(async () => {
      await call('POST', `/messages/${enc(m.msgId)}/recall`, {});
      toast('Message recalled.');
      await list.reload();
    });
  };

  const messages = list.data?.messages ?? [];
  return (
    <div class="stack-lg">
      <search>
        <form
          class="filters"
          onSubmit={(e) => {
            const v = formValues(e);
            setFilter({
              from: (v['from'] ?? '').trim(),
              conv: (v['conv'] ?? '').trim(),
              q: (v['q'] ?? '').trim(),
            });
            setCursors([undefined]);
          }}
        >
          <Field label="Sender">
            <input name="from" placeholder="user id" defaultValue={filter.from} />
          </Field>
          <Field label="Conversation">
            <input name="conv" placeholder="conversation id" defaultValue={filter.conv} />
          </Field>
          <Field label="Text">
            <input name="q" type="search" placeholder="words in the message" defaultValue={filter.q} />
          </Field>
          <button type="submit">Search messages</button>
        </form>
      </search>
      <ErrorNote error={list.error} />
      {!list.data && !list.error ? (
        <Spinner />
      ) : (
        <Table
          caption="Messages"
          head={['Time', 'From', 'Conversation', 'Type', 'Content', ...(act ? [''] : [])]}
          count={messages.length}
          empty="No message matches."
        >
          {messages.map((m) => (
            <tr key={m.msgId} class={m.recalled ? 'recalled' : ''}>
              <td class="nowrap">{fmtTime(m.ts)}</td>
              <td>
                <a href={`#/users/${enc(m.from)}`}>{m.from}</a>
              </td>
              <td>
                <code>{m.convId}</code>
              </td>
              <td>{m.type}</td>
              <td class="wrap content">
                {m.recalled ? <Badge tone="dim">recalled</Badge> : m.content}
                {m.edited && !m.recalled && <Badge tone="dim">edited</Badge>}
              </td>
              {act && (
                <td class="row-actions">
                  <button
                    type="button"
                    class="small secondary"
                    disabled={busy || m.recalled}
                    aria-label={`Recall message ${m.msgId}`}
                    onClick={() => recall(m)}
                  >
                    Recall
                  </button>
                </td>
              )}
            </tr>
          ))}
        </Table>
      )}
      <div class="pager">
        <button
          type="button"
          class="secondary"
          disabled={cursors.length < 2}
          onClick={() => setCursors((c) => c.slice(0, -1))}
        >
          Newer
        </button>
        <button
          type="button"
          class="secondary"
          disabled={!list.data?.next}
          onClick={() => list.data?.next && setCursors((c) => [...c, list.data?.next])}
        >
          Older
        </button>
      </div>
    </div>
  );
}
