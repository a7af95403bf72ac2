import { type AuditEntry, call, query } from '../api.ts';
import { LoadedList, Pager, useCursors } from '../lists.tsx';
import { fmtTime, PageHead, Table, useLoad } from '../ui.tsx';

const PAGE = 50;

function detailText(d: unknown): string {
  if (d === null || d === undefined || d === '') return '';
  if (typeof d === 'string') return d;
  return JSON.stringify(d);
}

export function Audit() {
  const cursors = useCursors<string>();
  const before = cursors.before;
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
      <LoadedList load={list}>
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
      </LoadedList>
      <Pager
        onNewer={cursors.newer}
        onOlder={older === undefined ? undefined : () => cursors.older(String(older))}
      />
    </div>
  );
}
