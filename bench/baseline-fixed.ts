// Baseline (a) of npm run bench: the least a Fastify server can do per request — one route, a fixed small JSON.
// Portico's figures are read as shares of this one, measured in the same run on the same machine.
import Fastify from 'fastify';

const app = Fastify({ logger: false });
const answer = { status: 'ok', service: 'baseline', version: 1 };
app.get('/fixed', async () => answer);
await app.listen({ port: Number(process.env.PORT ?? 0), host: process.env.HOST ?? '127.0.0.1' });
process.once('SIGTERM', () => void app.close().then(() => process.exit(0)));
