import { useTranslation } from 'react-i18next';
import type { DocumentAmounts } from '../../../../contract/document-totals.ts';
import { formatPercent, formatQuantity } from '../../../ui/billing-format.ts';
import { Button, Select, TextInput } from '../../../ui/components/index.ts';
import { currencyExponent, formatMoney } from '../../../ui/format.ts';
import { decimalError, parseLine } from '../documents/line-state.ts';
import type { CatalogueItem, CatalogueTax } from '../documents/queries.ts';
import { blankOrderLine, orderLineFromItem, pricedByServer, removeOrderLine, updateOrderLine, withCustomerPrice, withTypedRate, type LinePricing, type OrderLineDraft } from './order-lines.ts';

interface OrderLineEditorProps {
  lines: OrderLineDraft[];
  /** Takes an updater, so that quick successive edits never work on a stale list. */
  onChange: (update: (current: OrderLineDraft[]) => OrderLineDraft[]) => void;
  items: CatalogueItem[];
  taxes: CatalogueTax[];
  currency: string;
  amounts: DocumentAmounts | undefined;
  showErrors: boolean;
  serverError?: (index: number, field: keyof OrderLineDraft) => string | undefined;
}

/** Where a saved line's rate came from, in words: "Price list Wholesale, from 10", "Base price". */
export function usePricingText() {
  const { t, i18n } = useTranslation();
  return (pricing: LinePricing | null): string | undefined => {
    if (!pricing) return undefined;
    if (pricing.source === 'manual') return t('salesOrders.price.manual');
    if (pricing.source === 'base') return t('salesOrders.price.base');
    const list = pricing.price_list_name ?? t('salesOrders.price.aList');
    return pricing.break_min !== null ? t('salesOrders.price.listBreak', { list, quantity: formatQuantity(pricing.break_min, i18n.language) }) : t('salesOrders.price.list', { list });
  };
}

