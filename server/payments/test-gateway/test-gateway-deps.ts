import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.ts';
import type { Clock } from '../../lib/clock.ts';

/** What the test gateway needs of Portico's context (an AppContext will do). */
export interface TestGatewayDeps {
  db: Kysely<Database>;
  clock: Clock;
  /** The instance secret: the webhook signing secret is derived from it (`testGatewayWebhookSecret`). */
  secret: string;
  /** `publicUrl`: where the challenge page is, and the only origin it sends browsers back to. */
  config: { readonly publicUrl: string };
}
