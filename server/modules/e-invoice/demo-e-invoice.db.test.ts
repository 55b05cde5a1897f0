import { expect } from 'vitest';
import { checkEn16931 } from '../../einvoice/en16931-rules.ts';
import { validateUbl } from '../../einvoice/xsd-validation.ts';
import { demoStaff, seedDemoIfEmpty } from '../../seed/demo.ts';
import { describeOnEachDialect } from '../../test/fixture.ts';
import { TestClient } from '../../test/http-client.ts';

describeOnEachDialect('e-invoices of the demo', (it) => {
  it('writes every sent demo invoice and credit note as UBL that validates, with the document’s totals to the minor unit', async ({ t, ip }) => {
    await seedDemoIfEmpty(t.ctx);
    const staff = new TestClient(t.app, ip);
    expect((await staff.post('/api/v1/session', { email: demoStaff.email, password: demoStaff.password })).statusCode).toBe(200);
    let checked = 0;
    for (const path of ['invoices', 'credit-notes'] as const) {
      const documents = (await staff.get(`/api/v1/${path}?limit=100`)).json().data as { id: string; status: string }[];
      for (const { id } of documents.filter((document) => document.status !== 'draft' && document.status !== 'void').slice(0, 6)) {
        const stored = (await staff.get(`/api/v1/${path}/${id}`)).json();
        const response = await staff.get(`/api/v1/${path}/${id}/e-invoice?format=ubl`);
        expect(response.statusCode).toBe(200);
        expect(await validateUbl(response.body), stored.number).toEqual({ valid: true, errors: [] });
        const { figures, violations } = checkEn16931(response.body);
        // The demo's customers have no billing address: only the buyer's country (BR-11) is missing.
        expect(violations.filter((rule) => rule !== 'BR-11'), stored.number).toEqual([]);
        expect(figures.currency).toBe(stored.currency);
        expect(figures.lineExtension).toBe(BigInt(stored.subtotal_minor - stored.discount_minor));
        expect(figures.tax).toBe(BigInt(stored.tax_minor));
        expect(figures.taxInclusive).toBe(BigInt(stored.total_minor));
        expect(figures.payable).toBe(BigInt(path === 'credit-notes' ? stored.total_minor : stored.balance_minor));
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(3);
  }, 120_000);
});
