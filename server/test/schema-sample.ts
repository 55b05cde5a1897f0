/**
 * The smallest value a JSON schema (as the OpenAPI document carries it) accepts: an object's required
 * properties only, an enum's first value, a string long enough for `minLength` and shaped by `format` or
 * `pattern`, a number inside its bounds, an array of `minItems` samples. The API-wide tests send it so a
 * request passes validation and reaches the guard and the handler.
 */
export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number | boolean;
  exclusiveMaximum?: number | boolean;
  minItems?: number;
  multipleOf?: number;
}

const formatted: Record<string, string> = {
  email: 'sample@example.com',
  date: '2026-01-15',
  'date-time': '2026-01-15T10:00:00.000Z',
  uuid: '00000000-0000-4000-8000-000000000000',
  uri: 'https://example.com/sample',
  url: 'https://example.com/sample',
  hostname: 'example.com',
};

/** Strings tried in turn against a `pattern`: the shapes Portico's schemas ask for (dates, slugs, colours, keys). */
const patternCandidates = [
  'sample',
  '2026-01-15',
  '2026-01-15T10:00:00.000Z',
  'sample@example.com',
  '#336699',
  'sample-1',
  'sample_1',
  'example.com',
  'pk_test_sample',
  'sk_test_sample',
  'sample:1',
  'https://example.com/sample',
  'A1',
  '1',
  '',
];

/** Plain strings whose property name says what they hold (schemas that check it in code rather than by format). */
function byName(name: string | undefined): string | undefined {
  if (!name) return undefined;
  if (name === 'email' || name.endsWith('_email')) return 'sample@example.com';
  if (name === 'currency') return 'USD';
  if (name === 'url' || name.endsWith('_url')) return 'https://example.com/sample';
  if (name.endsWith('_date') || name.endsWith('_on') || name === 'date') return '2026-01-15';
  if (name === 'password' || name.endsWith('_password')) return 'correct horse battery staple';
  return undefined;
}

function sampleString(schema: JsonSchema, name?: string): string {
  const min = schema.minLength ?? 0;
  const max = schema.maxLength ?? Infinity;
  const fits = (value: string) => value.length >= min && value.length <= max;
  if (schema.format && formatted[schema.format]) return formatted[schema.format] as string;
  if (schema.pattern) {
    const pattern = new RegExp(schema.pattern);
    const found = patternCandidates.find((candidate) => pattern.test(candidate) && fits(candidate));
    if (found === undefined) throw new Error(`no sample string matches the pattern ${schema.pattern}`);
    return found;
  }
  const named = byName(name);
  if (named !== undefined && fits(named)) return named;
  const base = 'sample';
  if (fits(base)) return base;
  if (base.length < min) return base.padEnd(min, 'x');
  return base.slice(0, max);
}

function sampleNumber(schema: JsonSchema, integer: boolean): number {
  const step = integer ? 1 : 0.5;
  let low = -Infinity;
  if (typeof schema.minimum === 'number') low = schema.minimum;
  if (typeof schema.exclusiveMinimum === 'number') low = Math.max(low, schema.exclusiveMinimum + step);
  else if (schema.exclusiveMinimum === true && typeof schema.minimum === 'number') low = schema.minimum + step;
  let high = Infinity;
  if (typeof schema.maximum === 'number') high = schema.maximum;
  if (typeof schema.exclusiveMaximum === 'number') high = Math.min(high, schema.exclusiveMaximum - step);
  else if (schema.exclusiveMaximum === true && typeof schema.maximum === 'number') high = schema.maximum - step;
  // One is a value most amounts, quantities and counts accept; else the nearest bound.
  let value = 1;
  if (value < low) value = integer ? Math.ceil(low) : low;
  if (value > high) value = integer ? Math.floor(high) : high;
  if (schema.multipleOf) value = Math.ceil(value / schema.multipleOf) * schema.multipleOf;
  return value;
}

/** `name` is the property the schema describes, which shapes a plain string (`email`, `currency`, `due_date`). */
export function sampleOf(schema: JsonSchema, name?: string): unknown {
  if (schema.const !== undefined) return schema.const;
  if (schema.enum && schema.enum.length > 0) return schema.enum[0];
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) {
    // The first alternative that is not null: a nullable field gets a real value.
    const chosen = alternatives.find((alternative) => alternative.type !== 'null') ?? alternatives[0];
    return chosen ? sampleOf(chosen, name) : null;
  }
  if (schema.allOf) {
    return schema.allOf.reduce<Record<string, unknown>>((merged, part) => ({ ...merged, ...(sampleOf(part) as Record<string, unknown>) }), {});
  }
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  const type = types.find((candidate) => candidate !== 'null') ?? types[0] ?? (schema.properties ? 'object' : undefined);
  switch (type) {
    case 'object': {
      const value: Record<string, unknown> = {};
      for (const name of schema.required ?? []) {
        const property = schema.properties?.[name];
        value[name] = property ? sampleOf(property, name) : 'sample';
      }
      return value;
    }
    case 'array': {
      const count = schema.minItems ?? 0;
      return Array.from({ length: count }, () => sampleOf(schema.items ?? {}));
    }
    case 'string':
      return sampleString(schema, name);
    case 'integer':
      return sampleNumber(schema, true);
    case 'number':
      return sampleNumber(schema, false);
    case 'boolean':
      return false;
    case 'null':
      return null;
    default:
      return {};
  }
}
