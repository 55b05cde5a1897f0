import { describe, expect, it } from 'vitest';
import { newToken } from '../lib/tokens.ts';
import { newId } from '../lib/ids.ts';
import { loggableUrl } from './request-log.ts';

describe('the URL of a log line', () => {
  it('keeps paths with ids and ordinary query parameters as they are', () => {
    const id = newId();
    expect(loggableUrl(`/api/v1/customers/${id}?limit=20&cursor=abc`)).toBe(`/api/v1/customers/${id}?limit=20&cursor=abc`);
    expect(loggableUrl('/healthz')).toBe('/healthz');
    expect(loggableUrl('/search?')).toBe('/search');
  });

  it('never shows a link token, in the path or the query, nor secret-looking parameters', () => {
    const token = newToken();
    expect(loggableUrl(`/portal/acme/api/pay-links/${token}/pdf`)).toBe('/portal/acme/api/pay-links/[redacted]/pdf');
    expect(loggableUrl(`/portal/acme/reset?token=${token}&lang=de`)).toBe('/portal/acme/reset?token=[redacted]&lang=de');
    expect(loggableUrl(`/x?t=${token}`)).toBe('/x?t=[redacted]');
    expect(loggableUrl('/x?api_key=short&password=hunter2&email=a%40b.test&flag')).toBe('/x?api_key=[redacted]&password=[redacted]&email=[redacted]&flag');
  });
});
