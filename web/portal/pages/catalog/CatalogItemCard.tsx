import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import { parseDecimal } from '../../../ui/billing-format.ts';
import { Button } from '../../../ui/components/Button.tsx';
import { TextInput } from '../../../ui/components/Field.tsx';
import { Money } from '../../../ui/components/Money.tsx';
import { useFormatters } from '../../../ui/locale.ts';
import { useApiMutation } from '../../../ui/query/mutations.ts';
import { errorMessage } from '../../lib/errors.ts';
import { addedQuantity } from '../cart/cart.ts';
import { cartKeys, putCartLine, type Cart } from '../cart/queries.ts';
import { StockText } from './StockText.tsx';
import { availabilityOf, exceedsStock } from './availability.ts';
import type { CatalogItem } from './queries.ts';

/** One item: picture, name, SKU and unit, this customer's price and breaks, stock, and "add to cart". */
export function CatalogItemCard({ item, cart }: { item: CatalogItem; cart: Cart | undefined }) {
  const { t } = useTranslation();
  const { locale, quantity: formatQuantity } = useFormatters();
  const queryClient = useQueryClient();
  const [text, setText] = useState('1');
  const [problem, setProblem] = useState<string | undefined>();
  const [added, setAdded] = useState<string | undefined>();
  const inCart = cart?.lines.find((line) => line.item_id === item.id)?.quantity ?? 0;
  const notSold = item.unit_price_minor === null || item.currency === null;
  const soldOut = notSold || availabilityOf(item).kind === 'out_of_stock';
  const add = useApiMutation({
    mutationFn: (quantity: number) => putCartLine(item.id, quantity),
    onSuccess: (next) => queryClient.setQueryData<Cart>(cartKeys.all, next),
  });
  const image = item.images[0];
  const breaks = item.breaks.filter((entry) => entry.min_quantity > 1 || entry.unit_price_minor !== item.unit_price_minor);
  const nameId = `item-${item.id}-name`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAdded(undefined);
    const parsed = parseDecimal(text, 3, locale);
    if (!parsed.ok || parsed.value <= 0) {
      setProblem(parsed.ok || parsed.reason === 'empty' || parsed.reason === 'invalid' ? t('catalog.quantityInvalid') : t('catalog.quantityDecimals'));
      return;
    }
    const wanted = parsed.value / 1000;
    if (exceedsStock(item, wanted + inCart)) {
      setProblem(t('catalog.onlyAvailable', { quantity: formatQuantity(Math.max(0, item.available ?? 0)), inCart: formatQuantity(inCart) }));
      return;
    }
    setProblem(undefined);
    try {
      const next = await add.mutateAsync(addedQuantity(cart, item.id, wanted));
      const line = next.lines.find((entry) => entry.item_id === item.id);
      setAdded(t('catalog.added', { quantity: formatQuantity(line?.quantity ?? wanted) }));
    } catch (error) {
      setProblem(errorMessage(t, error));
    }
  };

  return (
    <li className="p-item-card">
      <div className="p-item-card__image">{image ? <img src={image.url} alt={image.alt_text ?? ''} loading="lazy" /> : <span className="p-item-card__placeholder" aria-hidden="true" />}</div>
      <div className="p-item-card__body">
        <h2 id={nameId} className="p-item-card__name">
          {item.name}
        </h2>
        <p className="ui-muted ui-small p-item-card__meta">
          {item.sku ? <span>{t('catalog.sku', { sku: item.sku })}</span> : null}
          {item.unit ? <span>{t('catalog.unit', { unit: item.unit })}</span> : null}
        </p>
        {item.description ? <p className="ui-small p-pre-line">{item.description}</p> : null}
        {item.unit_price_minor !== null && item.currency !== null ? (
          <p className="p-item-card__price">
            <span className="p-figure">
              <Money minor={item.unit_price_minor} currency={item.currency} />
            </span>
            <span className="ui-muted ui-small">{item.unit ? t('catalog.perUnit', { unit: item.unit }) : t('catalog.each')}</span>
          </p>
        ) : (
          <p className="ui-muted">{t('catalog.notSold')}</p>
        )}
        {breaks.length > 0 && item.currency !== null ? (
          <ul className="p-item-card__breaks" aria-label={t('catalog.breaksLabel')}>
            {breaks.map((entry) => (
              <li key={entry.min_quantity}>
                {t('catalog.breakFrom', { quantity: formatQuantity(entry.min_quantity) })} <Money minor={entry.unit_price_minor} currency={item.currency ?? ''} />
              </li>
            ))}
          </ul>
        ) : null}
        <p className="p-item-card__stock" data-testid={`stock-${item.id}`}>
          {notSold ? null : <StockText item={item} unit={item.unit} />}
        </p>
        <form className="p-item-card__add" onSubmit={(event) => void submit(event)} noValidate>
          <TextInput
            label={
              <>
                {t('catalog.quantity')}
                <span className="ui-visually-hidden"> {item.name}</span>
              </>
            }
            fieldClassName="p-item-card__quantity"
            inputMode="decimal"
            autoComplete="off"
            value={text}
            disabled={soldOut}
            error={problem}
            onChange={(event) => setText(event.target.value)}
          />
          <Button type="submit" variant="primary" busy={add.isPending} disabled={soldOut}>
            {t('catalog.addToCart')}
            <span className="ui-visually-hidden"> {item.name}</span>
          </Button>
        </form>
        <div role="status" className="ui-small p-item-card__added">
          {added ?? (inCart > 0 ? t('catalog.inCart', { quantity: formatQuantity(inCart) }) : null)}
        </div>
      </div>
    </li>
  );
}
