import { Fragment, type ReactNode } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { portalEventTypes } from '../../../../contract/portal.ts';
import { FormCheckbox, FormSelect } from '../../../ui/forms/fields.tsx';
import type { SectionProps } from './PortalSettingsPage.tsx';
import { eventField, reviewPeriods, type BooleanSetting } from './settings-form.ts';

/** `after`: what a toggle brings with it, shown right under it (the review period under allow reviews). */
function Toggles({ id, title, fields, form, after = {} }: SectionProps & { id: string; title: string; fields: BooleanSetting[]; after?: Partial<Record<BooleanSetting, ReactNode>> }) {
  const { t } = useTranslation();
  return (
    <section className="ui-card" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {fields.map((field) => (
        <Fragment key={field}>
          <FormCheckbox control={form.control} name={field} label={t(`settings.${field}`)} hint={t(`settings.${field}Hint`, { defaultValue: '' }) || undefined} />
          {after[field]}
        </Fragment>
      ))}
    </section>
  );
}

/** How often a contact may review: shown while reviews are allowed (the value is kept, and saved, either way). */
function ReviewPeriodField({ form }: SectionProps) {
  const { t } = useTranslation();
  const allowed = useWatch({ control: form.control, name: 'allow_reviews' });
  if (!allowed) return null;
  return (
    <FormSelect
      control={form.control}
      name="review_period"
      label={t('settings.review_period')}
      hint={t('settings.review_periodHint')}
      options={reviewPeriods.map((period) => ({ value: period, label: t(`settings.reviewPeriods.${period}`) }))}
      fieldClassName="admin-settings__nested"
    />
  );
}

export function AccessSection(props: SectionProps) {
  const { t } = useTranslation();
  return <Toggles {...props} id="settings-access" title={t('settings.access')} fields={['require_two_factor', 'allow_self_signup']} />;
}

export function FeaturesSection(props: SectionProps) {
  const { t } = useTranslation();
  return (
    <Toggles
      {...props}
      id="settings-features"
      title={t('settings.features')}
      fields={[
        'allow_forwarding',
        'allow_edit_own_info',
        'gravatar_enabled',
        'show_sales_orders',
        'confirm_portal_orders',
        'show_projects',
        'allow_time_entry_approval',
        'allow_reviews',
        'email_customers_on_staff_comment',
        'block_payment_while_pending',
        'auto_enable_portal_for_subscriptions',
      ]}
      after={{ allow_reviews: <ReviewPeriodField form={props.form} /> }}
    />
  );
}

/** Per event type, whether staff also get an email (in-app notifications are always on). */
export function StaffEmailSection({ form }: SectionProps) {
  const { t } = useTranslation();
  return (
    <section className="ui-card" aria-labelledby="settings-staff-email">
      <h2 id="settings-staff-email">{t('settings.staffEmails')}</h2>
      <p className="ui-muted">{t('settings.staffEmailsIntro')}</p>
      {portalEventTypes.map((type) => (
        <FormCheckbox key={type} control={form.control} name={`staff_emails.${eventField(type)}`} label={t(`notifications.events.${type}`)} />
      ))}
    </section>
  );
}
