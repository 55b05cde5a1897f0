import { useMutation } from '@tanstack/react-query';
import { useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/components/Button.tsx';
import { Checkbox, TextInput } from '../../../ui/components/Field.tsx';
import { FormAlert, Notice, StatusBadge } from '../../../ui/components/Feedback.tsx';
import { errorMessage } from '../../lib/errors.ts';
import { currentLanguage } from '../../lib/i18n.ts';
import { calendarDate, money } from '../../lib/money.ts';
import { CardEntryInvalid, type CardEntryHandle } from './card-entry.ts';
import { TestBankAccountFields, TestCardFields } from './NewMethodFields.tsx';
import { failureText as failureTextOf, methodName } from './PaymentOutcome.tsx';
import { hasDueNowChoice, paymentBody, planOf, type AmountProblem, type PaySelection, type PayRules } from './pay-plan.ts';
import { useIdempotentPayment } from './payment-submit.ts';
import type { AvailableCredit, PayableDocument, PaymentAttempt, PaymentBody, SavedMethod } from './queries.ts';
import { StripeCardEntry } from './StripeCardEntry.tsx';
import { TestNumbers } from './TestNumbers.tsx';

type MethodChoice = { kind: 'saved'; id: string } | { kind: 'card' } | { kind: 'bank_account' };

export interface PayFormProps {
  documents: PayableDocument[];
  credits: AvailableCredit[];
  savedMethods: SavedMethod[];
  methods: ('card' | 'bank_account')[];
  rules: PayRules;
  gateway: 'test' | 'stripe';
  /** Stripe Elements' key when the gateway is Stripe. */
  publishableKey?: string | null;
  testMode: boolean;
  initialSelection: PaySelection;
  /** A pay link pays its one document: no choice of documents, no saved methods, nothing saved. */
  single?: boolean;
  blocked?: boolean;
  send: (body: PaymentBody, idempotencyKey: string) => Promise<PaymentAttempt>;
  /** Every answer of the server, whatever its status (a refusal at the gateway included). */
  onAttempt: (attempt: PaymentAttempt) => void;
}

function firstMethod(saved: SavedMethod[], methods: PayFormProps['methods']): MethodChoice {
  const usable = saved.filter((method) => !method.expired);
  const preferred = usable.find((method) => method.is_default) ?? usable[0];
  if (preferred) return { kind: 'saved', id: preferred.id };
  return methods.includes('card') || methods.length === 0 ? { kind: 'card' } : { kind: 'bank_account' };
}

const amountProblemKeys: Record<AmountProblem, string> = {
  invalid: 'pay.amount.invalid',
  too_many_decimals: 'pay.amount.tooManyDecimals',
  zero: 'pay.amount.zero',
  above_balance: 'pay.amount.aboveBalance',
  below_minimum: 'pay.amount.belowMinimum',
};

/**
 * What to pay and how, and one button that says the amount. The card or account typed in goes to
 * the gateway for a token only when the button is pressed; a retry of the same payment (after a lost
 * connection) is sent again under the same Idempotency-Key.
 */
export function PayForm(props: PayFormProps) {
  const { t } = useTranslation();
  const { documents, credits, savedMethods, rules, gateway, single = false, blocked = false } = props;
  // A new bank account is typed into the test gateway's fields; with Stripe only cards are entered here.
  const methods = gateway === 'test' ? props.methods : props.methods.filter((type) => type === 'card');
  const locale = currentLanguage();
  const [selection, setSelection] = useState<PaySelection>(props.initialSelection);
  const [method, setMethod] = useState<MethodChoice>(() => firstMethod(single ? [] : savedMethods, methods));
  const [saveForLater, setSaveForLater] = useState(false);
  const [entryRevision, setEntryRevision] = useState(0);
  const [failure, setFailure] = useState<PaymentAttempt | undefined>();
  const entry = useRef<CardEntryHandle>(null);
  const plan = useMemo(() => planOf(documents, credits, selection, rules, locale), [documents, credits, selection, rules, locale]);
  const submitPayment = useIdempotentPayment(props.send);

  const pay = useMutation({
    mutationFn: async () => {
      const fingerprint = JSON.stringify({ selection, method, saveForLater, entry: method.kind === 'saved' ? 0 : entryRevision });
      return submitPayment(fingerprint, async () => {
        const paymentMethod = method.kind === 'saved' ? { saved_method_id: method.id } : { token: (await tokenOf(entry.current)).id };
        return paymentBody(plan, selection, rules, paymentMethod, method.kind !== 'saved' && saveForLater);
      });
    },
    onMutate: () => setFailure(undefined),
    onSuccess: (attempt) => {
      if (attempt.status === 'failed') setFailure(attempt);
      props.onAttempt(attempt);
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (pay.isPending || plan.empty || plan.amountProblem || blocked) return;
    pay.mutate();
  };

  const update = (change: Partial<PaySelection>) => {
    setSelection((current) => ({ ...current, ...change }));
    setFailure(undefined);
  };
  const toggleDocument = (id: string, on: boolean) =>
    update({ documentIds: on ? [...selection.documentIds, id] : selection.documentIds.filter((other) => other !== id) });
  const toggleCredit = (id: string, on: boolean) => update({ creditIds: on ? [...selection.creditIds, id] : selection.creditIds.filter((other) => other !== id) });

  const requestError = pay.error && !(pay.error instanceof CardEntryInvalid) ? errorMessage(t, pay.error) : undefined;
  const total = money(plan.totalMinor, rules.currency);
  const amountError = plan.amountProblem
    ? t(amountProblemKeys[plan.amountProblem], { minimum: money(rules.minimumMinor, rules.currency), due: money(plan.dueMinor, rules.currency) })
    : undefined;
  const usableMethods = single ? [] : savedMethods;
  const newEntry = method.kind === 'card' || method.kind === 'bank_account';

  return (
    <form className="p-pay" onSubmit={submit} noValidate aria-busy={pay.isPending || undefined}>
      {blocked ? <Notice tone="warning">{t('pay.blocked')}</Notice> : null}
      <fieldset className="p-card p-pay__section">
        <legend className="p-card__title">{single ? t('pay.documentHeading') : t('pay.documentsHeading')}</legend>
        <ul className="p-pay-docs">
          {documents.map((document) => {
            const selected = selection.documentIds.includes(document.id);
            const choice = selection.choices[document.id] ?? 'due_now';
            return (
              <li key={document.id} className="p-pay-doc">
                <div className="p-pay-doc__main">
                  {single ? (
                    <span className="p-strong">{document.number}</span>
                  ) : (
                    <Checkbox
                      label={<span className="p-strong">{document.number}</span>}
                      checked={selected}
                      disabled={document.payable_minor <= 0}
                      onChange={(event) => toggleDocument(document.id, event.target.checked)}
                    />
                  )}
                  <span className="p-num p-strong">{money(document.balance_minor, document.currency)}</span>
                </div>
                <p className="ui-muted ui-small p-pay-doc__facts">
                  {document.kind === 'retainer_invoice' ? `${t('pay.retainer')} · ` : ''}
                  {document.due_date ? t('pay.dueOn', { date: calendarDate(document.due_date) }) : t('pay.issuedOn', { date: calendarDate(document.issue_date) })}
                  {document.overdue ? (
                    <>
                      {' '}
                      <StatusBadge tone="danger">{t('pay.overdue')}</StatusBadge>
                    </>
                  ) : null}
                </p>
                {document.pending_minor > 0 ? <p className="ui-small">{t('pay.beingPaid', { amount: money(document.pending_minor, document.currency) })}</p> : null}
                {selected && hasDueNowChoice(document) ? (
                  <fieldset className="p-pay-choice">
                    <legend className="ui-small">{t('pay.scheduleChoice', { number: document.number })}</legend>
                    <label className="p-pay-radio">
                      <input type="radio" name={`choice-${document.id}`} checked={choice === 'due_now'} onChange={() => update({ choices: { ...selection.choices, [document.id]: 'due_now' } })} />
                      {t('pay.dueNow', { amount: money(document.due_now_minor, document.currency) })}
                    </label>
                    <label className="p-pay-radio">
                      <input type="radio" name={`choice-${document.id}`} checked={choice === 'balance'} onChange={() => update({ choices: { ...selection.choices, [document.id]: 'balance' } })} />
                      {t('pay.wholeBalance', { amount: money(document.payable_minor, document.currency) })}
                    </label>
                  </fieldset>
                ) : null}
              </li>
            );
          })}
        </ul>
        {!single && credits.length > 0 ? (
          <fieldset className="p-pay-credits">
            <legend className="p-strong">{t('pay.creditsHeading')}</legend>
            {credits.map((credit) => (
              <Checkbox
                key={credit.id}
                label={t('pay.applyCredit', { number: credit.number, amount: money(credit.balance_minor, credit.currency) })}
                checked={selection.creditIds.includes(credit.id)}
                onChange={(event) => toggleCredit(credit.id, event.target.checked)}
              />
            ))}
          </fieldset>
        ) : null}
        <dl className="p-totals">
          {plan.creditMinor > 0 ? (
            <div className="p-totals__row">
              <dt>{t('pay.creditsApplied')}</dt>
              <dd>{money(-plan.creditMinor, rules.currency)}</dd>
            </div>
          ) : null}
          <div className="p-totals__row p-totals__row--strong">
            <dt>{t('pay.total')}</dt>
            <dd>{total}</dd>
          </div>
        </dl>
        {rules.allowPartialPayments && !plan.empty ? (
          <TextInput
            label={t('pay.amount.label')}
            hint={rules.minimumMinor > 0 ? t('pay.amount.hintMinimum', { minimum: money(rules.minimumMinor, rules.currency) }) : t('pay.amount.hint')}
            value={selection.amountText}
            placeholder={money(plan.dueMinor, rules.currency)}
            inputMode="decimal"
            onChange={(event) => update({ amountText: event.target.value })}
            error={amountError}
            fieldClassName="p-pay-amount"
          />
        ) : null}
      </fieldset>

      <fieldset className="p-card p-pay__section">
        <legend className="p-card__title">{t('pay.methodHeading')}</legend>
        <div className="p-choice-list" role="radiogroup" aria-label={t('pay.methodHeading')}>
          {usableMethods.map((saved) => (
            <label key={saved.id} className="p-pay-radio">
              <input type="radio" name="method" checked={method.kind === 'saved' && method.id === saved.id} disabled={saved.expired} onChange={() => setMethod({ kind: 'saved', id: saved.id })} />
              <span>
                {methodName(t, saved)}
                {saved.exp_month && saved.exp_year ? <span className="ui-muted"> · {t('paymentMethods.expires', { month: String(saved.exp_month).padStart(2, '0'), year: saved.exp_year })}</span> : null}{' '}
                {saved.is_default ? <StatusBadge tone="info">{t('paymentMethods.default')}</StatusBadge> : null}
                {saved.expired ? <StatusBadge tone="warning">{t('paymentMethods.expired')}</StatusBadge> : null}
              </span>
            </label>
          ))}
          {methods.includes('card') ? (
            <label className="p-pay-radio">
              <input type="radio" name="method" checked={method.kind === 'card'} onChange={() => setMethod({ kind: 'card' })} />
              <span>{t('pay.method.newCard')}</span>
            </label>
          ) : null}
          {methods.includes('bank_account') ? (
            <label className="p-pay-radio">
              <input type="radio" name="method" checked={method.kind === 'bank_account'} onChange={() => setMethod({ kind: 'bank_account' })} />
              <span>{t('pay.method.newBank')}</span>
            </label>
          ) : null}
        </div>
        {method.kind === 'card' ? (
          gateway === 'test' ? (
            <TestCardFields ref={entry} onChange={() => setEntryRevision((revision) => revision + 1)} disabled={pay.isPending} />
          ) : props.publishableKey ? (
            <StripeCardEntry ref={entry} publishableKey={props.publishableKey} />
          ) : (
            <Notice tone="warning">{t('pay.stripeUnavailable')}</Notice>
          )
        ) : null}
        {method.kind === 'bank_account' ? <TestBankAccountFields ref={entry} onChange={() => setEntryRevision((revision) => revision + 1)} disabled={pay.isPending} /> : null}
        {newEntry && !single ? <Checkbox label={t('pay.saveMethod')} checked={saveForLater} onChange={(event) => setSaveForLater(event.target.checked)} /> : null}
        {props.testMode ? <TestNumbers bank={methods.includes('bank_account')} /> : null}
      </fieldset>

      {failure ? (
        <div role="alert" className="ui-notice ui-notice--danger">
          <p className="p-strong">{t('pay.outcome.failed')}</p>
          <p>{failureTextOf(t, failure)}</p>
        </div>
      ) : null}
      <FormAlert message={requestError} />
      <div className="p-pay__submit">
        <Button type="submit" variant="primary" busy={pay.isPending} disabled={plan.empty || Boolean(plan.amountProblem) || blocked} className="p-button--block">
          {plan.empty ? t('pay.nothingSelected') : t('pay.payButton', { amount: total })}
        </Button>
        <div role="status" className="ui-small ui-muted">
          {pay.isPending ? t('pay.paying') : ''}
        </div>
      </div>
    </form>
  );
}

async function tokenOf(entry: CardEntryHandle | null) {
  if (!entry) throw new CardEntryInvalid();
  return entry.tokenize();
}
