/**
 * An item's picture as the API takes it: PNG, JPEG or WebP, sent as base64 in JSON. The file is checked
 * here first, so a wrong kind or an oversized photo is refused before anything is sent.
 */

export const imageTypes = ['image/png', 'image/jpeg', 'image/webp'] as const;
export type ImageType = (typeof imageTypes)[number];

/** The largest picture accepted, in bytes. */
export const maxImageBytes = 2 * 1024 * 1024;

export type ImageProblem = 'type' | 'size' | 'empty';

/** What is wrong with a picked file, or undefined when it can be uploaded. */
export function imageProblem(file: { type: string; size: number }): ImageProblem | undefined {
  if (!(imageTypes as readonly string[]).includes(file.type)) return 'type';
  if (file.size === 0) return 'empty';
  if (file.size > maxImageBytes) return 'size';
  return undefined;
}

/** Bytes → base64, in chunks so a large picture does not overflow the call stack. */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let start = 0; start < bytes.length; start += 0x8000) binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  return btoa(binary);
}

export interface ImageUpload {
  content_type: ImageType;
  data_base64: string;
  alt_text: string | null;
}

function readBytes(file: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read'));
    reader.readAsArrayBuffer(file);
  });
}

/** The body of an upload from a checked file and its description. */
export async function imageUpload(file: File, altText: string): Promise<ImageUpload> {
  const bytes = await readBytes(file);
  return { content_type: file.type as ImageType, data_base64: toBase64(bytes), alt_text: altText.trim() === '' ? null : altText.trim() };
}
