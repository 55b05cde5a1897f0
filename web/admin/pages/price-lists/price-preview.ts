/** The price preview's question: a customer, an item and a quantity typed in the interface's language. */
import { quantityFromMilli } from '../../../../contract/units.ts';
import { parseDecimal } from '../../../ui/billing-format.ts';

export interface PreviewInput {
  customerId: string | undefined;
  itemId: string;
  quantity: string;
}

/** The preview's query, or undefined while something is missing or the quantity does not read. */
export function previewQuery(input: PreviewInput, locale: string): { customer_id: string; item_id: string; quantity: number } | undefined {
  if (!input.customerId || !input.itemId) return undefined;
  const parsed = parseDecimal(input.quantity, 3, locale);
  if (!parsed.ok || parsed.value === 0) return undefined;
  return { customer_id: input.customerId, item_id: input.itemId, quantity: quantityFromMilli(parsed.value) };
}
