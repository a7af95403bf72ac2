import { useMemo } from 'preact/hooks';
import type uPlot from 'uplot';
import { call, type Dashboard } from '../api.ts';
import { type ChartSeries, TimeChart } from '../chart.tsx';
import { Badge, Card, ErrorNote, fmtNum, fmtTime, Spinner, Table, useLoad } from '../ui.tsx';

const REFRESH_MS = 5000;

const PEOPLE: ChartSeries[] = [
  { label: 'Online users', color: '#2457c5' },
  { label: 'Connections', color: '#0f9d8a' },
];
const TRAFFIC: ChartSeries[] = [
  { label: 'Messages in/s', color: '#7b4fd6', digits: 1 },
  { label: 'Messages out/s', color: '#e07a1f', digits: 1 },
];

const seconds = (ts: number): number => (ts > 1e11 ? ts / 1000 : ts);

export function DashboardPage() {
  const { data: d, error, loading } = useLoad(() => call<Dashboard>('GET', '/dashboard'), [], REFRESH_MS);

  const charts = useMemo(() => {
    const s = d?.series ?? [];
    const t = s.map((p) => seconds(p.ts));
    return {
      people: [t, s.map((p) => p.online), s.map((p) => p.connections)] as uPlot.AlignedData,
      traffic: [t, s.map((p) => p.msgsInPerSec), s.map((p) => p.msgsOutPerSec)] as uPlot.AlignedData,
    };
  }, [d]);

  if (!d) return error ? <ErrorNote error={error} /> : <Spinner />;
  const last = d.series[d.series.length - 1];
  const msgsIn = d.msgsInPerSec ?? last?.msgsInPerSec ?? 0;
  const msgsOut = d.msgsOutPerSec ?? last?.msgsOutPerSec ?? 0;
  const pending = d.events.reduce((n, e) => n + e.pending, 0);
  const dead = d.events.reduce((n, e) => n + e.dead, 0);

  return (
    <div class="stack-lg" aria-busy={loading}>
      <ErrorNote error={error} title="Refresh failed" />
      <p class="dim small" data-testid="dashboard-updated">
        Node <strong>{d.node}</strong> · updated {fmtTime(d.now)} · refreshes every 5 s
      </p>
      <section class="cards" aria-label="Figures">
        <Card label="Online users" value={fmtNum(d.online)} />
        <Card label="Connections" value={fmtNum(d.connections)} />
        <Card label="Sessions" value={fmtNum(d.sessions)} />
        <Card label="Messages/s" value={fmtNum(msgsIn, 1)} sub={`in · ${fmtNum(msgsOut, 1)} out`} />
        <Card
          label="Store"
          value={d.store.ok ? 'Healthy' : 'Failing'}
          sub={`${d.store.engine} · ${fmtNum(d.store.latencyMs, 1)} ms${d.store.error ? ` · ${d.store.error}` : ''}`}
          tone={d.store.ok ? 'good' : 'bad'}
        />
        <Card
          label="Push"
          value={fmtNum(d.push.sent)}
          sub={`sent · ${fmtNum(d.push.queued)} queued · ${fmtNum(d.push.failed)} failed`}
          tone={d.push.failed > 0 ? 'warn' : ''}
        />
        <Card
          label="Event sinks"
          value={fmtNum(pending)}
          sub={`pending · ${fmtNum(dead)} dead`}
          tone={dead > 0 ? 'warn' : ''}
        />
      </section>
      <section class="charts" aria-label="Charts">
        <div class="panel">
          <h3>Online users and connections</h3>
          <TimeChart
            label="Online users and connections over time"
            series={PEOPLE}
            integer
            data={charts.people}
          />
        </div>
        <div class="panel">
          <h3>Messages per second</h3>
          <TimeChart
            label="Messages in and out per second over time"
            series={TRAFFIC}
            data={charts.traffic}
          />
        </div>
      </section>
      <section class="panel" aria-labelledby="gates-title">
        <h3 id="gates-title">Gates</h3>
        <Table
          caption="Gates"
          head={['Node', 'Host', 'Connections', 'Sessions', 'Msgs in/s', 'Updated']}
          count={d.gates.length}
          empty="No gate has reported yet."
        >
          {d.gates.map((g) => (
            <tr key={g.nodeId}>
              <td>
                <code>{g.nodeId}</code>
              </td>
              <td>{g.host}</td>
              <td class="num">{fmtNum(g.connections)}</td>
              <td class="num">{fmtNum(g.sessions)}</td>
              <td class="num">{fmtNum(g.msgsInPerSec, 1)}</td>
              <td>{fmtTime(g.updatedAt)}</td>
            </tr>
          ))}
        </Table>
      </section>
      <div class="two-col">
        <section class="panel" aria-labelledby="sinks-title">
          <h3 id="sinks-title">Event sinks</h3>
          <Table
            caption="Event sinks"
            head={['Sink', 'Target', 'Pending', 'Dead']}
            count={d.events.length}
            empty="No event sink is configured."
          >
            {d.events.map((e) => (
              <tr key={`${e.sink}:${e.target}`}>
                <td>{e.sink}</td>
                <td class="wrap">{e.target}</td>
                <td class="num">{fmtNum(e.pending)}</td>
                <td class="num">{e.dead > 0 ? <Badge tone="bad">{fmtNum(e.dead)}</Badge> : '0'}</td>
              </tr>
            ))}
          </Table>
        </section>
        <section class="panel" aria-labelledby="push-title">
          <h3 id="push-title">Push</h3>
          <dl class="facts">
            <dt>Providers</dt>
            <dd>{d.push.providers.length ? d.push.providers.join(', ') : 'none'}</dd>
            <dt>Queued</dt>
            <dd>{fmtNum(d.push.queued)}</dd>
            <dt>Sent</dt>
            <dd>{fmtNum(d.push.sent)}</dd>
            <dt>Failed</dt>
            <dd>{fmtNum(d.push.failed)}</dd>
          </dl>
        </section>
      </div>
    </div>
  );
}
