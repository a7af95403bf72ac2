/** A uPlot time-series chart that follows its container's width and takes new data in place. */
import { useEffect, useRef } from 'preact/hooks';
import uPlot from 'uplot';

const INTEGER_STEPS = [
  1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10_000, 20_000, 50_000, 100_000, 1e6,
];

export interface ChartSeries {
  label: string;
  color: string;
  /** Digits after the point in the legend. */
  digits?: number;
}

export function TimeChart({
  label,
  series,
  data,
  height = 220,
  integer = false,
}: {
  /** The chart's accessible name. */
  label: string;
  series: ChartSeries[];
  /** [times in seconds, ...one array per series]. */
  data: uPlot.AlignedData;
  height?: number;
  /** Whole numbers (people, connections): no 0.5 ticks. */
  integer?: boolean;
}) {
  const box = useRef<HTMLDivElement>(null);
  const plot = useRef<uPlot | null>(null);
  const dataRef = useRef(data);
  dataRef.current = data;

  // The chart is built once per series set and height; new data goes in by setData below.
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const opts: uPlot.Options = {
      width: Math.max(200, el.clientWidth),
      height,
      cursor: { drag: { x: false, y: false } },
      legend: { live: true },
      scales: {
        // Before two points exist, the last ten minutes (uPlot would stretch one point over years).
        x: {
          time: true,
          range: (_u, min, max) => {
            if (min !== null && max !== null && max > min) return [min, max];
            const end = max ?? Date.now() / 1000;
            return [end - 600, end];
          },
        },
        y: { range: (_u, _min, max) => [0, Math.max(1, (max ?? 0) * 1.15)] },
      },
      axes: [
        { stroke: '#5f6670', grid: { stroke: '#eef0f3' }, ticks: { stroke: '#dde1e6' } },
        {
          stroke: '#5f6670',
          grid: { stroke: '#eef0f3' },
          ticks: { stroke: '#dde1e6' },
          size: 50,
          ...(integer ? { incrs: INTEGER_STEPS } : {}),
        },
      ],
      series: [
        {
          label: 'Time',
          value: (_u: uPlot, v: number | null) =>
            v === null ? 'latest' : new Date(v * 1000).toLocaleTimeString(),
        },
        ...series.map((s) => ({
          label: s.label,
          stroke: s.color,
          width: 2,
          fill: `${s.color}1a`,
          points: { show: false },
          // Off the chart the legend shows the latest value.
          value: (_u: uPlot, v: number | null, seriesIdx: number) => {
            const col = dataRef.current[seriesIdx];
            const shown = v ?? (col ? col[col.length - 1] : null);
            return shown === null || shown === undefined ? '—' : shown.toFixed(s.digits ?? 0);
          },
        })),
      ],
    };
    const u = new uPlot(opts, dataRef.current, el);
    plot.current = u;
    const ro = new ResizeObserver(() => {
      const w = Math.max(200, el.clientWidth);
      if (w !== u.width) u.setSize({ width: w, height });
    });
    ro.observe(el);
    return () => {
      ro.disconnect();
      u.destroy();
      plot.current = null;
    };
  }, [series.map((s) => s.label).join('|'), height, integer]);

  useEffect(() => {
    plot.current?.setData(data);
  }, [data]);

  return <div class="chart" ref={box} role="img" aria-label={label} data-testid="chart" />;
}
