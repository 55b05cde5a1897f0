import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { formatDate, formatNumber } from '../../../ui/format.ts';

export interface ActivityChartProps {
  series: { start: string; count: number }[];
  title: string;
  /** Headers of the table that carries the same numbers for screen readers. */
  tableCaption: string;
  periodLabel: string;
  countLabel: string;
  locale: string;
}

/**
 * The report's series as a bar chart (recharts, SVG, keyboard-navigable tooltips), paired with a visually
 * hidden table of the same numbers: what the chart shows, a screen reader reads.
 */
export function ActivityChart({ series, title, tableCaption, periodLabel, countLabel, locale }: ActivityChartProps) {
  const data = series.map((point) => ({ label: formatDate(point.start, locale), count: point.count }));
  return (
    <figure className="activity-report__chart">
      <figcaption className="activity-report__chart-title">{title}</figcaption>
      <div aria-hidden="true">
        <BarChart responsive style={{ width: '100%', height: 260 }} data={data} margin={{ top: 8, right: 8, bottom: 8, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" minTickGap={16} tick={{ fontSize: 12 }} />
          <YAxis allowDecimals={false} width={44} tick={{ fontSize: 12 }} tickFormatter={(value: number) => formatNumber(value, locale)} />
          <Tooltip formatter={(value) => [formatNumber(Number(value), locale), countLabel]} />
          <Bar dataKey="count" name={countLabel} fill="var(--accent, #1f5fbf)" isAnimationActive={false} />
        </BarChart>
      </div>
      <table className="ui-visually-hidden">
        <caption>{tableCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{periodLabel}</th>
            <th scope="col">{countLabel}</th>
          </tr>
        </thead>
        <tbody>
          {data.map((point, index) => (
            <tr key={series[index]!.start}>
              <td>{point.label}</td>
              <td>{formatNumber(point.count, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
