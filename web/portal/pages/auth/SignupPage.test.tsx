import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { i18n as I18n } from 'i18next';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { PortalPage } from '../../../test/portal.tsx';
import { createTestI18n, renderWithProviders } from '../../../test/providers.tsx';
import { errorMessage, fieldMessage } from '../../lib/errors.ts';
import en from '../../locales/en.json';
import { SignupPage } from './SignupPage.tsx';

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

function stubAnswer(answer: () => Response) {
  const bodies: unknown[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (request: Request) => {
      bodies.push(JSON.parse(await request.text()));
      return answer();
    }),
  );
  return bodies;
}

let i18n: I18n;
beforeAll(async () => {
  i18n = await createTestI18n(en);
});
afterEach(() => vi.unstubAllGlobals());

const field = (label: string) => screen.getByLabelText(new RegExp(`^${label}`));
const errorOf = (label: string) => document.getElementById(`${field(label).id}-error`)?.textContent;

async function fillAndSend(user: ReturnType<typeof userEvent.setup>) {
  await user.type(field(en.signup.company), ' Globex ');
  await user.type(field(en.profile.firstName), 'Hank');
  await user.type(field(en.common.email), 'hank@globex.test');
  await user.type(field(en.common.password), 'correct horse battery');
  await user.type(field(en.password.confirm), 'correct horse battery');
  await user.click(screen.getByRole('button', { name: en.signup.submit }));
}

describe('signing up', () => {
  it('names the missing fields and sends nothing', async () => {
    const user = userEvent.setup();
    const bodies = stubAnswer(() => json(202, {}));
    renderWithProviders(<PortalPage address="/signup"><SignupPage /></PortalPage>, { i18n, errorMessage, fieldMessage });
    await user.click(await screen.findByRole('button', { name: en.signup.submit }));
    expect(errorOf(en.signup.company)).toBe(en.common.required);
    expect(errorOf(en.profile.firstName)).toBe(en.common.required);
    expect(errorOf(en.common.email)).toBe(en.common.required);
    expect(errorOf(en.common.password)).toBe(en.password.tooWeak);
    expect(bodies).toEqual([]);
  });

  it('sends the request without the confirmation and says where the confirmation went', async () => {
    const user = userEvent.setup();
    const bodies = stubAnswer(() => json(202, {}));
    renderWithProviders(<PortalPage address="/signup"><SignupPage /></PortalPage>, { i18n, errorMessage, fieldMessage });
    await fillAndSend(user);
    expect(await screen.findByText(en.signup.sent.replace('{{email}}', 'hank@globex.test'))).toBeTruthy();
    expect(bodies).toEqual([{ company_name: 'Globex', first_name: 'Hank', email: 'hank@globex.test', password: 'correct horse battery', language: 'en' }]);
  });

  it('puts the server’s refusal of a field on that field', async () => {
    const user = userEvent.setup();
    stubAnswer(() => json(400, { error: { code: 'VALIDATION_FAILED', message: 'Invalid', details: [{ field: 'email', code: 'invalid_format', params: { format: 'email' }, message: 'must be an email' }] } }));
    renderWithProviders(<PortalPage address="/signup"><SignupPage /></PortalPage>, { i18n, errorMessage, fieldMessage });
    await fillAndSend(user);
    await waitFor(() => expect(field(en.common.email).getAttribute('aria-invalid')).toBe('true'));
    expect(errorOf(en.common.email)).toBe(fieldMessage(i18n.t, { field: 'email', code: 'invalid_format', params: { format: 'email' }, message: 'must be an email' }));
    expect(document.activeElement).toBe(field(en.common.email));
  });
});
