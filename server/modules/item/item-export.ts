import { decimalAmount } from '../../../contract/money.ts';
import type { AppContext } from '../../context.ts';
import { eachPage } from '../../db/keyset.ts';
import { CSV_EXPORT_PAGE_SIZE, csvChunks, type CsvColumn } from '../../lib/csv.ts';
import type { ItemListFilter } from './item.repository.ts';
import { toItem, type ItemResponse } from './item.schemas.ts';
import { listItems } from './item.service.ts';

/** The columns of items.csv, documented in docs/api.md "CSV export": the price in minor units and as a decimal. */
export const itemCsvColumns: CsvColumn<ItemResponse>[] = [
  { header: 'id', value: (i) => i.id },
  { header: 'external_id', value: (i) => i.external_id },
  { header: 'name', value: (i) => i.name },
  { header: 'sku', value: (i) => i.sku },
  { header: 'unit', value: (i) => i.unit },
  { header: 'category', value: (i) => i.category },
  { header: 'description', value: (i) => i.description },
  { header: 'currency', value: (i) => i.currency },
  { header: 'rate_minor', value: (i) => i.rate_minor },
  { header: 'rate', value: (i) => decimalAmount(i.rate_minor, i.currency) },
  { header: 'tax_id', value: (i) => i.tax_id },
  { header: 'archived', value: (i) => i.archived },
  { header: 'sellable_in_portal', value: (i) => i.sellable_in_portal },
  { header: 'track_stock', value: (i) => i.track_stock },
  { header: 'stock_available', value: (i) => i.stock?.available },
  { header: 'updated_at', value: (i) => i.updated_at },
];

/** Every item the filters match, as CSV chunks, in the JSON list's order. */
export function itemsCsv(ctx: AppContext, organizationId: string, filter: ItemListFilter): AsyncIterable<string> {
  const pages = async function* () {
    for await (const views of eachPage((cursor) => listItems(ctx, organizationId, { ...filter, limit: CSV_EXPORT_PAGE_SIZE, cursor }))) {
      yield views.map(toItem);
    }
  };
  return csvChunks(itemCsvColumns, pages());
}
