import type { Language } from '../../../contract/portal.ts';

const texts: Record<Language, (url: string) => string> = {
  en: (url) => `The webhook endpoint ${url} was disabled: its deliveries failed for 3 days. Fix it, then enable it again.`,
  de: (url) => `Der Webhook-Endpunkt ${url} wurde deaktiviert: Seine Zustellungen schlugen 3 Tage lang fehl. Beheben Sie den Fehler und aktivieren Sie ihn wieder.`,
  fr: (url) => `Le point de terminaison de webhook ${url} a été désactivé : ses envois ont échoué pendant 3 jours. Corrigez-le, puis réactivez-le.`,
  es: (url) => `El endpoint de webhook ${url} se ha desactivado: sus entregas fallaron durante 3 días. Corríjalo y vuelva a activarlo.`,
  ja: (url) => `Webhook エンドポイント ${url} を無効にしました。3 日間配信に失敗し続けたためです。問題を解決してから再度有効にしてください。`,
};

/** The staff email's sentence for an endpoint disabled after failing for three days, in the reader's language. */
export function endpointDisabledMessage(language: Language, url: string): string {
  return texts[language](url);
}
