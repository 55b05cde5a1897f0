import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { i18n as I18n } from 'i18next';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { PortalPage, SignedIn, testMe } from '../../../test/portal.tsx';
import { createTestI18n, renderWithProviders } from '../../../test/providers.tsx';
import { errorMessage, fieldMessage } from '../../lib/errors.ts';
import en from '../../locales/en.json';
import { PasswordSection } from './PasswordSection.tsx';

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

function stubAnswer(answer: Response) {
  const bodies: unknown[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (request: Request) => {
      bodies.push(JSON.parse(await request.text()));
      return answer;
    }),
  );
  return bodies;
}

let i18n: I18n;
beforeAll(async () => {
  i18n = await createTestI18n(en);
});
afterEach(() => vi.unstubAllGlobals());

function renderSection() {
  renderWithProviders(
    <PortalPage address="/account">
      <SignedIn me={testMe()}>
        <PasswordSection />
      </SignedIn>
    </PortalPage>,
    { i18n, errorMessage, fieldMessage },
  );
}

async function fill(user: ReturnType<typeof userEvent.setup>, current: string, password: string, confirmation = password) {
  if (current) await user.type(await screen.findByLabelText(new RegExp(en.account.currentPassword)), current);
  await user.type(screen.getByLabelText(new RegExp(`^${en.password.new}`)), password);
  await user.type(screen.getByLabelText(new RegExp(en.password.confirm)), confirmation);
  await user.click(screen.getByRole('button', { name: en.account.changePassword }));
}

const errorOf = (label: string) => {
  const input = screen.getByLabelText(new RegExp(`^${label}`));
  return input.getAttribute('aria-invalid') === 'true' ? document.getElementById(`${input.id}-error`)?.textContent : undefined;
};

describe('changing the password', () => {
  it('sends nothing until the current password is given and the new one is strong and confirmed', async () => {
    const user = userEvent.setup();
    const bodies = stubAnswer(json(200, testMe()));
    renderSection();
    await fill(user, '', 'password123', 'password12');
    expect(errorOf(en.account.currentPassword)).toBe(en.common.required);
    expect(errorOf(en.password.new)).toBe(en.password.tooWeak);
    expect(errorOf(en.password.confirm)).toBe(en.password.mismatch);
    expect(bodies).toEqual([]);
  });

  it('sends the current and the new password, then empties the form and says so', async () => {
    const user = userEvent.setup();
    const bodies = stubAnswer(json(200, testMe()));
    renderSection();
    await fill(user, 'old secret', 'correct horse battery');
    expect(await screen.findByText(en.account.passwordChanged)).toBeTruthy();
    expect(bodies).toEqual([{ current_password: 'old secret', new_password: 'correct horse battery' }]);
    expect((screen.getByLabelText(new RegExp(en.account.currentPassword)) as HTMLInputElement).value).toBe('');
  });

  it('says a wrong current password on its field, not above the form', async () => {
    const user = userEvent.setup();
    stubAnswer(json(401, { error: { code: 'INVALID_CREDENTIALS', message: 'Invalid credentials' } }));
    renderSection();
    await fill(user, 'not it', 'correct horse battery');
    await waitFor(() => expect(errorOf(en.account.currentPassword)).toBe(en.account.currentPasswordWrong));
    expect(screen.getByRole('alert').textContent).toBe('');
  });

  it('says a password on the server’s list on the new-password field, and the server’s field issues where they belong', async () => {
    const user = userEvent.setup();
    stubAnswer(json(422, { error: { code: 'WEAK_PASSWORD', message: 'Too common' } }));
    renderSection();
    await fill(user, 'old secret', 'correct horse battery');
    await waitFor(() => expect(errorOf(en.password.new)).toBe(en.errors.WEAK_PASSWORD));

    stubAnswer(json(400, { error: { code: 'VALIDATION_FAILED', message: 'Invalid', details: [{ field: 'current_password', code: 'wrong_password', params: {}, message: 'is wrong' }] } }));
    await user.click(screen.getByRole('button', { name: en.account.changePassword }));
    await waitFor(() => expect(errorOf(en.account.currentPassword)).toBe(en.fieldErrors.wrong_password));
  });
});
