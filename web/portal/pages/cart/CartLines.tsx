import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDecimalInput, parseDecimal } from '../../../ui/billing-format.ts';
import { Button } from '../../../ui/components/Button.tsx';
import { Money } from '../../../ui/components/Money.tsx';
import { useFormatters } from '../../../ui/locale.ts';
import { useApiMutation } from '../../../ui/query/mutations.ts';
import { errorMessage } from '../../lib/errors.ts';
import { StockText } from '../catalog/StockText.tsx';
import { lineProblem } from './cart.ts';
import { cartKeys, deleteCartLine, putCartLine, type Cart, type CartLine } from './queries.ts';

/** The cart's lines: quantity to change (saved when the field is left or Enter is pressed), remove, unit price and line total. */
export function CartLines({ cart }: { cart: Cart }) {
  const { t } = useTranslation();
  return (
    <div className="ui-table-wrap p-stack-table">
      <table className="ui-table p-lines p-cart-lines">
        <caption className="ui-visually-hidden">{t('cart.linesCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('docs.lines.item')}</th>
            <th scope="col" className="p-num">
              {t('cart.unitPrice')}
            </th>
            <th scope="col">{t('docs.lines.quantity')}</th>
            <th scope="col" className="p-num">
              {t('cart.lineTotal')}
            </th>
            <th scope="col">
              <span className="ui-visually-hidden">{t('cart.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {cart.lines.map((line) => (
            <CartLineRow key={line.item_id} line={line} currency={cart.currency} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function CartLineRow({ line, currency }: { line: CartLine; currency: string }) {
  const { t } = useTranslation();
  const { locale, quantity: formatQuantity } = useFormatters();
  const queryClient = useQueryClient();
  const shown = formatDecimalInput(Math.round(line.quantity * 1000), 3, locale, true);
  const [text, setText] = useState(shown);
  const [problem, setProblem] = useState<string | undefined>();
  useEffect(() => setText(shown), [shown]);
  const onCart = { onSuccess: (next: Cart) => queryClient.setQueryData<Cart>(cartKeys.all, next) };
  const update = useApiMutation({ mutationFn: (quantity: number) => putCartLine(line.item_id, quantity), ...onCart });
  const remove = useApiMutation({ mutationFn: () => deleteCartLine(line.item_id), ...onCart });
  const problemOfLine = lineProblem(line);

  const commit = async () => {
    if (text === shown) return;
    const parsed = parseDecimal(text, 3, locale);
    if (!parsed.ok || parsed.value <= 0) {
      setProblem(parsed.ok || parsed.reason !== 'too_many_decimals' ? t('cart.quantityInvalid') : t('catalog.quantityDecimals'));
      return;
    }
    setProblem(undefined);
    try {
      await update.mutateAsync(parsed.value / 1000);
    } catch (error) {
      setProblem(errorMessage(t, error));
    }
  };
  const inputId = `cart-quantity-${line.item_id}`;
  const errorId = `${inputId}-error`;

  return (
    <tr>
      <th scope="row" data-label={t('docs.lines.item')}>
        <span className="p-cell">
          {line.name}
          {line.sku ? <span className="p-block ui-muted ui-small">{t('catalog.sku', { sku: line.sku })}</span> : null}
          <span className="p-block ui-small" data-testid={`cart-stock-${line.item_id}`}>
            <StockText item={line} unit={line.unit} />
          </span>
          {problemOfLine === 'short_stock' ? (
            <span className="p-block ui-small p-stock--out" role="status">
              {t('cart.short', { quantity: formatQuantity(Math.max(0, line.available ?? 0)) })}
            </span>
          ) : null}
          {problemOfLine === 'unavailable' ? (
            <span className="p-block ui-small p-stock--out" role="status">
              {t('cart.unavailable')}
            </span>
          ) : null}
        </span>
      </th>
      <td data-label={t('cart.unitPrice')} className="p-num">
        <span className="p-cell">
          {line.unit_price_minor === null ? '—' : <Money minor={line.unit_price_minor} currency={currency} />}
          {line.unit && line.unit_price_minor !== null ? <span className="p-block ui-muted ui-small">{t('catalog.perUnit', { unit: line.unit })}</span> : null}
        </span>
      </td>
      <td data-label={t('docs.lines.quantity')}>
        <span className="p-cell p-cart-quantity">
          <label htmlFor={inputId} className="ui-visually-hidden">
            {t('cart.quantityOf', { name: line.name })}
          </label>
          <input
            id={inputId}
            className="ui-input p-cart-quantity__input"
            inputMode="decimal"
            autoComplete="off"
            value={text}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? errorId : undefined}
            onChange={(event) => setText(event.target.value)}
            onBlur={() => void commit()}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                void commit();
              }
            }}
          />
          {update.isPending ? <span className="ui-muted ui-small">{t('cart.saving')}</span> : null}
          {problem ? (
            <span id={errorId} className="p-block ui-field__error">
              {problem}
            </span>
          ) : null}
        </span>
      </td>
      <td data-label={t('cart.lineTotal')} className="p-num">
        {line.amount_minor === null ? '—' : <Money minor={line.amount_minor} currency={currency} />}
      </td>
      <td>
        <Button size="small" variant="ghost" busy={remove.isPending} onClick={() => remove.mutate()}>
          {t('cart.remove')}
          <span className="ui-visually-hidden"> {line.name}</span>
        </Button>
      </td>
    </tr>
  );
}
