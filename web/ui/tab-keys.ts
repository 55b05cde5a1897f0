/**
 * The ARIA tabs pattern's keys: the arrow keys move to the next or previous tab (wrapping round), Home
 * and End to the first and last. Only the selected tab is in the Tab order, so without these keys a
 * keyboard could not reach the others. Undefined for any other key.
 */
export function tabAfterKey<Value>(values: readonly Value[], active: Value, key: string): Value | undefined {
  if (values.length === 0) return undefined;
  const index = Math.max(0, values.indexOf(active));
  if (key === 'ArrowRight') return values[(index + 1) % values.length];
  if (key === 'ArrowLeft') return values[(index - 1 + values.length) % values.length];
  if (key === 'Home') return values[0];
  if (key === 'End') return values[values.length - 1];
  return undefined;
}