/** The lines of an order: item picker, quantity, the customer's price or a typed rate, discount and tax. */
export function OrderLineEditor({ lines, onChange, items, taxes, currency, amounts, showErrors, serverError = () => undefined }: OrderLineEditorProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const exponent = currencyExponent(currency);
  const pricingText = usePricingText();
  const update = (key: string, patch: Partial<OrderLineDraft>) => onChange((current) => updateOrderLine(current, key, patch));
  const usableItems = items.filter((item) => !item.archived || lines.some((line) => line.item_id === item.id));
  const activeTaxes = taxes.filter((tax) => !tax.archived || lines.some((line) => line.tax_id === tax.id));

  return (
    <section className="admin-lines" aria-labelledby="lines-heading">
      <h2 id="lines-heading">{t('lines.title')}</h2>
      {lines.map((line, index) => {
        const parsed = parseLine(line, currency, locale);
        const total = amounts?.lines[index]?.total_minor;
        const serverPriced = pricedByServer(line);
        const error = (field: 'quantity' | 'rate' | 'discount', places: number) => {
          if (field === 'rate' && serverPriced && !line.rate.trim()) return serverError(index, 'rate');
          return (showErrors || line.name ? decimalError(parsed[field], t, places) : undefined) ?? serverError(index, field);
        };
        const number = index + 1;
        const item = items.find((candidate) => candidate.id === line.item_id);
        const rateHint = serverPriced ? (pricingText(line.pricing) ?? t('salesOrders.price.customer')) : (pricingText(line.pricing) ?? (line.item_id ? t('salesOrders.price.manual') : undefined));
        return (
          <fieldset key={line.key} className="ui-fieldset admin-line">
            <legend>{t('lines.line', { number })}</legend>
            <div className="admin-line__grid">
              <Select
                label={t('lines.item')}
                value={line.item_id ?? ''}
                fieldClassName="admin-line__item"
                error={serverError(index, 'item_id')}
                onChange={(event) => {
                  const picked = usableItems.find((candidate) => candidate.id === event.target.value);
                  update(line.key, picked ? orderLineFromItem(line, picked, currency, locale) : { item_id: null, manual_rate: true, pricing: null });
                }}
                options={[
                  { value: '', label: t('lines.noItem') },
                  ...usableItems.map((candidate) => {
                    const name = candidate.sku ? `${candidate.name} (${candidate.sku})` : candidate.name;
                    return { value: candidate.id, label: candidate.currency === currency ? name : `${name} · ${candidate.currency}` };
                  }),
                ]}
              />
              <TextInput label={t('lines.name')} required value={line.name} fieldClassName="admin-line__name" onChange={(e) => update(line.key, { name: e.target.value })} error={showErrors && !line.name.trim() ? t('lines.errors.required') : serverError(index, 'name')} />
              <TextInput label={t('lines.description')} value={line.description} fieldClassName="admin-line__description" onChange={(e) => update(line.key, { description: e.target.value })} error={serverError(index, 'description')} />
              <TextInput
                label={t('lines.quantity')}
                inputMode="decimal"
                required
                value={line.quantity}
                // A new quantity may reach another quantity break: the server prices it again.
                onChange={(e) => update(line.key, serverPriced ? { quantity: e.target.value, pricing: null } : { quantity: e.target.value })}
                error={error('quantity', 3)}
                hint={item?.stock ? t('salesOrders.availableHint', { available: formatQuantity(item.stock.available, locale) }) : t('lines.quantityHint')}
              />
              <TextInput label={t('lines.rate', { currency })} inputMode="decimal" required={!serverPriced} value={line.rate} onChange={(e) => update(line.key, withTypedRate(line, e.target.value))} error={error('rate', exponent)} hint={rateHint} />
              <Select
                label={t('lines.discountType')}
                value={line.discount_type}
                onChange={(e) => update(line.key, { discount_type: e.target.value as OrderLineDraft['discount_type'], discount: '' })}
                options={[
                  { value: 'none', label: t('lines.discountNone') },
                  { value: 'percent', label: t('lines.discountPercent') },
                  { value: 'amount', label: t('lines.discountAmount', { currency }) },
                ]}
              />
              {line.discount_type === 'none' ? null : (
                <TextInput
                  label={line.discount_type === 'percent' ? t('lines.discountPercentValue') : t('lines.discountAmountValue', { currency })}
                  inputMode="decimal"
                  value={line.discount}
                  onChange={(e) => update(line.key, { discount: e.target.value })}
                  error={error('discount', line.discount_type === 'percent' ? 2 : exponent) ?? (line.discount_type === 'percent' && parsed.discount?.ok && parsed.discount.value > 10_000 ? t('lines.errors.percent') : undefined)}
                />
              )}
              <Select
                label={t('lines.tax')}
                value={line.tax_id}
                onChange={(e) => update(line.key, { tax_id: e.target.value })}
                error={serverError(index, 'tax_id')}
                options={[{ value: '', label: t('lines.noTax') }, ...activeTaxes.map((tax) => ({ value: tax.id, label: `${tax.name} (${formatPercent(tax.rate_percent, locale)})` }))]}
              />
            </div>
            <div className="admin-line__footer">
              <p className="admin-line__total">
                {t('lines.lineTotal')}: <strong>{total === undefined ? '—' : formatMoney(total, currency, locale)}</strong>
              </p>
              <div className="ui-button-row">
                {line.item_id !== null && line.manual_rate ? (
                  <Button size="small" variant="ghost" onClick={() => update(line.key, withCustomerPrice(line, item, currency, locale))} aria-label={t('salesOrders.price.useCustomerNamed', { number })}>
                    {t('salesOrders.price.useCustomer')}
                  </Button>
                ) : null}
                {lines.length > 1 ? (
                  <Button size="small" variant="ghost" onClick={() => onChange((current) => removeOrderLine(current, line.key))} aria-label={t('lines.removeNamed', { number })}>
                    {t('lines.remove')}
                  </Button>
                ) : null}
              </div>
            </div>
          </fieldset>
        );
      })}
      <Button onClick={() => onChange((current) => [...current, blankOrderLine(locale)])}>{t('lines.add')}</Button>
    </section>
  );
}
