import { useState } from 'preact/hooks';
import { type AuditMessage, call, enc, type Me, type MsgId, may, query } from '../api.ts';
import { LoadedList, Pager, useCursors } from '../lists.tsx';
import {
  Badge,
  confirmThen,
  Field,
  fmtTime,
  formValues,
  RowButton,
  Table,
  useChange,
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
  const cursors = useCursors<MsgId>();
  const before = cursors.before;
  const list = useLoad(
    () => call<MessagePage>('GET', `/messages${query({ ...filter, before, limit: PAGE })}`),
    [filter, before],
  );
  const [busy, change] = useChange(list.reload);
  const act = may(me.role, 'operator');

  const recall = (m: AuditMessage) =>
    confirmThen(
      {
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
      },
      () => change('POST', `/messages/${enc(m.msgId)}/recall`, {}, 'Message recalled.'),
    );

  const older = list.data?.next;

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
            cursors.reset();
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
      <LoadedList load={list}>
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
                  <RowButton
                    label="Recall"
                    name={`Recall message ${m.msgId}`}
                    disabled={busy || m.recalled}
                    onClick={() => recall(m)}
                  />
                </td>
              )}
            </tr>
          ))}
        </Table>
      </LoadedList>
      <Pager onNewer={cursors.newer} onOlder={older ? () => cursors.older(older) : undefined} />
    </div>
  );
}
