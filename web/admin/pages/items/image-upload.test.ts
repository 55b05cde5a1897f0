import { describe, expect, it } from 'vitest';
import { imageProblem, imageUpload, maxImageBytes, toBase64 } from './image-upload.ts';

describe('an item picture to upload', () => {
  it('is a PNG, JPEG or WebP file that is not empty and not too large', () => {
    expect(imageProblem({ type: 'image/png', size: 10 })).toBeUndefined();
    expect(imageProblem({ type: 'image/jpeg', size: maxImageBytes })).toBeUndefined();
    expect(imageProblem({ type: 'image/webp', size: 1 })).toBeUndefined();
    expect(imageProblem({ type: 'image/gif', size: 10 })).toBe('type');
    expect(imageProblem({ type: 'image/svg+xml', size: 10 })).toBe('type');
    expect(imageProblem({ type: '', size: 10 })).toBe('type');
    expect(imageProblem({ type: 'image/png', size: 0 })).toBe('empty');
    expect(imageProblem({ type: 'image/png', size: maxImageBytes + 1 })).toBe('size');
  });

  it('travels as base64, also when it is larger than one chunk', () => {
    expect(toBase64(new Uint8Array([0x89, 0x50, 0x4e, 0x47]))).toBe('iVBORw==');
    const large = new Uint8Array(100_000).map((_, i) => i % 256);
    expect(Buffer.from(toBase64(large), 'base64').equals(Buffer.from(large))).toBe(true);
  });

  it('becomes the body with its type and description (none when left blank)', async () => {
    const file = new File([new Uint8Array([1, 2, 3])], 'mug.png', { type: 'image/png' });
    expect(await imageUpload(file, '  Blue mug ')).toEqual({ content_type: 'image/png', data_base64: 'AQID', alt_text: 'Blue mug' });
    expect((await imageUpload(file, ' ')).alt_text).toBeNull();
  });
});
