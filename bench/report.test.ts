import { describe, expect, it } from 'vitest';
import { caseResult, evaluateTargets, formatReport, growthResult, withTargets, type BenchFigures, type Measured } from './report.ts';

const measured = (requestsPerSecond: number, p50Ms = 1, requests = 1000): Measured => ({ requestsPerSecond, p50Ms, p99Ms: p50Ms * 3, requests, non2xx: 0, errors: 0 });

function figures(overrides: Partial<BenchFigures> = {}): BenchFigures {
  const fixed = measured(10_000);
  const dashboard = measured(2_000);
  return {
    startedAt: '2026-12-02T00:00:00.000Z',
    machine: { platform: 'linux', release: '6', arch: 'x64', cpuModel: 'Test CPU', cpus: 2, memoryMb: 4096 },
    node: 'v20.0.0',
    dialect: 'sqlite',
    scale: { customers: 10, invoicesPerCustomer: 10, growth: [10, 1000, 100000], seedSeconds: 1, counts: {} },
    settings: { durationSeconds: 5, warmupSeconds: 1, connections: 10 },
    baselines: { fixed, dashboard },
    dashboardBaselineMatches: true,
    cases: [
      caseResult('me', 'GET /me', measured(1_500), { fixed }),
      caseResult('dashboard', 'GET /dashboard', measured(900), { fixed, dashboard }),
      caseResult('invoices_first_page', 'GET /invoices', measured(1_300), { fixed }),
      caseResult('invoice_detail', 'GET /invoices/{id}', measured(1_100), { fixed }),
      caseResult('invoice_pdf', 'GET /invoices/{id}/pdf', measured(80, 16), { fixed }),
    ],
    growth: [
      growthResult('dashboard', 'GET /dashboard', [
        { ...measured(900), invoices: 10 },
        { ...measured(800), invoices: 1000 },
        { ...measured(600), invoices: 100000 },
      ]),
      growthResult('statement_year', 'GET /statement', [
        { ...measured(500, 5), invoices: 10 },
        { ...measured(10, 120), invoices: 100000 },
      ]),
    ],
    bulk: { contacts: 10_000, queuedSeconds: 4.2, drainedMails: 9_000, drainSeconds: 30, mailsPerSecond: 300, drained: true, left: 0 },
    portico: [
      { name: 'reads', peakRssMb: 180 },
      { name: 'bulk', peakRssMb: 320 },
    ],
    ...overrides,
  };
}

const byName = (targets: ReturnType<typeof evaluateTargets>) => Object.fromEntries(targets.map((entry) => [entry.name, entry]));

describe('bench report', () => {
  it('reads each case as a share of the baselines, and growth as a slowdown against the smallest contact', () => {
    const results = figures();
    expect(results.cases.find((entry) => entry.key === 'me')).toMatchObject({ vsFixed: 0.15 });
    expect(results.cases.find((entry) => entry.key === 'dashboard')).toMatchObject({ vsFixed: 0.09, vsDashboardBaseline: 0.45 });
    expect(results.growth[0]!.points.map((point) => point.slowdown)).toEqual([1, 1.125, 1.5]);
  });

  it('holds the figures to the targets, each passing or failing on its own threshold', () => {
    const targets = byName(evaluateTargets(figures()));
    expect(targets['dashboard vs hand-written baseline (b)']).toMatchObject({ value: 0.45, pass: false });
    expect(targets['me vs fixed baseline (a)']).toMatchObject({ value: 0.15, pass: true });
    expect(targets['invoice detail vs fixed baseline (a)']).toMatchObject({ value: 0.11, pass: false });
    // Exactly on the limit passes (≤ 1.5×).
    expect(targets['dashboard, 100000-invoice contact slowdown']).toMatchObject({ value: 1.5, pass: true });
    expect(targets['year statement median, 100000-invoice contact']).toMatchObject({ value: 120, pass: false });
    expect(targets['invoice PDF median']).toMatchObject({ value: 16, pass: false });
    expect(targets['10000 invitations queued']).toMatchObject({ value: 4.2, pass: true });
    expect(targets['outbox sending rate']).toMatchObject({ value: 300, pass: true });
    // The highest peak of all Portico processes counts.
    expect(targets['peak RSS of a Portico process']).toMatchObject({ value: 320, pass: false });
  });

  it('leaves out targets whose figures are missing or measured no answer at all', () => {
    const fixed = measured(10_000);
    const failing = { ...measured(2, 0, 10), non2xx: 10 };
    const growth = [growthResult('statement_year', 'statement', [{ ...measured(500, 5), invoices: 10 }, { ...failing, invoices: 100000 }])];
    const targets = byName(evaluateTargets(figures({ bulk: null, growth, cases: [caseResult('invoice_pdf', 'pdf', measured(0, 0, 0), { fixed }), caseResult('me', 'me', failing, { fixed })] })));
    expect(Object.keys(targets)).toEqual(['peak RSS of a Portico process']);
    // A contact whose pages never answered prints dashes, not a crash.
    const silent = [growthResult('statement_year', 'statement', [{ ...measured(500, 5), invoices: 10 }, { ...measured(0, 0, 0), p50Ms: undefined as unknown as number, p99Ms: undefined as unknown as number, invoices: 100000 }])];
    expect(formatReport(withTargets(figures({ growth: silent })))).toMatch(/statement\s+100000\s+0\s+—\s+—/);
  });

  it('judges latency targets on the one-connection runs when there are any', () => {
    const fixed = measured(10_000);
    const cases = [caseResult('invoice_pdf', 'pdf', measured(20, 430), { fixed }), caseResult('invoice_pdf_alone', 'pdf alone', measured(80, 12), { fixed })];
    const growth = [
      growthResult('statement_year', 'statement', [{ ...measured(500, 20), invoices: 10 }, { ...measured(3, 900), invoices: 100000 }]),
      growthResult('statement_year_alone', 'statement alone', [{ ...measured(600, 2), invoices: 10 }, { ...measured(12, 80), invoices: 100000 }]),
    ];
    const targets = byName(evaluateTargets(figures({ cases, growth })));
    expect(targets['invoice PDF median']).toMatchObject({ value: 12, pass: true });
    expect(targets['year statement median, 100000-invoice contact']).toMatchObject({ value: 80, pass: true });
  });

  it('prints every case, the growth rows, the bulk line and each target with its verdict', () => {
    const text = formatReport(withTargets(figures()));
    expect(text).toContain('sqlite');
    expect(text).toMatch(/GET \/dashboard\s+900\s+1\.0\s+3\.0\s+0\.090\s+0\.450/);
    expect(text).toMatch(/GET \/statement\s+100000\s+10\s+120\.0/);
    expect(text).toContain('10000 invitations queued in 4.20 s');
    expect(text).toMatch(/invoice PDF median\s+16\.0 ms\s+<= 15 ms\s+FAIL/);
    expect(text).toMatch(/outbox sending rate\s+300\.0 mails\/s\s+>= 200 mails\/s\s+pass/);
  });
});
