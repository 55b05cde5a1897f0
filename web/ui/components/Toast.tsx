import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import { cx } from './cx.ts';
import type { Tone } from './Feedback.tsx';

interface ToastMessage {
  id: number;
  tone: Tone;
  text: string;
}

interface ToastApi {
  show: (text: string, tone?: Tone) => void;
}

const ToastContext = createContext<ToastApi>({ show: () => undefined });

/** Short confirmations ("Saved") in a polite live region that stays in the page from the start. */
export function ToastProvider({ children, dismissLabel }: { children: ReactNode; dismissLabel: string }) {
  const [messages, setMessages] = useState<ToastMessage[]>([]);
  const nextId = useRef(1);
  const dismiss = useCallback((id: number) => setMessages((current) => current.filter((m) => m.id !== id)), []);
  const show = useCallback(
    (text: string, tone: Tone = 'success') => {
      const id = nextId.current++;
      setMessages((current) => [...current.slice(-2), { id, tone, text }]);
      window.setTimeout(() => dismiss(id), 6000);
    },
    [dismiss],
  );
  const api = useMemo(() => ({ show }), [show]);
  return (
    <ToastContext.Provider value={api}>
      {children}
      <div className="ui-toasts" role="status" aria-live="polite">
        {messages.map((message) => (
          <div key={message.id} className={cx('ui-toast', `ui-toast--${message.tone}`)}>
            <span>{message.text}</span>
            <button type="button" className="ui-toast__close" onClick={() => dismiss(message.id)} aria-label={dismissLabel}>
              <span aria-hidden="true">×</span>
            </button>
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  );
}

export function useToast(): ToastApi {
  return useContext(ToastContext);
}
