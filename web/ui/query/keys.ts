/**
 * Query keys of one concept, after TanStack's query-key factory: every key starts with the concept (and
 * an optional scope), so a write invalidates exactly what it changed:
 *
 *   const invoiceKeys = queryKeys('documents', 'invoices');
 *   invoiceKeys.list({ filter: 'unpaid' })  // ['documents', 'invoices', 'list', { filter: 'unpaid' }]
 *   invoiceKeys.detail(id)                  // ['documents', 'invoices', 'detail', id]
 *   invoiceKeys.lists()                     // every list of invoices, whatever the filters
 *   invoiceKeys.all                         // everything about invoices
 */
export function queryKeys<const Scope extends readonly [string, ...string[]]>(...scope: Scope) {
  return {
    all: scope,
    lists: () => [...scope, 'list'] as const,
    list: <const Filters extends object>(filters: Filters) => [...scope, 'list', filters] as const,
    details: () => [...scope, 'detail'] as const,
    detail: (id: string) => [...scope, 'detail', id] as const,
  };
}
