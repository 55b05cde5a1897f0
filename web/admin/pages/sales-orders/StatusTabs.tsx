import { useRef, type KeyboardEvent } from 'react';

interface StatusTabsProps<Value extends string> {
  /** The tabs' accessible name. */
  label: string;
  values: readonly Value[];
  active: Value;
  onChange: (value: Value) => void;
  text: (value: Value) => string;
  /** The id of the panel the tabs control. */
  panelId: string;
}

/** Filter tabs over one list: arrow keys, Home and End move between them (the ARIA tabs pattern). */
export function StatusTabs<Value extends string>({ label, values, active, onChange, text, panelId }: StatusTabsProps<Value>) {
  const refs = useRef<Record<string, HTMLButtonElement | null>>({});
  const onKey = (event: KeyboardEvent) => {
    const index = values.indexOf(active);
    const move = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    let next: Value | undefined;
    if (move) next = values[(index + move + values.length) % values.length];
    if (event.key === 'Home') next = values[0];
    if (event.key === 'End') next = values[values.length - 1];
    if (next === undefined) return;
    event.preventDefault();
    onChange(next);
    refs.current[next]?.focus();
  };
  return (
    <div role="tablist" aria-label={label} className="admin-tabs" onKeyDown={onKey}>
      {values.map((value) => (
        <button
          key={value}
          ref={(element) => {
            refs.current[value] = element;
          }}
          type="button"
          role="tab"
          id={`${panelId}-tab-${value}`}
          aria-selected={active === value}
          aria-controls={panelId}
          tabIndex={active === value ? 0 : -1}
          className="admin-tabs__tab"
          onClick={() => onChange(value)}
        >
          {text(value)}
        </button>
      ))}
    </div>
  );
}
