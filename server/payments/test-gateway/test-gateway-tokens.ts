import { consumeRateLimit, type RateLimitRule } from '../../http/rate-limit.ts';
import { validationError } from '../../lib/app-error.ts';
import { isoNow } from '../../lib/clock.ts';
import type { TestGatewayDeps } from './test-gateway-deps.ts';
import { insertToken } from './test-gateway.repository.ts';
import { checkBankAccount, checkCard, gatewayId } from './test-gateway-rules.ts';
import type { CreateTokenBody, TokenResponse } from './test-gateway.schemas.ts';

/** Token requests per client address: plenty for people paying, too few for testing stolen numbers in bulk. */
export const tokenRateLimit: RateLimitRule = { limit: 200, windowSeconds: 15 * 60 };

/**
 * Turns a card or bank account into a single-use token (`tok_…`). Only the brand, last 4, expiry and
 * the test outcome the number stands for are kept; the number itself goes nowhere.
 */
export async function createToken(deps: TestGatewayDeps, body: CreateTokenBody, ip: string): Promise<TokenResponse> {
  await consumeRateLimit(deps.db, `test-gateway-token:${ip}`, deps.clock, tokenRateLimit);
  if (body.card && body.bank_account) throw validationError('bank_account', 'invalid', 'give either a card or a bank account, not both');
  if (!body.card && !body.bank_account) throw validationError('card', 'required', 'give a card or a bank account');
  const now = isoNow(deps.clock);
  const checked = body.card ? checkCard(body.card, now.slice(0, 10)) : checkBankAccount(body.bank_account!);
  if (!checked.ok) throw validationError(checked.issue.field, checked.issue.code, checked.issue.message);
  const { facts } = checked;
  const id = gatewayId('tok');
  await insertToken(deps.db, {
    id,
    type: facts.type,
    brand: facts.brand,
    last4: facts.last4,
    exp_month: facts.expMonth,
    exp_year: facts.expYear,
    holder_name: facts.holderName,
    outcome: JSON.stringify(facts.outcome),
    created_at: now,
    used_at: null,
  });
  return { id, type: facts.type, brand: facts.brand, last4: facts.last4, exp_month: facts.expMonth, exp_year: facts.expYear };
}
