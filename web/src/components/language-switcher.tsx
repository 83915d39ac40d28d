import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useChangeLanguage } from '../features/auth/session.ts';
import { currentLanguage, LANGUAGES, type Language } from '../i18n/index.ts';

const SHORT: Record<Language, string> = { kk: 'Қаз', ru: 'Рус', en: 'Eng' };

/** Kazakh, Russian, English — each named in its own language. */
export function LanguageSwitcher() {
  const { t } = useTranslation();
  const change = useChangeLanguage();
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('lang.label')}
      value={currentLanguage()}
      onChange={(value) => void change(value as Language)}
      data={LANGUAGES.map((language) => ({ value: language, label: SHORT[language] }))}
      data-testid="language-switcher"
    />
  );
}
