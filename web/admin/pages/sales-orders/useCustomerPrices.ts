import { useQueries, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { CatalogueItem } from '../documents/queries.ts';
import { lineQuantity, pricedByServer, type KnownPrice, type OrderLineDraft } from './order-lines.ts';
import { customerPriceListKey, fetchCustomerPriceList, fetchPricePreview, pricePreviewKey } from './queries.ts';

/**
 * The customer's price of each line the server prices: through the customer's price list (its rate and
 * quantity break for that quantity, or its markup), else the item's base rate when it is in the
 * customer's currency. `priceOf(line)` is undefined while unknown; `signature` changes when any price does.
 */
export function useCustomerPrices(customer: { id: string; currency: string } | null, lines: OrderLineDraft[], items: CatalogueItem[], locale: string) {
  const customerId = customer?.id ?? '';
  const list = useQuery({ queryKey: customerPriceListKey(customerId), queryFn: ({ signal }) => fetchCustomerPriceList(customerId, signal), enabled: customerId !== '', retry: false });
  const listId = list.data?.price_list && !list.data.price_list.archived ? list.data.price_list.id : null;
  const wanted = lines.flatMap((line) => {
    const quantity = lineQuantity(line, locale);
    return pricedByServer(line) && line.item_id && quantity !== undefined ? [{ itemId: line.item_id, quantity }] : [];
  });
  const previews = useQueries({
    queries: wanted.map(({ itemId, quantity }) => ({
      queryKey: pricePreviewKey(listId ?? '', customerId, itemId, quantity),
      queryFn: ({ signal }: { signal: AbortSignal }) => fetchPricePreview(listId ?? '', { customer_id: customerId, item_id: itemId, quantity }, signal),
      enabled: listId !== null,
      staleTime: 60_000,
      retry: false,
    })),
  });
  const known = new Map<string, KnownPrice>();
  wanted.forEach(({ itemId, quantity }, index) => {
    const key = `${itemId}:${quantity}`;
    if (listId) {
      const price = previews[index]?.data?.price;
      if (price) known.set(key, { rate_minor: price.rate_minor, source: price.source, price_list_name: price.price_list_name, break_min_quantity: price.break_min_quantity });
      return;
    }
    // No list (or none yet known to apply): the base rate, when the item is sold in the customer's currency.
    const item = items.find((candidate) => candidate.id === itemId);
    if (list.data && item && customer && item.currency === customer.currency) known.set(key, { rate_minor: item.rate_minor, source: 'base', price_list_name: null, break_min_quantity: null });
  });
  const signature = JSON.stringify([...known.entries()]);
  const priceOf = useMemo(() => {
    const prices = new Map<string, KnownPrice>(JSON.parse(signature) as [string, KnownPrice][]);
    return (line: OrderLineDraft): KnownPrice | undefined => {
      const quantity = lineQuantity(line, locale);
      return line.item_id && quantity !== undefined ? prices.get(`${line.item_id}:${quantity}`) : undefined;
    };
  }, [signature, locale]);
  return { priceOf, signature };
}
