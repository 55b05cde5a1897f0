import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

interface MenuProps {
  label: ReactNode;
  /** Accessible name of the toggle when its visible label is not enough. */
  ariaLabel?: string;
  align?: 'start' | 'end';
  className?: string;
  children: (close: () => void) => ReactNode;
}

/** A disclosure menu: a button that opens a list; Escape or a click outside closes it. */
export function Menu({ label, ariaLabel, align = 'end', className, children }: MenuProps) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const root = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: MouseEvent) => {
      if (root.current && !root.current.contains(event.target as Node)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        setOpen(false);
        toggle.current?.focus();
      }
    };
    document.addEventListener('mousedown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('mousedown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  const close = () => setOpen(false);
  return (
    <div ref={root} className={['p-menu', className].filter(Boolean).join(' ')}>
      <button
        ref={toggle}
        type="button"
        className="p-menu__toggle"
        aria-expanded={open}
        aria-controls={id}
        aria-label={ariaLabel}
        onClick={() => setOpen((value) => !value)}
      >
        {label}
        <span className="p-menu__caret" aria-hidden="true">
          ▾
        </span>
      </button>
      <div id={id} className={`p-menu__panel p-menu__panel--${align}`} hidden={!open}>
        {open ? children(close) : null}
      </div>
    </div>
  );
}
