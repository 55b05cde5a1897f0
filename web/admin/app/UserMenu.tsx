import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Button, useToast } from '../../ui/components/index.ts';
import { isUiLanguage, uiLanguages, type UiLanguage } from '../../ui/i18n.ts';
import { languageName } from '../../ui/format.ts';
import { useApiMutation } from '../../ui/query/mutations.ts';
import { errorMessage } from '../lib/errors.ts';
import { rememberLanguage } from '../lib/i18n.ts';
import { fetchDigestPreference, reportKeys, saveDigestPreference, type DigestPreference } from '../pages/reports/queries.ts';
import { saveLanguage } from './session-queries.ts';
import { useSession, useSessionState } from './SessionContext.tsx';
import { useDisclosure } from './useDisclosure.ts';

/** Who is signed in, the interface language (saved for the staff member: notifications and emails follow it) and sign-out. */
export function UserMenu() {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const { signOut, adopt } = useSessionState();
  const toast = useToast();
  const { open, setOpen, containerRef, buttonRef } = useDisclosure<HTMLDivElement>();

  // Saved for the staff member; the answer is who they are now.
  const save = useApiMutation({
    mutationFn: saveLanguage,
    onSuccess: (user) => adopt({ ...session, user }),
    onError: (failure) => toast.show(errorMessage(t, failure), 'danger'),
  });
  // The staff member's own activity digest email: read when the menu opens.
  const queryClient = useQueryClient();
  const digest = useQuery({ queryKey: reportKeys.digest, queryFn: ({ signal }) => fetchDigestPreference(signal), enabled: open });
  const saveDigest = useApiMutation({
    mutationFn: saveDigestPreference,
    onSuccess: (preference) => {
      queryClient.setQueryData(reportKeys.digest, preference);
      toast.show(t('activityReport.digestSaved'), 'success');
    },
    onError: (failure) => toast.show(errorMessage(t, failure), 'danger'),
  });
  const changeLanguage = (language: UiLanguage) => {
    rememberLanguage(language);
    void i18n.changeLanguage(language);
    save.mutate(language);
  };
  return (
    <div className="admin-popup" ref={containerRef}>
      <button ref={buttonRef} type="button" className="admin-user" aria-expanded={open} aria-controls="admin-user-panel" onClick={() => setOpen(!open)}>
        <span className="admin-user__avatar" aria-hidden="true">
          {session.user.name.slice(0, 1).toUpperCase()}
        </span>
        <span className="admin-user__name">{session.user.name}</span>
      </button>
      {open ? (
        <div id="admin-user-panel" className="admin-popup__panel admin-user__panel">
          <p className="admin-user__who">
            <strong>{session.user.name}</strong>
            <br />
            <span className="ui-muted ui-small">{session.user.email}</span>
            <br />
            <span className="ui-muted ui-small">{t(`roles.${session.user.role}`)}</span>
          </p>
          <label className="ui-field__label" htmlFor="admin-language">
            {t('shell.language')}
          </label>
          <select
            id="admin-language"
            className="ui-input ui-select"
            value={i18n.resolvedLanguage ?? 'en'}
            onChange={(event) => {
              const language = event.target.value;
              if (isUiLanguage(language)) changeLanguage(language);
            }}
          >
            {uiLanguages.map((language) => (
              <option key={language} value={language} lang={language}>
                {languageName(language)}
              </option>
            ))}
          </select>
          <label className="ui-field__label" htmlFor="admin-activity-digest">
            {t('activityReport.digestLabel')}
          </label>
          <select
            id="admin-activity-digest"
            className="ui-input ui-select"
            aria-describedby="admin-activity-digest-hint"
            value={digest.data?.activity_digest ?? 'off'}
            disabled={!digest.data || saveDigest.isPending}
            onChange={(event) => saveDigest.mutate(event.target.value as DigestPreference['activity_digest'])}
          >
            <option value="off">{t('activityReport.digestOff')}</option>
            <option value="daily">{t('activityReport.digestDaily')}</option>
            <option value="weekly">{t('activityReport.digestWeekly')}</option>
          </select>
          <p id="admin-activity-digest-hint" className="ui-muted ui-small">
            {t('activityReport.digestHint')}
          </p>
          <Button className="admin-user__signout" onClick={() => void signOut()}>
            {t('shell.signOut')}
          </Button>
        </div>
      ) : null}
    </div>
  );
}
