import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { formatNumber } from '../../../ui/format.ts';

export interface RatingChartProps {
  /** How many reviews gave each rating, 5 stars first. */
  rows: { rating: number; label: string; count: number }[];
  title: string;
  tableCaption: string;
  ratingLabel: string;
  countLabel: string;
  shareLabel: string;
  locale: string;
}

/**
 * The distribution of ratings as horizontal bars (recharts, SVG), and the same numbers as a table under
 * it: the chart is hidden from screen readers, which read the table.
 */
export function RatingChart({ rows, title, tableCaption, ratingLabel, countLabel, shareLabel, locale }: RatingChartProps) {
  const total = rows.reduce((sum, row) => sum + row.count, 0);
  const share = (count: number) => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(total === 0 ? 0 : count / total);
  return (
    <figure className="admin-dashboard__chart">
      <figcaption>{title}</figcaption>
      <div aria-hidden="true">
        <BarChart responsive layout="vertical" style={{ width: '100%', height: 200 }} data={rows} margin={{ top: 4, right: 16, bottom: 4, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" allowDecimals={false} tick={{ fontSize: 12 }} tickFormatter={(value: number) => formatNumber(value, locale)} />
          <YAxis type="category" dataKey="label" width={72} tick={{ fontSize: 12 }} />
          <Tooltip formatter={(value) => [formatNumber(Number(value), locale), countLabel]} />
          <Bar dataKey="count" name={countLabel} fill="var(--accent, #1f5fbf)" isAnimationActive={false} />
        </BarChart>
      </div>
      <div className="ui-table-wrap admin-dashboard__table">
        <table className="ui-table">
          <caption className="ui-visually-hidden">{tableCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{ratingLabel}</th>
              <th scope="col" className="admin-dashboard__num">
                {countLabel}
              </th>
              <th scope="col" className="admin-dashboard__num">
                {shareLabel}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.rating}>
                <th scope="row">{row.label}</th>
                <td className="admin-dashboard__num">{formatNumber(row.count, locale)}</td>
                <td className="admin-dashboard__num">{share(row.count)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
