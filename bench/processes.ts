// The servers under test, each started as its own Node process on loopback, with its output in a log file.
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));

export interface ServerProcess {
  name: string;
  url: string;
  pid: number;
  /** Peak resident memory so far (VmHWM), in MB; 0 where /proc is not there. */
  peakRssMb(): number;
  /** SIGTERM, then waits for the exit; answers the peak RSS read just before. */
  stop(): Promise<number>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export function peakRssOf(pid: number): number {
  try {
    const match = readFileSync(`/proc/${pid}/status`, 'utf8').match(/^VmHWM:\s+(\d+) kB/m);
    return match ? Number(match[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

async function waitUntilAnswering(url: string, child: ChildProcess, logFile: string): Promise<void> {
  const until = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`${url} exited before it listened; see ${logFile}`);
    try {
      const response = await fetch(url);
      await response.arrayBuffer();
      return;
    } catch {
      if (Date.now() > until) throw new Error(`${url} did not answer within 60 s; see ${logFile}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/**
 * Runs `node --import tsx <script>` with `env` (plus PORT and HOST) and resolves once `readyPath`
 * answers. The process gets no other environment than PATH and HOME, as a deployment would.
 */
export async function startServer(name: string, script: string, env: Record<string, string>, logFile: string, readyPath = '/'): Promise<ServerProcess> {
  return startServerOnPort(name, script, await freePort(), env, logFile, readyPath);
}

/** The session secret every Portico process of a run shares. */
export const benchSessionSecret = 'bench-session-secret-bench-session-secret';

/** Portico itself (`server/main.ts`), production-like: no demo, info logs to the file. */
export async function startPortico(name: string, databaseEnv: Record<string, string>, logFile: string, extra: Record<string, string> = {}): Promise<ServerProcess> {
  const port = await freePort();
  // PUBLIC_URL must name the port before the process starts; startServer picks its own, so pass PORT through.
  return startServerOnPort(name, 'server/main.ts', port, {
    ...databaseEnv,
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    SESSION_SECRET: benchSessionSecret,
    SEED_DEMO: 'false',
    RUN_WORKER: 'false',
    LOG_LEVEL: 'info',
    NODE_ENV: 'production',
    ...extra,
  }, logFile, '/healthz');
}

async function startServerOnPort(name: string, script: string, port: number, env: Record<string, string>, logFile: string, readyPath: string): Promise<ServerProcess> {
  const url = `http://127.0.0.1:${port}`;
  const log = openSync(logFile, 'a');
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', log, log],
  });
  closeSync(log);
  return supervise(name, url, child, logFile, readyPath);
}

async function supervise(name: string, url: string, child: ChildProcess, logFile: string, readyPath: string): Promise<ServerProcess> {
  const orphaned = () => child.kill('SIGKILL');
  process.once('exit', orphaned);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    await waitUntilAnswering(url + readyPath, child, logFile);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  const pid = child.pid!;
  return {
    name,
    url,
    pid,
    peakRssMb: () => peakRssOf(pid),
    stop: async () => {
      const peak = peakRssOf(pid);
      child.kill('SIGTERM');
      const forced = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(forced);
      process.off('exit', orphaned);
      return peak;
    },
  };
}
