import { z } from 'zod';
import { apiKeyScopes } from '../../http/auth.ts';
import { apiKeyStatuses, ROTATION_DEFAULT_OVERLAP_HOURS, ROTATION_MAX_OVERLAP_HOURS } from './api-key.ts';

export const apiKeySchema = z.object({
  id: z.string(),
  name: z.string(),
  prefix: z.string(),
  scopes: z.array(z.enum(apiKeyScopes)),
  status: z.enum(apiKeyStatuses).describe('expiring: ends within 7 days (a rotated key in its overlap, for one)'),
  created_at: z.string(),
  expires_at: z.string().nullable().describe('Null: the key never expires'),
  last_used_at: z.string().nullable().describe('Written at most once a minute'),
  last_used_ip: z.string().nullable(),
  rotated_to_id: z.string().nullable().describe('The key that replaced this one by rotation'),
  revoked_at: z.string().nullable(),
});
export type ApiKey = z.infer<typeof apiKeySchema>;

export const createApiKeyBody = z
  .object({
    name: z.string().trim().min(1).max(100),
    scopes: z.array(z.enum(apiKeyScopes)).min(1),
    expires_at: z.iso.datetime({ offset: true }).nullable().optional().describe('In the future and at most two years ahead; omitted or null: never expires'),
  })
  .strict();

export const rotateApiKeyBody = z
  .object({
    overlap_hours: z
      .number()
      .int()
      .min(0)
      .max(ROTATION_MAX_OVERLAP_HOURS)
      .default(ROTATION_DEFAULT_OVERLAP_HOURS)
      .describe('How long the old key keeps working beside the new one'),
  })
  .strict();

export const createdApiKeySchema = apiKeySchema.extend({ key: z.string().describe('The key itself, shown in this answer only') });
export const rotatedApiKeySchema = createdApiKeySchema.extend({
  replaces: z.object({ id: z.string(), expires_at: z.string().describe('When the old key stops working') }),
});
