import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTestApp, testConfig, type TestApp } from '../test-app.ts';
import type { Dialect } from '../../db/create-db.ts';

/**
 * Real Portico processes for tests that need more than one instance, or an instance that dies:
 * `server/main.ts` started with `node --import tsx`, on a free port, against a database the test shares
 * with them (a temporary SQLite file or a fresh PostgreSQL database). The test prepares its data through
 * an in-process app on that same database (the builders of server/test), then talks to the processes
 * over real HTTP.
 */

const root = fileURLToPath(new URL('../../../', import.meta.url));

/** The session secret of the in-process app (testConfig), shared by every instance: cookies, CSRF and the test gateway's webhook secret match. */
export const sharedSessionSecret = testConfig().sessionSecret!;

/** A port nothing listens on right now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** The database the test and its processes share, with an in-process app on it for preparing data. */
export interface SharedDatabase {
  dialect: Dialect;
  /** The database's environment for a process: DATABASE_URL or SQLITE_PATH. */
  env: Record<string, string>;
  /** The in-process app on the same database (real clock). */
  t: TestApp;
  close(): Promise<void>;
}

export async function sharedDatabase(dialect: Dialect): Promise<SharedDatabase> {
  const directory = dialect === 'sqlite' ? mkdtempSync(join(tmpdir(), 'portico-process-')) : undefined;
  const sqlitePath = directory ? join(directory, 'portico.db') : undefined;
  const t = await createTestApp(dialect, { config: sqlitePath ? { SQLITE_PATH: sqlitePath } : {} });
  const env: Record<string, string> = sqlitePath ? { SQLITE_PATH: sqlitePath } : { DATABASE_URL: t.ctx.config.databaseUrl! };
  return {
    dialect,
    env,
    t,
    close: async () => {
      await t.close();
      if (directory) rmSync(directory, { recursive: true, force: true });
    },
  };
}

export interface PorticoProcess {
  url: string;
  child: ChildProcess;
  /** Everything the process wrote to stdout and stderr so far (its JSON log lines). */
  output(): string;
  /** Resolves with how the process ended, once its output is read to the end. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** SIGTERM (a graceful shutdown), then waits for the exit. */
  stop(): Promise<void>;
}

/** Starts `server/main.ts` and resolves once it listens. */
export async function startPortico(database: SharedDatabase, env: Record<string, string> = {}): Promise<PorticoProcess> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: root,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      ...database.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      PUBLIC_URL: url,
      SESSION_SECRET: sharedSessionSecret,
      SEED_DEMO: 'false',
      RUN_WORKER: 'false',
      LOG_LEVEL: 'info',
      NODE_ENV: 'test',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Never outlive the test run, whatever ends it.
  const orphaned = () => child.kill('SIGKILL');
  process.once('exit', orphaned);
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('close', (code, signal) => {
      process.off('exit', orphaned);
      resolve({ code, signal });
    }));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Portico did not start within 30 s:\n${output}`)), 30_000);
    const check = () => {
      if (output.includes('Portico is running')) {
        clearTimeout(timer);
        child.stdout.off('data', check);
        resolve();
      }
    };
    child.stdout.on('data', check);
    void exited.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(new Error(`Portico exited (${code ?? signal}) before listening:\n${output}`));
    });
  });
  return {
    url,
    child,
    output: () => output,
    exited,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

/** What the processes wrote, for the report of a failed test (`onTestFailed(() => printOutputs(processes))`). */
export function printOutputs(processes: PorticoProcess[]): void {
  for (const [index, process] of processes.entries()) console.error(`── output of instance ${index + 1} (${process.url}) ──\n${process.output()}`);
}

export interface HttpResponse {
  statusCode: number;
  headers: Headers;
  body: string;
  json<T = unknown>(): T;
}

/** A browser over real HTTP: keeps cookies, sends the CSRF token it was given. */
export class HttpClient {
  private readonly cookies = new Map<string, string>();
  csrfToken: string | undefined;
  constructor(public baseUrl: string) {}

  /** Another browser tab on `baseUrl` with a copy of this one's cookies and CSRF token (the same session, from then on its own jar). */
  copyTo(baseUrl: string): HttpClient {
    const copy = new HttpClient(baseUrl);
    for (const [name, value] of this.cookies) copy.cookies.set(name, value);
    copy.csrfToken = this.csrfToken;
    return copy;
  }

  async request(method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', path: string, body?: unknown, headers: Record<string, string> = {}): Promise<HttpResponse> {
    const cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        ...(cookie ? { cookie } : {}),
        ...(this.csrfToken && method !== 'GET' ? { 'x-csrf-token': this.csrfToken } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
    for (const set of response.headers.getSetCookie()) {
      const [pair] = set.split(';');
      const separator = pair!.indexOf('=');
      const name = pair!.slice(0, separator).trim();
      const value = pair!.slice(separator + 1).trim();
      if (value === '' || /max-age=0/i.test(set)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    const text = await response.text();
    const answer: HttpResponse = { statusCode: response.status, headers: response.headers, body: text, json: <T>() => JSON.parse(text) as T };
    if (response.headers.get('content-type')?.includes('json')) {
      const parsed = JSON.parse(text) as { csrf_token?: unknown };
      if (typeof parsed.csrf_token === 'string') this.csrfToken = parsed.csrf_token;
    }
    return answer;
  }

  get(path: string) {
    return this.request('GET', path);
  }
  post(path: string, body: unknown = {}, headers: Record<string, string> = {}) {
    return this.request('POST', path, body, headers);
  }
  patch(path: string, body: unknown = {}) {
    return this.request('PATCH', path, body);
  }
  delete(path: string) {
    return this.request('DELETE', path);
  }
}

/** A contact signed in to the portal of one instance over HTTP. */
export async function signInContact(baseUrl: string, api: string, email: string, password: string): Promise<HttpClient> {
  const client = new HttpClient(baseUrl);
  const response = await client.post(`${api}/session`, { email, password });
  if (response.statusCode !== 200) throw new Error(`portal sign-in failed: ${response.statusCode} ${response.body}`);
  return client;
}

/** A staff member signed in to the admin API of one instance over HTTP. */
export async function signInStaffAt(baseUrl: string, email: string, password: string): Promise<HttpClient> {
  const client = new HttpClient(baseUrl);
  const response = await client.post('/api/v1/session', { email, password });
  if (response.statusCode !== 200) throw new Error(`staff sign-in failed: ${response.statusCode} ${response.body}`);
  return client;
}

/** A test gateway token for a card or bank account, from an instance's tokens endpoint. */
export async function tokenAt(baseUrl: string, body: unknown): Promise<string> {
  const response = await new HttpClient(baseUrl).post('/test-gateway/v1/tokens', body);
  if (response.statusCode !== 201) throw new Error(`token refused: ${response.body}`);
  return response.json<{ id: string }>().id;
}
