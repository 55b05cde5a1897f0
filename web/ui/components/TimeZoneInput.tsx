import { useId, useMemo, type ReactNode } from 'react';
import { timeZoneOptions } from '../time-zones.ts';
import { TextInput } from './Field.tsx';

export interface TimeZoneInputProps {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  value: string;
  onChange: (timeZone: string) => void;
}

/**
 * A time zone chosen from the browser's IANA names: a text field whose suggestions narrow as one types
 * ("auck" → Pacific/Auckland); the server checks the name.
 */
export function TimeZoneInput({ label, hint, error, value, onChange }: TimeZoneInputProps) {
  const listId = useId();
  const zones = useMemo(() => timeZoneOptions(value), [value]);
  return (
    <>
      <TextInput label={label} hint={hint} error={error} value={value} list={listId} autoComplete="off" spellCheck={false} onChange={(event) => onChange(event.target.value)} />
      <datalist id={listId}>
        {zones.map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
    </>
  );
}
