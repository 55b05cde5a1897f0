import type { TFunction } from 'i18next';
import { quantityFromMilli } from '../../../../contract/units.ts';
import { isApiError } from '../../../ui/api/errors.ts';
import { formatQuantity } from '../../../ui/billing-format.ts';

/** What the order lines say about an item, to name it in a stock refusal. */
interface NamedLine {
  item_id: string | null;
  name: string;
}

/** The item and what is still available from a 409 INSUFFICIENT_STOCK (`details: { item_id, available }`). */
export function stockShortage(error: unknown): { itemId: string | null; available: number | null } | undefined {
  if (!isApiError(error, 'INSUFFICIENT_STOCK')) return undefined;
  const details = (typeof error.details === 'object' && error.details !== null ? error.details : {}) as { item_id?: unknown; available?: unknown; available_milli?: unknown };
  const available = typeof details.available === 'number' ? details.available : typeof details.available_milli === 'number' ? quantityFromMilli(details.available_milli) : null;
  return { itemId: typeof details.item_id === 'string' ? details.item_id : null, available };
}

/**
 * What to tell staff when a write on an order was refused because of where the order or the stock stands:
 * another change since (409 STALE_VERSION), a status that no longer allows the action (409 STATE_CONFLICT),
 * or not enough stock for a line (409 INSUFFICIENT_STOCK, naming the line and what is available).
 * Undefined for any other failure.
 */
export function orderConflictMessage(t: TFunction, error: unknown, lines: readonly NamedLine[], locale: string): string | undefined {
  if (isApiError(error, 'STALE_VERSION')) return t('salesOrders.changedMeanwhile');
  if (isApiError(error, 'STATE_CONFLICT')) return t('salesOrders.statusChangedMeanwhile');
  const shortage = stockShortage(error);
  if (shortage) {
    const line = lines.find((candidate) => shortage.itemId !== null && candidate.item_id === shortage.itemId);
    const name = line?.name ?? t('salesOrders.anItem');
    return shortage.available === null ? t('salesOrders.insufficientStockUnknown', { name }) : t('salesOrders.insufficientStock', { name, available: formatQuantity(shortage.available, locale) });
  }
  return undefined;
}
