/**
 * The address of a CSV download (`/api/v1/customers.csv?search=acme`) for the filters a list page shows:
 * empty filters are left out. The browser downloads it with the session cookie.
 */
export function csvUrl(path: `/${string}.csv`, filters: Readonly<Record<string, unknown>>): string {
  const query = new URLSearchParams(Object.entries(filters).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== ''));
  const text = query.toString();
  return `/api/v1${path}${text ? `?${text}` : ''}`;
}
