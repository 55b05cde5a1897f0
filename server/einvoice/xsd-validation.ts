/**
 * Validation of e-invoice XML against the published schemas in ./xsd (tests only: xmllint-wasm is a
 * development dependency and the schemas are test fixtures).
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateXML, type XMLFileInfo } from 'xmllint-wasm';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), 'xsd');

async function filesUnder(directory: string, prefix: string): Promise<XMLFileInfo[]> {
  const files: XMLFileInfo[] = [];
  for (const entry of await readdir(directory, { withFileTypes: true })) {
    const name = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) files.push(...(await filesUnder(path.join(directory, entry.name), name)));
    else if (entry.name.endsWith('.xsd')) files.push({ fileName: name, contents: await readFile(path.join(directory, entry.name), 'utf8') });
  }
  return files;
}

const schemaSets = new Map<string, Promise<XMLFileInfo[]>>();

function schemaSet(directory: string): Promise<XMLFileInfo[]> {
  let set = schemaSets.get(directory);
  if (!set) {
    set = filesUnder(path.join(root, directory), '');
    schemaSets.set(directory, set);
  }
  return set;
}

export interface XsdResult {
  valid: boolean;
  errors: string[];
}

async function validate(xml: string, directory: string, main: string): Promise<XsdResult> {
  const files = await schemaSet(directory);
  const schema = files.find((file) => file.fileName === main);
  if (!schema) throw new Error(`No schema ${main}`);
  const result = await validateXML({ xml: { fileName: 'document.xml', contents: xml }, schema, preload: files.filter((file) => file !== schema), maxMemoryPages: 16384 });
  return { valid: result.valid, errors: result.errors.map((error) => error.rawMessage) };
}

/** Against UBL-Invoice-2.1.xsd or UBL-CreditNote-2.1.xsd, by the document's root element. */
export function validateUbl(xml: string): Promise<XsdResult> {
  const main = /<CreditNote[\s>]/.test(xml) ? 'maindoc/UBL-CreditNote-2.1.xsd' : 'maindoc/UBL-Invoice-2.1.xsd';
  return validate(xml, 'ubl-2.1', main);
}

/** Against the Factur-X 1.0.07 EN 16931 schema (CII D16B restricted to EN 16931). */
export function validateCii(xml: string): Promise<XsdResult> {
  return validate(xml, 'factur-x-1.0.07', 'Factur-X_1.0.07_EN16931.xsd');
}
