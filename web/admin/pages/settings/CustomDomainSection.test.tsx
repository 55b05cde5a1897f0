import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { i18n as I18n } from 'i18next';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestI18n, renderWithProviders } from '../../../test/providers.tsx';
import { errorMessage, fieldMessage } from '../../lib/errors.ts';
import en from '../../locales/en.json';
import { CustomDomainSection } from './CustomDomainSection.tsx';

let i18n: I18n;
beforeAll(async () => {
  i18n = await createTestI18n(en);
});
afterEach(() => vi.unstubAllGlobals());

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

const none = {
  custom_domain: null,
  status: 'none',
  cname_target: 'portico.example',
  verification_record: null,
  verified_at: null,
  checked_at: null,
  failure: null,
  portal_url: 'https://portico.example/portal/acme',
};
const pending = {
  ...none,
  custom_domain: 'portal.acme.com',
  status: 'pending',
  verification_record: { type: 'TXT', name: '_portico-verify.portal.acme.com', value: 'portico-verify-abc123' },
};

function stubApi(answers: { put?: (body: Record<string, unknown>) => Response; verify?: () => Response }, initial: unknown = none) {
  const calls: { method: string; path: string; body?: unknown }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (request: Request) => {
      const path = new URL(request.url).pathname;
      if (request.method === 'PUT') {
        const body = (await request.json()) as Record<string, unknown>;
        calls.push({ method: 'PUT', path, body });
        return answers.put ? answers.put(body) : json(pending);
      }
      if (request.method === 'POST') {
        calls.push({ method: 'POST', path });
        return answers.verify ? answers.verify() : json(pending);
      }
      calls.push({ method: 'GET', path });
      return json(initial);
    }),
  );
  return calls;
}

describe('the custom domain section of the portal settings', () => {
  it('saves a domain and shows the CNAME and TXT records to publish', async () => {
    const calls = stubApi({});
    renderWithProviders(<CustomDomainSection />, { i18n, errorMessage, fieldMessage });
    expect(await screen.findByText('No custom domain')).toBeTruthy();
    await userEvent.type(screen.getByLabelText(/^Host name/), ' portal.acme.com ');
    await userEvent.click(screen.getByRole('button', { name: 'Save domain' }));
    expect(await screen.findByText('Waiting for verification')).toBeTruthy();
    expect(calls.find((call) => call.method === 'PUT')).toEqual({ method: 'PUT', path: '/api/v1/portal/custom-domain', body: { custom_domain: 'portal.acme.com' } });
    expect(screen.getByText('_portico-verify.portal.acme.com')).toBeTruthy();
    expect(screen.getByText('portico-verify-abc123')).toBeTruthy();
    expect(screen.getByText('portico.example')).toBeTruthy();
    expect(screen.getByText('CNAME')).toBeTruthy();
  });

  it('verifies and shows the outcome: the reason of a failure, then verified', async () => {
    let outcome: unknown = { ...pending, status: 'failed', failure: 'wrong_token', checked_at: '2026-12-04T10:00:00.000Z' };
    const calls = stubApi({ verify: () => json(outcome) }, pending);
    renderWithProviders(<CustomDomainSection />, { i18n, errorMessage, fieldMessage });
    await userEvent.click(await screen.findByRole('button', { name: 'Verify' }));
    expect(await screen.findByText('Verification failed')).toBeTruthy();
    expect(screen.getByText(/does not hold the value below/)).toBeTruthy();
    outcome = { ...pending, status: 'verified', verified_at: '2026-12-04T10:05:00.000Z', checked_at: '2026-12-04T10:05:00.000Z', portal_url: 'https://portal.acme.com' };
    await userEvent.click(screen.getByRole('button', { name: 'Verify' }));
    expect(await screen.findByText('Verified')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'https://portal.acme.com' })).toBeTruthy();
    expect(calls.filter((call) => call.method === 'POST').map((call) => call.path)).toEqual(['/api/v1/portal/custom-domain/verify', '/api/v1/portal/custom-domain/verify']);
  });

  it('shows the server’s field issue when the domain is taken', async () => {
    stubApi({ put: () => json({ error: { code: 'CONFLICT', message: 'custom_domain: taken', details: [{ field: 'custom_domain', code: 'taken', params: {}, message: 'is used by another organization' }] } }, 409) });
    renderWithProviders(<CustomDomainSection />, { i18n, errorMessage, fieldMessage });
    await userEvent.type(await screen.findByLabelText(/^Host name/), 'portal.acme.com');
    await userEvent.click(screen.getByRole('button', { name: 'Save domain' }));
    const input = screen.getByLabelText(/^Host name/);
    await vi.waitFor(() => expect(input.getAttribute('aria-invalid')).toBe('true'));
    expect((input as HTMLInputElement).value).toBe('portal.acme.com');
    expect(screen.getByText('No custom domain')).toBeTruthy();
  });
});
