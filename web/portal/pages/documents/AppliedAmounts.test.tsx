import { screen, within } from '@testing-library/react';
import type { i18n as I18n } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { PortalPage } from '../../../test/portal.tsx';
import { createTestI18n, renderWithProviders } from '../../../test/providers.tsx';
import en from '../../locales/en.json';
import { AppliedAmounts } from './AppliedAmounts.tsx';
import type { DocumentDetail } from './queries.ts';

let i18n: I18n;
beforeAll(async () => {
  i18n = await createTestI18n(en);
});

describe('what was paid on an invoice', () => {
  it('shows the refunded part of each payment beside what it paid', () => {
    const doc = {
      currency: 'USD',
      payments: [
        { id: 'p1', number: 'PAY-1', paid_on: '2026-11-02', amount_minor: 6_000, refunded_minor: 2_500 },
        { id: 'p2', number: 'PAY-2', paid_on: '2026-11-03', amount_minor: 1_000, refunded_minor: 0 },
      ],
      credits: [],
      applications: [],
    } as Partial<DocumentDetail> as DocumentDetail;
    renderWithProviders(
      <PortalPage address="/invoices/i1">
        <AppliedAmounts doc={doc} />
      </PortalPage>,
      { i18n },
    );
    const [refunded, whole] = within(screen.getByRole('region', { name: en.docs.paymentsApplied })).getAllByRole('listitem');
    expect(refunded!.textContent).toContain('$60.00');
    expect(refunded!.textContent).toContain('$25.00 refunded');
    expect(whole!.textContent).not.toContain('refunded');
  });
});
