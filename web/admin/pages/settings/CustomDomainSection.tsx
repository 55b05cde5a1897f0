import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, DateText, ErrorState, Notice, Spinner, StatusBadge, TextInput, type Tone } from '../../../ui/components/index.ts';
import { useApiMutation } from '../../../ui/query/mutations.ts';
import { errorMessage } from '../../lib/errors.ts';
import { customDomainKeys, fetchCustomDomain, portalSettingsKeys, saveCustomDomain, verifyCustomDomain, type CustomDomain } from './queries.ts';

const statusTone: Record<CustomDomain['status'], Tone> = { none: 'neutral', pending: 'warning', verified: 'success', failed: 'danger' };

/**
 * The portal on the business's own host name: the domain, the DNS records to publish (a CNAME to
 * Portico's host and the TXT record proving ownership), and the verification that turns routing on.
 */
export function CustomDomainSection() {
  const { t } = useTranslation();
  const current = useQuery({ queryKey: customDomainKeys.all, queryFn: ({ signal }) => fetchCustomDomain(signal) });
  return (
    <section className="ui-card" aria-labelledby="settings-custom-domain">
      <h2 id="settings-custom-domain">{t('settings.customDomain.title')}</h2>
      <p className="ui-muted">{t('settings.customDomain.intro')}</p>
      {current.isPending ? <Spinner label={t('settings.loading')} /> : null}
      {current.isError ? <ErrorState title={t('settings.loadFailed')} message={errorMessage(t, current.error)} retryLabel={t('common.retry')} onRetry={() => void current.refetch()} /> : null}
      {current.data ? <CustomDomainForm domain={current.data} /> : null}
    </section>
  );
}

function CustomDomainForm({ domain }: { domain: CustomDomain }) {
  const { t } = useTranslation();
  const [value, setValue] = useState(domain.custom_domain ?? '');
  // The portal's address in the settings follows a verified domain.
  const save = useApiMutation({
    mutationFn: (next: string | null) => saveCustomDomain(next),
    onSuccess: (updated, _next, _result, { client }) => client.setQueryData(customDomainKeys.all, updated),
    invalidates: [portalSettingsKeys.all],
  });
  const verify = useApiMutation({
    mutationFn: () => verifyCustomDomain(),
    onSuccess: (updated, _none, _result, { client }) => client.setQueryData(customDomainKeys.all, updated),
    invalidates: [portalSettingsKeys.all],
  });
  const record = domain.verification_record;
  return (
    <div className="admin-custom-domain">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          verify.reset();
          save.mutate(value.trim() === '' ? null : value.trim());
        }}
      >
        <TextInput
          label={t('settings.customDomain.domain')}
          hint={t('settings.customDomain.domainHint')}
          value={value}
          onChange={(event) => setValue(event.target.value)}
          placeholder="portal.example.com"
          spellCheck={false}
          autoCapitalize="none"
          error={save.error ? errorMessage(t, save.error) : undefined}
        />
        <Button type="submit" busy={save.isPending}>
          {t('settings.customDomain.save')}
        </Button>
      </form>
      <p>
        {t('settings.customDomain.status')}: <StatusBadge tone={statusTone[domain.status]}>{t(`settings.customDomain.statuses.${domain.status}`)}</StatusBadge>
        {domain.verified_at ? (
          <>
            {' '}
            <DateText value={domain.verified_at} kind="date" />
          </>
        ) : null}
      </p>
      {domain.failure ? <Notice tone={domain.status === 'verified' ? 'warning' : 'danger'}>{t(`settings.customDomain.failures.${domain.failure}`)}</Notice> : null}
      {record && domain.custom_domain ? (
        <>
          <p>{t('settings.customDomain.recordsIntro')}</p>
          <table className="ui-table">
            <caption className="ui-visually-hidden">{t('settings.customDomain.records')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('settings.customDomain.type')}</th>
                <th scope="col">{t('settings.customDomain.name')}</th>
                <th scope="col">{t('settings.customDomain.value')}</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <td>CNAME</td>
                <td>
                  <code>{domain.custom_domain}</code>
                </td>
                <td>
                  <code>{domain.cname_target}</code>
                </td>
              </tr>
              <tr>
                <td>{record.type}</td>
                <td>
                  <code>{record.name}</code>
                </td>
                <td>
                  <code>{record.value}</code>
                </td>
              </tr>
            </tbody>
          </table>
          <p className="ui-muted">{t('settings.customDomain.tlsHint')}</p>
          <Button
            onClick={() => {
              save.reset();
              verify.mutate();
            }}
            busy={verify.isPending}
          >
            {t('settings.customDomain.verify')}
          </Button>
        </>
      ) : null}
      <p>
        {t('settings.customDomain.portalUrl')}: <a href={domain.portal_url}>{domain.portal_url}</a>
      </p>
      {verify.error && !save.error ? <Notice tone="danger">{errorMessage(t, verify.error)}</Notice> : null}
    </div>
  );
}
