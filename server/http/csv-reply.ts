import { Readable } from 'node:stream';
import type { FastifyReply } from 'fastify';

/**
 * Sends a CSV file to be downloaded under `filename`: a whole text, or chunks written as they are made (an
 * export of every row of a list, read page by page, is never held in memory as a whole).
 */
export function sendCsv(reply: FastifyReply, filename: string, csv: string | AsyncIterable<string>): FastifyReply {
  void reply.header('content-type', 'text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${filename}"`);
  return reply.send(typeof csv === 'string' ? csv : Readable.from(csv));
}
