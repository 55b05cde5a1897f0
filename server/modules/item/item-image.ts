import type { ItemImageContentType } from './item.schemas.ts';

/** The largest image an item takes, once decoded. */
export const MAX_ITEM_IMAGE_BYTES = 2 * 1024 * 1024;
/** How many images one item keeps. */
export const MAX_IMAGES_PER_ITEM = 12;

const base64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** The bytes of standard base64 (padding optional, no line breaks), or null when it is not base64. */
export function decodeBase64(text: string): Buffer | null {
  const compact = text.trim();
  if (compact.length === 0 || !base64.test(compact) || compact.length % 4 === 1) return null;
  return Buffer.from(compact, 'base64');
}

/** What the first bytes say the image is (PNG, JPEG or WebP), or null for anything else. */
export function sniffImageType(bytes: Buffer): ItemImageContentType | null {
  if (bytes.length >= 8 && bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes.length >= 12 && bytes.subarray(0, 4).toString('latin1') === 'RIFF' && bytes.subarray(8, 12).toString('latin1') === 'WEBP') return 'image/webp';
  return null;
}
