import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import { en, type MessageKey } from './en.ts';
import { fr } from './fr.ts';
import { ar, es, ru, zh } from './partial.ts';
import { directionOf, isLanguageCode, type LanguageCode } from './languages.ts';

export type { MessageKey } from './en.ts';
export { LANGUAGES, type LanguageCode } from './languages.ts';

/** Catalogues: English and French are complete; the other UN languages fall back to English key by key. */
const CATALOGUES: Record<LanguageCode, Partial<Record<MessageKey, string>>> = {
  en,
  fr,
  ar,
  es,
  ru,
  zh,
};

/** Which catalogues cover every message (the language menu marks the others as partial). */
export const COMPLETE_LANGUAGES: readonly LanguageCode[] = ['en', 'fr'];

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

/** True when a string is a key of the message catalogue (for keys built from engine ids). */
export function isMessageKey(key: string): key is MessageKey {
  return key in en;
}

/** Looks a message up in a language, falling back to English, and fills `{name}` placeholders. */
export function translate(
  lang: LanguageCode,
  key: MessageKey,
  vars?: Record<string, string | number>,
): string {
  const template = CATALOGUES[lang][key] ?? en[key];
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in vars ? String(vars[name]) : whole,
  );
}

interface I18n {
  lang: LanguageCode;
  dir: 'ltr' | 'rtl';
  setLang: (lang: LanguageCode) => void;
  t: Translate;
}

const I18nContext = createContext<I18n | null>(null);
const STORAGE_KEY = 'council.lang';

function initialLanguage(): LanguageCode {
  const fromUrl = new URLSearchParams(location.hash.split('?')[1] ?? '').get('lang');
  if (fromUrl && isLanguageCode(fromUrl)) return fromUrl;
  const stored = localStorage.getItem(STORAGE_KEY);
  if (stored && isLanguageCode(stored)) return stored;
  const browser = navigator.language.slice(0, 2);
  return isLanguageCode(browser) ? browser : 'en';
}

/** Provides the language, and keeps `<html lang dir>` in step so screen readers and layout follow it. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<LanguageCode>(initialLanguage);
  const dir = directionOf(lang);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.documentElement.dir = dir;
  }, [lang, dir]);
  const setLang = useCallback((next: LanguageCode) => {
    localStorage.setItem(STORAGE_KEY, next);
    setLangState(next);
  }, []);
  const t = useCallback<Translate>((key, vars) => translate(lang, key, vars), [lang]);
  const value = useMemo(() => ({ lang, dir, setLang, t }), [lang, dir, setLang, t]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n() needs an <I18nProvider> above it');
  return value;
}
