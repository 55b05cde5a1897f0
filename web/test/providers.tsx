import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { render, renderHook, type RenderHookOptions, type RenderOptions } from '@testing-library/react';
import i18next, { type i18n as I18n, type Resource } from 'i18next';
import type { ReactElement, ReactNode } from 'react';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { ErrorMessageProvider, createErrorMessage, serverFieldMessage, type ErrorMessage, type FieldMessage } from '../ui/errors.tsx';
import { createQueryClient } from '../ui/query/query-client.ts';

/** The texts the shared components read from an app, in English. */
export const testTexts = {
  common: { cancel: 'Cancel', close: 'Close', loading: 'Loading…', retry: 'Try again', required: 'This field is required.' },
  errors: { generic: 'Something went wrong.', server: 'The server had a problem.', network: 'No connection.', CONFLICT: 'It changed in the meantime.', VALIDATION_FAILED: 'Check the form.' },
};

export async function createTestI18n(translation: Resource[string]['translation'] = testTexts, language = 'en'): Promise<I18n> {
  const instance = i18next.createInstance();
  await instance.use(initReactI18next).init({ lng: language, fallbackLng: 'en', resources: { [language]: { translation } }, interpolation: { escapeValue: false } });
  return instance;
}

/** A query client for one test: no retries, so a failure shows at once. */
export function createTestQueryClient(): QueryClient {
  return createQueryClient({ queries: { retry: false, staleTime: 0 } });
}

export interface TestProviders {
  i18n: I18n;
  queryClient?: QueryClient;
  errorMessage?: ErrorMessage;
  fieldMessage?: FieldMessage;
}

export function Providers({ i18n, queryClient, errorMessage, fieldMessage, children }: TestProviders & { children: ReactNode }) {
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient ?? createTestQueryClient()}>
        <ErrorMessageProvider message={errorMessage ?? createErrorMessage({ serverMessages: false })} field={fieldMessage ?? serverFieldMessage}>
          {children}
        </ErrorMessageProvider>
      </QueryClientProvider>
    </I18nextProvider>
  );
}

export function renderWithProviders(ui: ReactElement, providers: TestProviders, options: Omit<RenderOptions, 'wrapper'> = {}) {
  return render(ui, { ...options, wrapper: ({ children }) => <Providers {...providers}>{children}</Providers> });
}

export function renderHookWithProviders<Result, Props>(hook: (props: Props) => Result, providers: TestProviders, options: Omit<RenderHookOptions<Props>, 'wrapper'> = {}) {
  return renderHook(hook, { ...options, wrapper: ({ children }) => <Providers {...providers}>{children}</Providers> });
}
