import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/components/Button.tsx';
import { TextInput } from '../../ui/components/Field.tsx';
import { Notice } from '../../ui/components/Feedback.tsx';
import { FormAlert } from './Feedback.tsx';
import { errorMessage } from '../lib/errors.ts';

interface Props {
  intro: string;
  submitLabel: string;
  sentMessage: (email: string) => string;
  send: (email: string) => Promise<unknown>;
  footer?: ReactNode;
}

/**
 * Asks for an email address and sends a link to it. The answer is the same whether or not the
 * address has an account, so the page says so in the same words either way.
 */
export function EmailRequestForm({ intro, submitLabel, sentMessage, send, footer }: Props) {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [sentTo, setSentTo] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await send(email);
      setSentTo(email);
    } catch (caught) {
      setError(errorMessage(t, caught));
    } finally {
      setBusy(false);
    }
  }

  if (sentTo) {
    return (
      <>
        <Notice tone="success">{sentMessage(sentTo)}</Notice>
        <p className="ui-muted">{t('emailRequest.checkSpam')}</p>
        {footer}
      </>
    );
  }
  return (
    <>
      <p>{intro}</p>
      <form onSubmit={submit} className="p-form">
        <FormAlert message={error} />
        <TextInput label={t('common.email')} type="email" autoComplete="email" required value={email} onChange={(e) => setEmail(e.target.value)} />
        <Button variant="primary" type="submit" busy={busy} className="p-button--block">
          {submitLabel}
        </Button>
      </form>
      {footer}
    </>
  );
}
