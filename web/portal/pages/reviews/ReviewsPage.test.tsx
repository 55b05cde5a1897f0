import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { i18n as I18n } from 'i18next';
import { Route, Routes } from 'react-router';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { PortalPage, SignedIn, testMe } from '../../../test/portal.tsx';
import { createTestI18n, renderWithProviders } from '../../../test/providers.tsx';
import en from '../../locales/en.json';
import { failure, ok, stubServer } from '../pay/test-fixtures.ts';
import { ReviewsPage } from './ReviewsPage.tsx';

let i18n: I18n;
beforeAll(async () => {
  i18n = await createTestI18n(en);
});
afterEach(() => vi.unstubAllGlobals());

const earlier = { id: 'r0', rating: 4, body: 'Good work', period_key: '2026-Q3', reply: 'Thank you!', replied_at: '2026-08-02T10:00:00.000Z', created_at: '2026-08-01T10:00:00.000Z' };
const open = { can_review: true, period: 'quarter', period_key: '2026-Q4', next_period_starts: '2027-01-01', current: null, data: [earlier] };

function renderPage() {
  return renderWithProviders(
    <PortalPage address="/reviews">
      <SignedIn me={testMe({ allow_reviews: true })}>
        <Routes>
          <Route path="reviews" element={<ReviewsPage />} />
        </Routes>
      </SignedIn>
    </PortalPage>,
    { i18n },
  );
}

describe('the reviews page', () => {
  it('rates with a radio group of stars and sends the rating as a number', async () => {
    const server = stubServer([
      { method: 'GET', suffix: '/reviews', answer: ok(open) },
      { method: 'POST', suffix: '/reviews', answer: ok({ ...earlier, id: 'r1', rating: 5, body: 'Great', reply: null, replied_at: null, period_key: '2026-Q4' }, 201) },
    ]);
    renderPage();
    const group = await screen.findByRole('group', { name: 'Your rating' });
    expect(within(group).getAllByRole('radio')).toHaveLength(5);
    expect(screen.getByText('Thank you!')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Send review' }));
    expect(await screen.findByText('Choose 1 to 5 stars')).toBeTruthy();
    expect(server.to('/reviews', 'POST')).toHaveLength(0);

    await userEvent.click(within(group).getByRole('radio', { name: '5 stars' }));
    await userEvent.type(screen.getByRole('textbox', { name: /Your review/ }), 'Great');
    server.answer('GET', '/reviews', ok({ ...open, can_review: false }));
    await userEvent.click(screen.getByRole('button', { name: 'Send review' }));
    expect(server.to('/reviews', 'POST')[0]?.body).toEqual({ rating: 5, body: 'Great' });
    expect(await screen.findByText(/You can review us again from/)).toBeTruthy();
  });

  it('says so when the period was already reviewed', async () => {
    stubServer([
      { method: 'GET', suffix: '/reviews', answer: ok(open) },
      { method: 'POST', suffix: '/reviews', answer: failure(409, 'CONFLICT') },
    ]);
    renderPage();
    const group = await screen.findByRole('group', { name: 'Your rating' });
    await userEvent.click(within(group).getByRole('radio', { name: '1 star' }));
    await userEvent.type(screen.getByRole('textbox', { name: /Your review/ }), 'Meh');
    await userEvent.click(screen.getByRole('button', { name: 'Send review' }));
    expect(await screen.findByText('You have already reviewed us in this period. Thank you!')).toBeTruthy();
  });
});
