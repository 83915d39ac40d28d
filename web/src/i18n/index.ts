import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { caseLabels, protocolLabels } from './case-labels.ts';
import { en } from './en.ts';
import { kk } from './kk.ts';
import { ru } from './ru.ts';

export const LANGUAGES = ['kk', 'ru', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'qorgau.language';

/** The language to start in: the last one chosen on this device, else Kazakh. */
function initialLanguage(): Language {
  const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
  return (LANGUAGES as readonly string[]).includes(stored ?? '') ? (stored as Language) : 'kk';
}

export const i18n: I18n = i18next.createInstance();
await i18n.use(initReactI18next).init({
  // The UI's own texts and the domain's labels of case codes: the catalog test keeps the two apart.
  resources: {
    kk: { translation: { ...caseLabels('kk'), ...protocolLabels('kk'), ...kk } },
    ru: { translation: { ...caseLabels('ru'), ...protocolLabels('ru'), ...ru } },
    en: { translation: { ...caseLabels('en'), ...protocolLabels('en'), ...en } },
  },
  lng: initialLanguage(),
  fallbackLng: false,
  keySeparator: false,
  nsSeparator: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});

function syncDocument(language: string): void {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}
syncDocument(i18n.language);
i18n.on('languageChanged', (language) => {
  syncDocument(language);
  globalThis.localStorage?.setItem(STORAGE_KEY, language);
});

/** The current UI language. */
export function currentLanguage(): Language {
  return (LANGUAGES as readonly string[]).includes(i18n.language) ? (i18n.language as Language) : 'kk';
}
