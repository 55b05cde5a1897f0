import { expect } from 'vitest';
import { signUpStaff } from '../../test/builders.ts';
import { describeOnEachDialect } from '../../test/fixture.ts';

const widget = { name: 'Widget', sku: 'W-1', unit: 'pcs', description: null, rate_minor: 1250, currency: 'EUR' };
// A 1×1 PNG.
const png = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46]).toString('base64');
const webp = Buffer.concat([Buffer.from('RIFF'), Buffer.from([0x1a, 0, 0, 0]), Buffer.from('WEBPVP8 ')]).toString('base64');

describeOnEachDialect('item images', (it) => {
  it('stores PNG, JPEG and WebP images in order, serves their bytes with cache headers and lists them in the item', async ({ staff }) => {
    const item = (await staff.client.post('/api/v1/items', widget)).json();
    const first = await staff.client.post(`/api/v1/items/${item.id}/images`, { content_type: 'image/png', data_base64: png, alt_text: 'The widget' });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ position: 1, alt_text: 'The widget', content_type: 'image/png', byte_size: Buffer.from(png, 'base64').length, url: `/api/v1/items/${item.id}/images/${first.json().id}` });
    const second = (await staff.client.post(`/api/v1/items/${item.id}/images`, { content_type: 'image/jpeg', data_base64: jpeg })).json();
    const third = (await staff.client.post(`/api/v1/items/${item.id}/images`, { content_type: 'image/webp', data_base64: webp })).json();
    expect([second.position, third.position]).toEqual([2, 3]);

    const images = (await staff.client.get(`/api/v1/items/${item.id}`)).json().images;
    expect(images.map((image: { id: string; position: number; alt_text: string | null }) => [image.id, image.position, image.alt_text])).toEqual([
      [first.json().id, 1, 'The widget'],
      [second.id, 2, null],
      [third.id, 3, null],
    ]);
    expect((await staff.client.get('/api/v1/items')).json().data[0].images).toHaveLength(3);

    const served = await staff.client.get(first.json().url);
    expect(served.statusCode).toBe(200);
    expect(served.headers['content-type']).toBe('image/png');
    expect(served.headers['cache-control']).toContain('max-age');
    expect(served.rawPayload.equals(Buffer.from(png, 'base64'))).toBe(true);
    const again = await staff.client.request('GET', first.json().url, undefined, { 'if-none-match': String(served.headers.etag) });
    expect(again.statusCode).toBe(304);

    expect((await staff.client.delete(`/api/v1/items/${item.id}/images/${second.id}`)).statusCode).toBe(204);
    expect((await staff.client.get(`/api/v1/items/${item.id}/images/${second.id}`)).statusCode).toBe(404);
    expect((await staff.client.delete(`/api/v1/items/${item.id}/images/${second.id}`)).statusCode).toBe(404);
    expect((await staff.client.get(`/api/v1/items/${item.id}`)).json().images.map((image: { id: string }) => image.id)).toEqual([first.json().id, third.id]);
  });

  it('refuses what is not a PNG, JPEG or WebP image, naming the field, and stores nothing', async ({ staff }) => {
    const item = (await staff.client.post('/api/v1/items', widget)).json();
    const cases: [Record<string, unknown>, string][] = [
      [{ content_type: 'image/gif', data_base64: png }, 'content_type'],
      [{ content_type: 'image/png', data_base64: Buffer.from('GIF89a not a png').toString('base64') }, 'data_base64'],
      [{ content_type: 'image/png', data_base64: 'this is not base64!' }, 'data_base64'],
      [{ content_type: 'image/jpeg', data_base64: png }, 'content_type'],
      [{ content_type: 'image/png' }, 'data_base64'],
    ];
    for (const [body, field] of cases) {
      const response = await staff.client.post(`/api/v1/items/${item.id}/images`, body);
      expect(response.statusCode).toBe(400);
      expect(response.json().error.details).toEqual([expect.objectContaining({ field })]);
    }
    expect((await staff.client.get(`/api/v1/items/${item.id}`)).json().images).toEqual([]);
  });

  it('takes an image up to 2 MB in a body beyond the 1 MB limit of other requests, and refuses a larger one', async ({ staff }) => {
    const item = (await staff.client.post('/api/v1/items', widget)).json();
    const header = Buffer.from(png, 'base64');
    const bigEnough = Buffer.concat([header, Buffer.alloc(2 * 1024 * 1024 - header.length)]);
    const accepted = await staff.client.post(`/api/v1/items/${item.id}/images`, { content_type: 'image/png', data_base64: bigEnough.toString('base64') });
    expect(accepted.statusCode).toBe(201);
    expect(accepted.json().byte_size).toBe(2 * 1024 * 1024);
    expect((await staff.client.get(accepted.json().url)).rawPayload.length).toBe(2 * 1024 * 1024);

    const tooBig = Buffer.concat([bigEnough, Buffer.alloc(1)]);
    const refused = await staff.client.post(`/api/v1/items/${item.id}/images`, { content_type: 'image/png', data_base64: tooBig.toString('base64') });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.details).toEqual([expect.objectContaining({ field: 'data_base64', code: 'too_big' })]);

    const huge = await staff.client.post(`/api/v1/items/${item.id}/images`, { content_type: 'image/png', data_base64: 'A'.repeat(3 * 1024 * 1024 + 10) });
    expect(huge.statusCode).toBe(413);
    expect(huge.json().error.message).toContain('3 MB');
    // Other requests keep the 1 MB limit.
    const longItem = await staff.client.post('/api/v1/items', { ...widget, description: 'x'.repeat(1024 * 1024 + 10) });
    expect(longItem.statusCode).toBe(413);
    expect(longItem.json().error.message).toContain('1 MB');
    expect((await staff.client.get(`/api/v1/items/${item.id}`)).json().images).toHaveLength(1);
  });

  it("answers 404 for another organization's item or image and leaves them as they were", async ({ t, staff }) => {
    const other = await signUpStaff(t.app);
    const item = (await staff.client.post('/api/v1/items', widget)).json();
    const image = (await staff.client.post(`/api/v1/items/${item.id}/images`, { content_type: 'image/png', data_base64: png })).json();
    expect((await other.client.post(`/api/v1/items/${item.id}/images`, { content_type: 'image/png', data_base64: png })).statusCode).toBe(404);
    expect((await other.client.get(image.url)).statusCode).toBe(404);
    expect((await other.client.delete(image.url)).statusCode).toBe(404);
    const foreignItem = (await other.client.post('/api/v1/items', widget)).json();
    expect((await staff.client.get(`/api/v1/items/${foreignItem.id}/images/${image.id}`)).statusCode).toBe(404);
    expect((await staff.client.get(image.url)).statusCode).toBe(200);
  });
});
