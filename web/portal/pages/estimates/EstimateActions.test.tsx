import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { i18n as I18n } from 'i18next';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { PortalPage, SignedIn, testMe } from '../../../test/portal.tsx';
import { createTestI18n, renderWithProviders } from '../../../test/providers.tsx';
import en from '../../locales/en.json';
import type { DocumentDetail } from '../documents/queries.ts';
import { EstimateActions } from './EstimateActions.tsx';

// What the actions read of an estimate; the rest of the detail does not matter here.
const estimate = (patch: Partial<DocumentDetail> = {}) => ({ id: 'est-1', kind: 'estimate', number: 'EST-007', status: 'sent', expiry_date: null, version: 3, ...patch }) as DocumentDetail;

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/** The portal API: each request recorded with its body, answered by the first matching route. */
function stubApi(answer: (method: string, path: string) => Response) {
  const requests: { method: string; path: string; body: unknown }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (request: Request) => {
      const path = new URL(request.url).pathname.replace(/^.*\/api/, '');
      const text = await request.text();
      requests.push({ method: request.method, path, body: text ? JSON.parse(text) : undefined });
      return answer(request.method, path);
    }),
  );
  return requests;
}

let i18n: I18n;
beforeAll(async () => {
  i18n = await createTestI18n(en);
});
afterEach(() => vi.unstubAllGlobals());

function renderActions(doc: DocumentDetail, handlers: { onDecided?: () => void; onStale?: (doc: DocumentDetail, message: string) => void } = {}) {
  return renderWithProviders(
    <PortalPage address="/estimates/est-1">
      <SignedIn me={testMe()}>
        <EstimateActions doc={doc} onDecided={handlers.onDecided ?? vi.fn()} onStale={handlers.onStale ?? vi.fn()} />
      </SignedIn>
    </PortalPage>,
    { i18n },
  );
}

describe('answering an estimate', () => {
  it('sends the version the contact saw with the acceptance and the name given', async () => {
    const user = userEvent.setup();
    const onDecided = vi.fn();
    const requests = stubApi(() => json(200, estimate({ status: 'accepted', version: 4 })));
    renderActions(estimate(), { onDecided });
    await user.click(await screen.findByRole('button', { name: en.estimates.accept }));
    await user.click(await screen.findByRole('button', { name: en.estimates.confirm.accept }));
    await waitFor(() => expect(onDecided).toHaveBeenCalledWith('accept'));
    expect(requests[0]).toEqual({ method: 'POST', path: '/estimates/est-1/accept', body: { name: 'Ada Lovelace', version: 3 } });
  });

  it('sends the version with a decline and its reason', async () => {
    const user = userEvent.setup();
    const requests = stubApi(() => json(200, estimate({ status: 'declined', version: 4 })));
    renderActions(estimate());
    await user.click(await screen.findByRole('button', { name: en.estimates.decline }));
    await user.type(await screen.findByLabelText(new RegExp(en.estimates.declineReason)), '  Too expensive ');
    await user.click(screen.getByRole('button', { name: en.estimates.confirm.decline }));
    await waitFor(() => expect(requests).toHaveLength(1));
    expect(requests[0]).toMatchObject({ path: '/estimates/est-1/decline', body: { reason: 'Too expensive', version: 3 } });
  });

  it('after a stale version, reloads the estimate, says in the dialog that it changed, and shows the new one once closed', async () => {
    const user = userEvent.setup();
    const onStale = vi.fn();
    const fresh = estimate({ version: 4 });
    const requests = stubApi((method) =>
      method === 'POST' ? json(409, { error: { code: 'STALE_VERSION', message: 'The document changed since it was read' } }) : json(200, fresh),
    );
    renderActions(estimate(), { onStale });
    await user.click(await screen.findByRole('button', { name: en.estimates.requestChanges }));
    await user.type(await screen.findByLabelText(new RegExp(en.estimates.changesMessage)), 'Please add delivery');
    await user.click(screen.getByRole('button', { name: en.estimates.confirm.changes }));

    expect(await screen.findByText(en.estimates.conflict.changed)).toBeTruthy();
    expect(requests.map((request) => `${request.method} ${request.path}`)).toEqual(['POST /estimates/est-1/request-changes', 'GET /estimates/est-1']);
    expect(requests[0]?.body).toEqual({ message: 'Please add delivery', version: 3 });
    expect(onStale).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: en.common.cancel }));
    expect(onStale).toHaveBeenCalledWith(fresh, en.estimates.conflict.changed);
  });
});
