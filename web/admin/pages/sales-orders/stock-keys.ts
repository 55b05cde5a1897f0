/**
 * What an order's stock change makes stale beyond the order: items show their stock (on hand,
 * committed, available) under the `items` keys.
 */
export const stockKeysToRefresh = [['items']] as const;
