import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Checkbox, Dialog, Notice, StatusBadge, type Tone } from '../../../ui/components/index.ts';
import { api } from '../../lib/client.ts';
import { errorMessage } from '../../lib/errors.ts';
import type { Customer, PortalAccessOutcome, PortalAccessResult } from '../../lib/types.ts';

const tones: Record<PortalAccessOutcome, Tone> = { invited: 'success', disabled: 'warning', unchanged: 'neutral', refused: 'danger' };

interface ConfigurePortalDialogProps {
  open: boolean;
  customer: Customer;
  onClose: () => void;
  onChanged: () => void;
}

/** The set of contacts with portal access: new ones are invited, removed ones lose access at once. */
export function ConfigurePortalDialog({ open, customer, onClose, onChanged }: ConfigurePortalDialogProps) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [results, setResults] = useState<PortalAccessResult[]>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  // Reset when the dialog opens only: the customer reloads after a save, and the results must stay.
  const customerRef = useRef(customer);
  customerRef.current = customer;
  useEffect(() => {
    if (!open) return;
    setChosen(new Set(customerRef.current.contact_persons.filter((c) => c.portal.enabled).map((c) => c.id)));
    setResults(undefined);
    setError(undefined);
  }, [open]);

  const save = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const answer = await api.put<{ results: PortalAccessResult[] }>(`/customers/${customer.id}/portal-access`, { contact_person_ids: [...chosen] });
      setResults(answer.results);
      onChanged();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  const nameOf = (id: string) => customer.contact_persons.find((c) => c.id === id)?.name ?? id;
  return (
    <Dialog
      open={open}
      title={t('portalAccess.title', { name: customer.display_name })}
      onClose={onClose}
      closeLabel={t('common.close')}
      size="wide"
      footer={
        results ? (
          <Button variant="primary" onClick={onClose}>
            {t('common.done')}
          </Button>
        ) : (
          <>
            <Button onClick={onClose}>{t('common.cancel')}</Button>
            <Button variant="primary" busy={busy} onClick={() => void save()} disabled={customer.contact_persons.length === 0}>
              {t('portalAccess.save')}
            </Button>
          </>
        )
      }
    >
      {error ? <Notice tone="danger">{errorMessage(t, error)}</Notice> : null}
      {results ? (
        <div role="status">
          <p>{t('portalAccess.resultsIntro')}</p>
          <ul className="admin-result-list">
            {results.map((result) => (
              <li key={result.contact_person_id}>
                <strong>{nameOf(result.contact_person_id)}</strong> <StatusBadge tone={tones[result.outcome]}>{t(`portalAccess.outcome.${result.outcome}`)}</StatusBadge>
                {result.reason_code || result.reason ? <div className="ui-small ui-muted">{result.reason_code ? t(`portalAccess.reasons.${result.reason_code}`) : result.reason}</div> : null}
              </li>
            ))}
          </ul>
        </div>
      ) : customer.contact_persons.length === 0 ? (
        <p>{t('portalAccess.noContacts')}</p>
      ) : (
        <fieldset className="ui-fieldset">
          <legend>{t('portalAccess.legend')}</legend>
          {customer.contact_persons.map((contact) => (
            <Checkbox
              key={contact.id}
              label={contact.email ? `${contact.name} · ${contact.email}` : contact.name}
              hint={contact.email ? undefined : t('portalAccess.noEmailHint')}
              checked={chosen.has(contact.id)}
              onChange={(event) => {
                const next = new Set(chosen);
                if (event.target.checked) next.add(contact.id);
                else next.delete(contact.id);
                setChosen(next);
              }}
            />
          ))}
          <p className="ui-muted ui-small">{t('portalAccess.explain')}</p>
        </fieldset>
      )}
    </Dialog>
  );
}
