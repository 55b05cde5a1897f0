import type { FastifyReply } from 'fastify';
import type { PdfFile } from './document-pdf.service.ts';

/** Sends a PDF to be shown in the browser, under its document number. */
export function sendPdf(reply: FastifyReply, file: PdfFile): FastifyReply {
  return reply
    .header('content-type', 'application/pdf')
    .header('content-disposition', `inline; filename="${file.filename}"`)
    .header('content-length', String(file.pdf.length))
    .send(file.pdf);
}
