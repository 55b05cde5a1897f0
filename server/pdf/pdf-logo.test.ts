import { describe, expect, it } from 'vitest';
import { loadLogo } from './pdf-logo.ts';
import { tinyPng } from './pdf-test-fixtures.ts';

function fakeFetch(body: Buffer, status = 200): { fetcher: typeof fetch; calls: string[] } {
  const calls: string[] = [];
  const fetcher = (async (input: string | URL | Request) => {
    calls.push(input instanceof Request ? input.url : input.toString());
    return new Response(new Uint8Array(body), { status });
  }) as typeof fetch;
  return { fetcher, calls };
}

describe('loadLogo', () => {
  it('decodes a data URL holding a PNG', async () => {
    const logo = await loadLogo(`data:image/png;base64,${tinyPng.toString('base64')}`, 0);
    expect(logo?.equals(tinyPng)).toBe(true);
  });

  it('fetches an https logo once and keeps it for a while', async () => {
    const { fetcher, calls } = fakeFetch(tinyPng);
    const url = 'https://cdn.example.test/logo-cached.png';
    expect((await loadLogo(url, 1_000, fetcher))?.equals(tinyPng)).toBe(true);
    expect((await loadLogo(url, 2_000, fetcher))?.equals(tinyPng)).toBe(true);
    expect(calls).toEqual([url]);
    await loadLogo(url, 1_000 + 11 * 60 * 1000, fetcher);
    expect(calls).toHaveLength(2);
  });

  it('answers null, never an error, for what is not a PNG or JPEG, a failed fetch or a plain-http URL', async () => {
    expect(await loadLogo('https://cdn.example.test/page.html', 0, fakeFetch(Buffer.from('<html>')).fetcher)).toBeNull();
    expect(await loadLogo('https://cdn.example.test/missing.png', 0, fakeFetch(tinyPng, 404).fetcher)).toBeNull();
    const failing = (async () => {
      throw new Error('ECONNREFUSED');
    }) as typeof fetch;
    expect(await loadLogo('https://cdn.example.test/down.png', 0, failing)).toBeNull();
    const { fetcher, calls } = fakeFetch(tinyPng);
    expect(await loadLogo('http://169.254.169.254/logo.png', 0, fetcher)).toBeNull();
    expect(calls).toEqual([]);
    expect(await loadLogo(null, 0)).toBeNull();
  });
});
