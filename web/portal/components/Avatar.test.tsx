import { fireEvent, render, screen } from '@testing-library/react';
import type { i18n as I18n } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { I18nextProvider } from 'react-i18next';
import { PortalPage, SignedIn, testMe } from '../../test/portal.tsx';
import { createTestI18n, renderWithProviders } from '../../test/providers.tsx';
import { errorMessage, fieldMessage } from '../lib/errors.ts';
import en from '../locales/en.json';
import { ProfileSection } from '../pages/account/ProfileSection.tsx';
import { Avatar } from './Avatar.tsx';

let i18n: I18n;
beforeAll(async () => {
  i18n = await createTestI18n(en);
});

const avatarPath = '/portal/acme/api/avatars/0123456789abcdef0123456789abcdef';

describe('the contact’s avatar', () => {
  it('shows the picture Portico serves, and the initials when it answers 404', () => {
    render(
      <I18nextProvider i18n={i18n}>
        <Avatar url={avatarPath} name="Ada Lovelace" size={32} />
      </I18nextProvider>,
    );
    const picture = screen.getByRole('img', { name: /Ada Lovelace/ });
    expect(picture.getAttribute('src')).toBe(avatarPath);
    fireEvent.error(picture);
    expect(screen.getByRole('img', { name: /Ada Lovelace/ }).textContent).toBe('AL');
  });

  it('shows the initials without asking for a picture when Gravatar is off', () => {
    const { container } = render(
      <I18nextProvider i18n={i18n}>
        <Avatar url={null} name="Ada Lovelace" size={32} />
      </I18nextProvider>,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByRole('img', { name: /Ada Lovelace/ }).textContent).toBe('AL');
  });

  it('on the account page, points to Gravatar only while the business uses it', async () => {
    const contact = testMe().contact;
    if (!contact) throw new Error('no contact');
    const view = renderWithProviders(
      <PortalPage address="/account">
        <SignedIn me={testMe({ contact: { ...contact, avatar_url: avatarPath } })}>
          <ProfileSection me={testMe({ contact: { ...contact, avatar_url: avatarPath } })} />
        </SignedIn>
      </PortalPage>,
      { i18n, errorMessage, fieldMessage },
    );
    expect(await screen.findByRole('link', { name: 'Change it on gravatar.com' })).toBeTruthy();
    view.unmount();

    renderWithProviders(
      <PortalPage address="/account">
        <SignedIn me={testMe({ contact: { ...contact, avatar_url: null } })}>
          <ProfileSection me={testMe({ contact: { ...contact, avatar_url: null } })} />
        </SignedIn>
      </PortalPage>,
      { i18n, errorMessage, fieldMessage },
    );
    await screen.findByText('Ada Lovelace', { selector: '.p-profile__name' });
    expect(screen.queryByRole('link', { name: 'Change it on gravatar.com' })).toBeNull();
    expect(document.querySelector('.p-profile img')).toBeNull();
  });
});
