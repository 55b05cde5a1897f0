import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/components/Button.tsx';
import { useFormatters } from '../../../ui/locale.ts';
import { useMe } from '../../app/PortalContext.tsx';
import { can } from '../../lib/permissions.ts';
import { CancelDialog } from './CancelDialog.tsx';
import { ChangeDialog } from './ChangeDialog.tsx';
import { ConfirmActionDialog } from './ConfirmActionDialog.tsx';
import { convertTrial, reactivateSubscription, resumeSubscription, type SubscriptionDetail } from './queries.ts';
import { cancelTimings, offers, offersChange } from './subscription-status.ts';
import { ExtendTrialDialog, PauseDialog, PaymentMethodDialog } from './TrialAndPauseDialogs.tsx';
import { useSubscriptionWrite } from './useSubscriptionWrite.ts';

type Open = 'change' | 'cancel' | 'reactivate' | 'convert' | 'extend' | 'pause' | 'resume' | 'method' | null;

/**
 * The actions the business lets the contact take on this subscription now (the API's list when it
 * gives one); each opens a dialog that says what will happen and confirms it. The server decides
 * again: a refusal shows in the dialog and the page fetches the subscription anew.
 */
export function SubscriptionActions({ sub, announce }: { sub: SubscriptionDetail; announce: (message: string) => void }) {
  const { t } = useTranslation();
  const { calendarDate } = useFormatters();
  const me = useMe();
  const write = useSubscriptionWrite(sub.id);
  const [open, setOpen] = useState<Open>(null);
  const close = () => setOpen(null);
  const plan = sub.plan.name;
  const buttons: { id: Exclude<Open, null>; label: string; primary?: boolean; danger?: boolean }[] = [];
  if (offers(sub, 'convert_trial')) buttons.push({ id: 'convert', label: t('subscriptions.actions.convert'), primary: true });
  if (offers(sub, 'reactivate')) buttons.push({ id: 'reactivate', label: t('subscriptions.actions.reactivate'), primary: true });
  if (offers(sub, 'resume')) buttons.push({ id: 'resume', label: t('subscriptions.actions.resume'), primary: true });
  if (offersChange(sub)) buttons.push({ id: 'change', label: t('subscriptions.actions.change') });
  if (offers(sub, 'extend_trial')) buttons.push({ id: 'extend', label: t('subscriptions.actions.extend') });
  if (offers(sub, 'pause')) buttons.push({ id: 'pause', label: t('subscriptions.actions.pause') });
  if (offers(sub, 'change_payment_method') && can(me, 'pay')) buttons.push({ id: 'method', label: t('subscriptions.actions.paymentMethod') });
  if (cancelTimings(sub).length > 0) buttons.push({ id: 'cancel', label: t('subscriptions.actions.cancel'), danger: true });
  if (buttons.length === 0) return null;
  return (
    <>
      <div className="ui-button-row" role="group" aria-label={t('subscriptions.actions.label')}>
        {buttons.map((button) => (
          <Button key={button.id} variant={button.primary ? 'primary' : button.danger ? 'danger' : 'secondary'} onClick={() => setOpen(button.id)}>
            {button.label}
          </Button>
        ))}
      </div>
      {open === 'change' ? <ChangeDialog sub={sub} onDone={announce} onClose={close} /> : null}
      {open === 'cancel' ? <CancelDialog sub={sub} onDone={announce} onClose={close} /> : null}
      {open === 'extend' ? <ExtendTrialDialog sub={sub} onDone={announce} onClose={close} /> : null}
      {open === 'pause' ? <PauseDialog sub={sub} onDone={announce} onClose={close} /> : null}
      {open === 'method' ? <PaymentMethodDialog sub={sub} onDone={announce} onClose={close} /> : null}
      {open === 'reactivate' ? (
        <ConfirmActionDialog
          title={t('subscriptions.reactivate.title', { plan })}
          confirmLabel={t('subscriptions.actions.reactivate')}
          onClose={close}
          onConfirm={async () => {
            await write(() => reactivateSubscription(sub));
            announce(t('subscriptions.reactivate.done', { plan }));
          }}
        >
          <p>{sub.ends_on ? t('subscriptions.reactivate.explainDate', { date: calendarDate(sub.ends_on) }) : t('subscriptions.reactivate.explain')}</p>
        </ConfirmActionDialog>
      ) : null}
      {open === 'convert' ? (
        <ConfirmActionDialog
          title={t('subscriptions.convert.title', { plan })}
          confirmLabel={t('subscriptions.actions.convert')}
          onClose={close}
          onConfirm={async () => {
            await write(() => convertTrial(sub));
            announce(t('subscriptions.convert.done', { plan }));
          }}
        >
          <p>{sub.payment_method ? t('subscriptions.convert.explain') : t('subscriptions.convert.needsMethod')}</p>
        </ConfirmActionDialog>
      ) : null}
      {open === 'resume' ? (
        <ConfirmActionDialog
          title={t('subscriptions.resume.title', { plan })}
          confirmLabel={t('subscriptions.actions.resume')}
          onClose={close}
          onConfirm={async () => {
            await write(() => resumeSubscription(sub));
            announce(t('subscriptions.resume.done', { plan }));
          }}
        >
          <p>{t('subscriptions.resume.explain')}</p>
        </ConfirmActionDialog>
      ) : null}
    </>
  );
}
