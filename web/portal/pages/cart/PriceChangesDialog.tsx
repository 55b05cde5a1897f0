import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/components/Button.tsx';
import { Dialog } from '../../../ui/components/Dialog.tsx';
import { Money } from '../../../ui/components/Money.tsx';
import { useFormatters } from '../../../ui/locale.ts';
import type { PriceDifference } from './cart.ts';

/** Prices changed since the customer looked: each difference, old → new, to confirm before ordering again. */
export function PriceChangesDialog({ differences, currency, busy, onConfirm, onClose }: { differences: PriceDifference[]; currency: string; busy: boolean; onConfirm: () => void; onClose: () => void }) {
  const { t } = useTranslation();
  const { quantity } = useFormatters();
  return (
    <Dialog
      open={differences.length > 0}
      title={t('cart.pricesChanged.title')}
      onClose={onClose}
      closeLabel={t('common.close')}
      footer={
        <div className="ui-button-row">
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button variant="primary" busy={busy} onClick={onConfirm}>
            {t('cart.pricesChanged.confirm')}
          </Button>
        </div>
      }
    >
      <p>{t('cart.pricesChanged.intro')}</p>
      <ul className="p-differences">
        {differences.map((difference) => (
          <li key={difference.item_id}>
            <span className="p-strong">{difference.name}</span>
            {difference.quantity !== null ? <span className="ui-muted"> × {quantity(difference.quantity)}</span> : null}
            <span className="p-block">
              <span className="ui-visually-hidden">{t('cart.pricesChanged.was')} </span>
              <del>
                <Money minor={difference.old_unit_price_minor} currency={currency} />
              </del>
              <span aria-hidden="true"> → </span>
              <span className="ui-visually-hidden"> {t('cart.pricesChanged.now')} </span>
              <ins className="p-strong">
                <Money minor={difference.new_unit_price_minor} currency={currency} />
              </ins>
            </span>
          </li>
        ))}
      </ul>
    </Dialog>
  );
}
