// The benchmark's figures as a table and as results.json, and the targets they are held to. Pure: no I/O.

/** One load run against one endpoint. Latencies in milliseconds. */
export interface Measured {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  /** Answers outside 2xx and socket errors: a case with either measured something else than intended. */
  non2xx: number;
  errors: number;
}

export interface CaseResult extends Measured {
  key: string;
  label: string;
  /** Throughput as a share of the fixed-JSON baseline (a). */
  vsFixed: number;
  /** Throughput as a share of the hand-written dashboard baseline (b), for the dashboard only. */
  vsDashboardBaseline?: number;
  note?: string;
}

export interface GrowthPoint extends Measured {
  invoices: number;
  /** How many times slower than the 10-invoice contact (its requests/s divided by this one's). */
  slowdown: number;
}

export interface GrowthResult {
  key: string;
  label: string;
  points: GrowthPoint[];
}

export interface BulkResult {
  contacts: number;
  /** From the first bulk-enable request until every job reported done and every invitation was in the outbox. */
  queuedSeconds: number;
  /** Mails the SMTP sink received after the invitations were queued, and how long until the outbox was empty (or the time limit). */
  drainedMails: number;
  drainSeconds: number;
  mailsPerSecond: number;
  /** False when the time limit ended the drain first; the rate is then over that time. */
  drained: boolean;
  /** Invitations still waiting in the outbox when the measurement ended. */
  left: number;
}

export interface ProcessPeak {
  name: string;
  peakRssMb: number;
}

export interface Target {
  name: string;
  value: number;
  comparison: '>=' | '<=' | '<';
  threshold: number;
  unit: string;
  pass: boolean;
}

export interface BenchFigures {
  startedAt: string;
  machine: { platform: string; release: string; arch: string; cpuModel: string; cpus: number; memoryMb: number };
  node: string;
  dialect: 'sqlite' | 'postgres';
  scale: { customers: number; invoicesPerCustomer: number; growth: number[]; seedSeconds: number; counts: Record<string, unknown> };
  settings: { durationSeconds: number; warmupSeconds: number; connections: number };
  baselines: { fixed: Measured; dashboard: Measured };
  /** Whether baseline (b) answered exactly what Portico's dashboard did. */
  dashboardBaselineMatches: boolean;
  cases: CaseResult[];
  growth: GrowthResult[];
  bulk: BulkResult | null;
  /** Peak resident memory (VmHWM) of each Portico process. */
  portico: ProcessPeak[];
}

export interface BenchResults extends BenchFigures {
  peakRssMb: number;
  targets: Target[];
}

/** Whether a run got at least one 2xx answer (latencies come from those alone). */
export function answered(measured: Measured): boolean {
  return measured.requests - measured.non2xx > 0;
}

export function ratio(value: number, base: number): number {
  return base > 0 ? value / base : 0;
}

/** A case's figures with its ratios to the baselines filled in. */
export function caseResult(key: string, label: string, measured: Measured, baselines: { fixed: Measured; dashboard?: Measured }, note?: string): CaseResult {
  return {
    key,
    label,
    ...measured,
    vsFixed: ratio(measured.requestsPerSecond, baselines.fixed.requestsPerSecond),
    ...(baselines.dashboard ? { vsDashboardBaseline: ratio(measured.requestsPerSecond, baselines.dashboard.requestsPerSecond) } : {}),
    ...(note ? { note } : {}),
  };
}

/** Each point's slowdown against the smallest contact (the first point). */
export function growthResult(key: string, label: string, points: (Measured & { invoices: number })[]): GrowthResult {
  const base = points[0];
  return { key, label, points: points.map((point) => ({ ...point, slowdown: base ? ratio(base.requestsPerSecond, point.requestsPerSecond) : 0 })) };
}

function target(name: string, value: number | undefined, comparison: Target['comparison'], threshold: number, unit: string): Target | undefined {
  if (value === undefined || !Number.isFinite(value)) return undefined;
  const pass = comparison === '>=' ? value >= threshold : comparison === '<=' ? value <= threshold : value < threshold;
  return { name, value, comparison, threshold, unit, pass };
}

/** The targets the product is held to, for whichever figures the run has. */
export function evaluateTargets(figures: BenchFigures): Target[] {
  // A case without a single 2xx answer measured nothing: its target is left out rather than passed on a zero.
  const find = (key: string) => figures.cases.find((entry) => entry.key === key && answered(entry));
  const largest = (key: string) => {
    const points = figures.growth.find((entry) => entry.key === key)?.points ?? [];
    const last = points[points.length - 1];
    return points.length > 1 && last && answered(last) && answered(points[0]!) ? last : undefined;
  };
  const largestInvoices = figures.scale.growth[figures.scale.growth.length - 1] ?? 0;
  const peak = peakRssMb(figures.portico);
  return [
    target('dashboard vs hand-written baseline (b)', find('dashboard')?.vsDashboardBaseline, '>=', 0.5, '×'),
    target('me vs fixed baseline (a)', find('me')?.vsFixed, '>=', 0.12, '×'),
    target('first invoice page vs fixed baseline (a)', find('invoices_first_page')?.vsFixed, '>=', 0.12, '×'),
    target('invoice detail vs fixed baseline (a)', find('invoice_detail')?.vsFixed, '>=', 0.12, '×'),
    target(`dashboard, ${largestInvoices}-invoice contact slowdown`, largest('dashboard')?.slowdown, '<=', 1.5, '×'),
    target(`first invoice page, ${largestInvoices}-invoice contact slowdown`, largest('invoices_first_page')?.slowdown, '<=', 1.5, '×'),
    // Latency targets read the one-connection runs (the time one answer takes); without them, the loaded ones.
    target(`year statement median, ${largestInvoices}-invoice contact`, (largest('statement_year_alone') ?? largest('statement_year'))?.p50Ms, '<', 100, 'ms'),
    target('invoice PDF median', (find('invoice_pdf_alone') ?? find('invoice_pdf'))?.p50Ms, '<=', 15, 'ms'),
    target(`${figures.bulk?.contacts ?? 0} invitations queued`, figures.bulk?.queuedSeconds, '<', 5, 's'),
    target('outbox sending rate', figures.bulk?.mailsPerSecond, '>=', 200, 'mails/s'),
    target('peak RSS of a Portico process', peak > 0 ? peak : undefined, '<', 300, 'MB'),
  ].filter((entry): entry is Target => entry !== undefined);
}

