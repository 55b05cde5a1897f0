import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { ErrorBody, ErrorCode } from '../../contract/errors.ts';
import { AppError } from '../lib/app-error.ts';
import { fieldIssuesOf } from './field-issues.ts';

export const httpStatusByCode = {
  VALIDATION_FAILED: 400,
  MALFORMED_JSON: 400,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  TWO_FACTOR_REQUIRED: 401,
  // Signed in, but the portal requires two-factor: only enrolment, me and sign-out are open.
  TWO_FACTOR_SETUP_REQUIRED: 403,
  INVALID_TWO_FACTOR_CODE: 401,
  CSRF_TOKEN_MISSING: 403,
  // A cookie-authenticated write whose Origin or Sec-Fetch-Site names another site than PUBLIC_URL.
  CROSS_SITE_REQUEST: 403,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  // The caller saw an older version of the document (If-Match or `version`), or lost a race to another change.
  STALE_VERSION: 409,
  // The document's status does not allow this action (an accepted estimate edited, a void invoice sent…).
  STATE_CONFLICT: 409,
  EMAIL_TAKEN: 409,
  TOKEN_INVALID: 404,
  // A link that was real but is no longer usable: the page can say so and offer a new one.
  TOKEN_EXPIRED: 410,
  TOKEN_USED: 410,
  WEAK_PASSWORD: 422,
  CONTACT_HAS_NO_EMAIL: 422,
  // Well-formed, but in a currency the customer or document is not billed in.
  CURRENCY_MISMATCH: 422,
  PORTAL_DISABLED: 404,
  SIGNUP_NOT_ALLOWED: 403,
  RATE_LIMITED: 429,
  // A payment write without an Idempotency-Key header.
  IDEMPOTENCY_KEY_REQUIRED: 400,
  // The Idempotency-Key was used before for a request with other parameters.
  IDEMPOTENCY_KEY_REUSED: 409,
  // A request with this Idempotency-Key is still being processed: retry shortly.
  IDEMPOTENCY_KEY_IN_USE: 409,
  // The balance is being paid by another payment (in flight, awaiting authentication or bank settlement).
  PAYMENT_IN_PROGRESS: 409,
  // The document is paid, void or not open for payment.
  NOTHING_TO_PAY: 409,
  // More than what is left to pay, and the organization takes no money on account.
  AMOUNT_EXCEEDS_BALANCE: 422,
  // Less than the balance (or what is due now) where the organization takes only whole payments.
  PARTIAL_PAYMENT_NOT_ALLOWED: 422,
  // A partial payment under the organization's minimum.
  AMOUNT_BELOW_MINIMUM: 422,
  // A method the organization does not offer to this customer, or a saved method that is gone or expired.
  PAYMENT_METHOD_UNAVAILABLE: 422,
  // More than the payment has left to refund.
  REFUND_EXCEEDS_PAYMENT: 422,
  // A gateway webhook whose signature or timestamp does not verify.
  WEBHOOK_REJECTED: 400,
  // The payment gateway could not be reached or refused the request for a reason of its own; nothing was charged, or it is being reconciled.
  GATEWAY_UNAVAILABLE: 502,
  INSUFFICIENT_STOCK: 409,
  PRICES_CHANGED: 409,
  ITEM_UNAVAILABLE: 422,
  // A project has no time (or fixed price) that may be billed now.
  NOTHING_TO_BILL: 422,
  // A subscription action the organization's subscription settings do not allow contacts, or not in the subscription's status.
  ACTION_NOT_ALLOWED: 403,
  INTERNAL: 500,
} satisfies Record<ErrorCode, number>;

function body(code: ErrorCode, message: string, details?: unknown): ErrorBody {
  return details === undefined ? { error: { code, message } } : { error: { code, message, details } };
}

/** The single place where errors become HTTP answers. */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      if (error.headers) void reply.headers(error.headers);
      return reply.status(httpStatusByCode[error.code]).send(body(error.code, error.message, error.details));
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const context = String(error.validationContext ?? 'body');
      const parts: Record<string, unknown> = { body: request.body, querystring: request.query, params: request.params, headers: request.headers };
      const input = parts[context];
      const issues = fieldIssuesOf(error.validation, context, input);
      const first = issues[0];
      const message = first ? `${first.field}: ${first.message}` : 'Invalid request';
      return reply.status(400).send(body('VALIDATION_FAILED', message, issues));
    }
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      // 1 MB unless the route allows more (image uploads).
      const limitMb = Math.round((request.routeOptions.bodyLimit || 1024 * 1024) / (1024 * 1024));
      return reply.status(413).send(body('PAYLOAD_TOO_LARGE', `The request body is larger than the ${limitMb} MB limit`));
    }
    if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
      return reply.status(415).send(body('UNSUPPORTED_MEDIA_TYPE', 'Send the request body as application/json'));
    }
    if (error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' || error instanceof SyntaxError || error.code === 'FST_ERR_CTP_INVALID_JSON_BODY') {
      return reply.status(400).send(body('MALFORMED_JSON', 'The request body is not valid JSON'));
    }
    if (error.statusCode === 429) {
      return reply.status(429).send(body('RATE_LIMITED', 'Too many requests'));
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return reply.status(error.statusCode).send(body('VALIDATION_FAILED', error.message));
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply.status(500).send(body('INTERNAL', 'Something went wrong on our side; please try again'));
  });

  app.setNotFoundHandler((_request, reply) => reply.status(404).send(body('NOT_FOUND', 'Not found')));
}
