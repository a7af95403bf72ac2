import { useState } from 'preact/hooks';
import { type AuditEntry, call, query } from '../api.ts';
import { ErrorNote, fmtTime, PageHead, Spinner, Table, useLoad } from '../ui.tsx';

const PAGE = 50;

function detailText(d: unknown): string {
  if (d === null || d === undefined || d === '') return '';
  if (typeof d === 'string') return d;
  return JSON.stringify(d);
}

export function Audit() {
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const before = cursors[cursors.length - 1];
  const list = useLoad(
    () =>
      call<{ entries: AuditEntry[]; next?: string | number }>(
        'GET',
        `/audit${query({ before, limit: PAGE })}`,
      ),
    [before],
  );
  const entries = list.data?.entries ?? [];
  const older = list.data?.next;
  return (
    <div class="stack-lg">
      <PageHead>
        <button type="button" class="secondary" onClick={() => void list.reload()}>
          Refresh
        </button>
      </PageHead>
      <p class="dim">Every change made in the console or with the admin CLI: who, what, when.</p>
      <ErrorNote error={list.error} />
      {!list.data && !list.error ? (
        <Spinner />
      ) : (
        <Table
          caption="Audit log"
          head={['Time', 'Admin', 'Action', 'Target', 'Detail']}
          count={entries.length}
          empty="Nothing has been changed yet."
        >
          {entries.map((e) => (
            <tr key={e.id}>
              <td class="nowrap">{fmtTime(e.ts)}</td>
              <td>{e.admin}</td>
              <td>
                <code>{e.action}</code>
              </td>
              <td class="wrap">{e.target}</td>
              <td class="wrap small mono">{detailText(e.detail)}</td>
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
          disabled={older === undefined}
          onClick={() => older !== undefined && setCursors((c) => [...c, String(older)])}
        >
          Older
        </button>
      </div>
    </div>
  );
}
