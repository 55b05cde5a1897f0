/**
 * A small XML writer: elements are built as values and serialised once, every text and attribute value
 * escaped on the way out (no markup is ever assembled from unescaped strings).
 */
export interface XmlElement {
  name: string;
  attributes: Readonly<Record<string, string | undefined>>;
  children: readonly XmlElement[];
  text: string | undefined;
}

type Child = XmlElement | null | undefined | false | readonly (XmlElement | null | undefined | false)[];

/** An element with attributes (undefined ones are left out) and children (null/undefined/false skipped). */
export function element(name: string, attributes: Record<string, string | undefined>, ...children: Child[]): XmlElement {
  const kept: XmlElement[] = [];
  for (const child of children.flat()) if (child) kept.push(child);
  return { name, attributes, children: kept, text: undefined };
}

/** An element holding text; none at all (undefined) when the value is null, undefined or blank. */
export function textElement(name: string, value: string | number | null | undefined, attributes: Record<string, string | undefined> = {}): XmlElement | undefined {
  if (value === null || value === undefined) return undefined;
  const text = String(value);
  if (text.trim() === '') return undefined;
  return { name, attributes, children: [], text };
}

// XML 1.0 allows tab, LF, CR and everything from U+0020 except the surrogates' halves alone, U+FFFE and U+FFFF.
// eslint-disable-next-line no-control-regex
const notXmlChar = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function escapeText(value: string): string {
  return value.replace(notXmlChar, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeAttribute(value: string): string {
  return escapeText(value).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');
}

function write(node: XmlElement, indent: string, out: string[]): void {
  const attributes = Object.entries(node.attributes)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([key, value]) => ` ${key}="${escapeAttribute(value)}"`)
    .join('');
  if (node.text !== undefined) {
    out.push(`${indent}<${node.name}${attributes}>${escapeText(node.text).replace(/\r/g, '&#13;')}</${node.name}>`);
  } else if (node.children.length === 0) {
    out.push(`${indent}<${node.name}${attributes}/>`);
  } else {
    out.push(`${indent}<${node.name}${attributes}>`);
    for (const child of node.children) write(child, `${indent}  `, out);
    out.push(`${indent}</${node.name}>`);
  }
}

/** The document, UTF-8, with its XML declaration. */
export function renderXml(root: XmlElement): string {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>'];
  write(root, '', out);
  return `${out.join('\n')}\n`;
}
