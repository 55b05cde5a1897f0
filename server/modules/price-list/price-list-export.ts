import { decimalAmount } from '../../../contract/money.ts';
import { csvLine, CSV_BOM, type CsvColumn } from '../../lib/csv.ts';
import type { PriceListResponse } from './price-list.schemas.ts';

type RateRow = PriceListResponse['rates'][number] & { list: PriceListResponse };

/** The columns of a price list's prices.csv (docs/api.md "CSV export"): one line per rate and quantity break. */
export const priceListCsvColumns: CsvColumn<RateRow>[] = [
  { header: 'price_list_id', value: (r) => r.list.id },
  { header: 'price_list_name', value: (r) => r.list.name },
  { header: 'currency', value: (r) => r.list.currency },
  { header: 'item_id', value: (r) => r.item_id },
  { header: 'item_name', value: (r) => r.item_name },
  { header: 'min_quantity', value: (r) => r.min_quantity },
  { header: 'rate_minor', value: (r) => r.rate_minor },
  { header: 'rate', value: (r) => decimalAmount(r.rate_minor, r.list.currency) },
];

/** The list's rates as one CSV text (a list holds at most 5 000 rates, so it is written whole). */
export function priceListCsv(list: PriceListResponse): string {
  return CSV_BOM + csvLine(priceListCsvColumns.map((column) => column.header)) + list.rates.map((rate) => csvLine(priceListCsvColumns.map((column) => column.value({ ...rate, list })))).join('');
}