export function peakRssMb(processes: ProcessPeak[]): number {
  return processes.reduce((max, entry) => Math.max(max, entry.peakRssMb), 0);
}

export function withTargets(figures: BenchFigures): BenchResults {
  return { ...figures, peakRssMb: peakRssMb(figures.portico), targets: evaluateTargets(figures) };
}

// A figure that could not be measured (no answer within the run) prints as a dash.
const fixed = (value: number | undefined, digits: number) => (value === undefined || !Number.isFinite(value) ? '—' : value.toFixed(digits));

function table(header: string[], rows: string[][]): string {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: string[]) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ');
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}

function failures(measured: Measured): string {
  return measured.non2xx + measured.errors > 0 ? `  (${measured.non2xx} non-2xx, ${measured.errors} errors)` : '';
}

/** The readable form of the results, as `npm run bench` prints it. */
export function formatReport(results: BenchResults): string {
  const { machine, settings, scale } = results;
  const out: string[] = [];
  out.push(`Portico over HTTP on ${results.dialect} — ${machine.cpuModel} ×${machine.cpus}, ${machine.memoryMb} MB, node ${results.node}`);
  out.push(
    `Scale: ${scale.customers} customers × ${scale.invoicesPerCustomer} invoices, growth contacts ${scale.growth.join(' / ')} invoices (seeded in ${fixed(scale.seedSeconds, 1)} s); ` +
      `${settings.connections} connections, ${settings.warmupSeconds} s warm-up + ${settings.durationSeconds} s per case`,
  );
  out.push('');
  const baselineRows = [
    ['baseline (a): bare Fastify, fixed JSON', results.baselines.fixed],
    [`baseline (b): bare Fastify, hand-written dashboard SQL${results.dashboardBaselineMatches ? '' : ' (ANSWERS DIFFER)'}`, results.baselines.dashboard],
  ] as const;
  out.push(
    table(
      ['case', 'req/s', 'p50 ms', 'p99 ms', '× (a)', '× (b)'],
      [
        ...baselineRows.map(([label, measured]) => [label + failures(measured), fixed(measured.requestsPerSecond, 0), fixed(measured.p50Ms, 1), fixed(measured.p99Ms, 1), '', '']),
        ...results.cases.map((entry) => [
          entry.label + failures(entry) + (entry.note ? `  [${entry.note}]` : ''),
          fixed(entry.requestsPerSecond, 0),
          fixed(entry.p50Ms, 1),
          fixed(entry.p99Ms, 1),
          fixed(entry.vsFixed, 3),
          entry.vsDashboardBaseline !== undefined ? fixed(entry.vsDashboardBaseline, 3) : '',
        ]),
      ],
    ),
  );
  if (results.growth.length > 0) {
    out.push('');
    out.push(
      table(
        ['growth (by the contact’s invoices)', 'invoices', 'req/s', 'p50 ms', 'p99 ms', '× slower'],
        results.growth.flatMap((entry) =>
          entry.points.map((point) => [entry.label + failures(point), String(point.invoices), fixed(point.requestsPerSecond, 0), fixed(point.p50Ms, 1), fixed(point.p99Ms, 1), fixed(point.slowdown, 2)]),
        ),
      ),
    );
  }
  if (results.bulk) {
    const bulk = results.bulk;
    out.push('');
    const drained = bulk.drained ? 'until empty' : `then stopped, ${bulk.left} still waiting`;
    out.push(`Bulk: ${bulk.contacts} invitations queued in ${fixed(bulk.queuedSeconds, 2)} s; outbox sent ${bulk.drainedMails} more in ${fixed(bulk.drainSeconds, 2)} s (${drained}) = ${fixed(bulk.mailsPerSecond, 0)} mails/s`);
  }
  out.push(`Peak RSS: ${results.portico.map((entry) => `${entry.name} ${fixed(entry.peakRssMb, 0)} MB`).join(', ')}`);
  out.push('');
  out.push(
    table(
      ['target', 'value', 'needs', 'result'],
      results.targets.map((entry) => [entry.name, `${fixed(entry.value, entry.unit === '×' ? 3 : 1)} ${entry.unit}`, `${entry.comparison} ${entry.threshold} ${entry.unit}`, entry.pass ? 'pass' : 'FAIL']),
    ),
  );
  return out.join('\n');
}
