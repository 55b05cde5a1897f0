import type { LightMyRequestResponse } from 'fastify';

/** How many answers had each status code, e.g. `{ 401: 5, 429: 45 }`. */
export function tallyStatuses(responses: LightMyRequestResponse[]): Record<number, number> {
  const tally: Record<number, number> = {};
  for (const response of responses) tally[response.statusCode] = (tally[response.statusCode] ?? 0) + 1;
  return tally;
}

/** `count` copies of a request, started together so that they really overlap. */
export function atOnce(count: number, request: (index: number) => Promise<LightMyRequestResponse>): Promise<LightMyRequestResponse[]> {
  return Promise.all(Array.from({ length: count }, (_, index) => request(index)));
}
