import { useImperativeHandle, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { TextInput } from '../../../ui/components/Field.tsx';
import { fieldMessage } from '../../lib/errors.ts';
import { CardEntryInvalid, gatewayFieldIssues, parseExpiry, tokenizeWithTestGateway, type CardEntryHandle, type GatewayToken } from './card-entry.ts';

interface FieldsProps {
  ref?: Ref<CardEntryHandle>;
  /** Anything typed: a retry of the payment sent before is then a new payment. */
  onChange?: () => void;
  disabled?: boolean;
}

type Errors = Partial<Record<string, string>>;

/**
 * A new card for the built-in test gateway: number, expiry, security code. What is typed stays in this
 * component's state and goes only to the gateway's tokenization endpoint.
 */
export function TestCardFields({ ref, onChange, disabled }: FieldsProps) {
  const { t } = useTranslation();
  const [number, setNumber] = useState('');
  const [expiry, setExpiry] = useState('');
  const [cvc, setCvc] = useState('');
  const [errors, setErrors] = useState<Errors>({});

  useImperativeHandle(
    ref,
    () => ({
      async tokenize(): Promise<GatewayToken> {
        const digits = number.replace(/[\s-]/g, '');
        const parsedExpiry = parseExpiry(expiry);
        const found: Errors = {};
        if (!digits) found.number = t('pay.card.numberRequired');
        else if (!/^\d{12,19}$/.test(digits)) found.number = t('pay.card.numberInvalid');
        if (!expiry.trim()) found.expiry = t('pay.card.expiryRequired');
        else if (!parsedExpiry) found.expiry = t('pay.card.expiryInvalid');
        if (!/^\d{3,4}$/.test(cvc.trim())) found.cvc = t('pay.card.cvcInvalid');
        setErrors(found);
        if (Object.keys(found).length > 0 || !parsedExpiry) throw new CardEntryInvalid();
        try {
          return await tokenizeWithTestGateway({ card: { number: digits, exp_month: parsedExpiry.month, exp_year: parsedExpiry.year, cvc: cvc.trim() } });
        } catch (error) {
          const issues = gatewayFieldIssues(error, 'card');
          if (issues.size === 0) throw error;
          const fromGateway: Errors = {};
          for (const [field, issue] of issues) fromGateway[field === 'exp_month' || field === 'exp_year' ? 'expiry' : field] = fieldMessage(t, issue);
          setErrors(fromGateway);
          throw new CardEntryInvalid();
        }
      },
    }),
    [number, expiry, cvc, t],
  );

  const change = (set: (value: string) => void, field: string) => (value: string) => {
    set(value);
    setErrors((current) => ({ ...current, [field]: undefined }));
    onChange?.();
  };

  return (
    <div className="p-pay-fields">
      <TextInput
        label={t('pay.card.number')}
        value={number}
        onChange={(event) => change(setNumber, 'number')(event.target.value)}
        autoComplete="cc-number"
        inputMode="numeric"
        spellCheck={false}
        required
        disabled={disabled}
        error={errors.number}
        fieldClassName="p-pay-fields__wide"
      />
      <TextInput
        label={t('pay.card.expiry')}
        hint={t('pay.card.expiryHint')}
        value={expiry}
        onChange={(event) => change(setExpiry, 'expiry')(event.target.value)}
        autoComplete="cc-exp"
        inputMode="numeric"
        required
        disabled={disabled}
        error={errors.expiry}
      />
      <TextInput
        label={t('pay.card.cvc')}
        value={cvc}
        onChange={(event) => change(setCvc, 'cvc')(event.target.value)}
        autoComplete="cc-csc"
        inputMode="numeric"
        required
        disabled={disabled}
        error={errors.cvc}
      />
    </div>
  );
}

/** A new US bank account (ACH) for the test gateway: holder, routing and account number. */
export function TestBankAccountFields({ ref, onChange, disabled }: FieldsProps) {
  const { t } = useTranslation();
  const [holder, setHolder] = useState('');
  const [routing, setRouting] = useState('');
  const [account, setAccount] = useState('');
  const [errors, setErrors] = useState<Errors>({});

  useImperativeHandle(
    ref,
    () => ({
      async tokenize(): Promise<GatewayToken> {
        const found: Errors = {};
        if (!holder.trim()) found.holder_name = t('pay.bank.holderRequired');
        if (!/^\d{9}$/.test(routing.trim())) found.routing_number = t('pay.bank.routingInvalid');
        if (!/^\d{4,17}$/.test(account.trim())) found.account_number = t('pay.bank.accountInvalid');
        setErrors(found);
        if (Object.keys(found).length > 0) throw new CardEntryInvalid();
        try {
          return await tokenizeWithTestGateway({ bank_account: { holder_name: holder.trim(), routing_number: routing.trim(), account_number: account.trim() } });
        } catch (error) {
          const issues = gatewayFieldIssues(error, 'bank_account');
          if (issues.size === 0) throw error;
          const fromGateway: Errors = {};
          for (const [field, issue] of issues) fromGateway[field === 'number' ? 'account_number' : field] = fieldMessage(t, issue);
          setErrors(fromGateway);
          throw new CardEntryInvalid();
        }
      },
    }),
    [holder, routing, account, t],
  );

  const change = (set: (value: string) => void, field: string) => (value: string) => {
    set(value);
    setErrors((current) => ({ ...current, [field]: undefined }));
    onChange?.();
  };

  return (
    <div className="p-pay-fields">
      <TextInput
        label={t('pay.bank.holder')}
        value={holder}
        onChange={(event) => change(setHolder, 'holder_name')(event.target.value)}
        autoComplete="name"
        required
        disabled={disabled}
        error={errors.holder_name}
        fieldClassName="p-pay-fields__wide"
      />
      <TextInput
        label={t('pay.bank.routing')}
        value={routing}
        onChange={(event) => change(setRouting, 'routing_number')(event.target.value)}
        inputMode="numeric"
        required
        disabled={disabled}
        error={errors.routing_number}
      />
      <TextInput
        label={t('pay.bank.account')}
        value={account}
        onChange={(event) => change(setAccount, 'account_number')(event.target.value)}
        inputMode="numeric"
        required
        disabled={disabled}
        error={errors.account_number}
      />
    </div>
  );
}
