/**
 * The six official languages of the United Nations, each named in its own script, with the
 * writing direction the page takes when it is chosen. Arabic is written right to left.
 */
export const LANGUAGES = [
  { code: 'ar', name: 'العربية', english: 'Arabic', dir: 'rtl' },
  { code: 'zh', name: '中文', english: 'Chinese', dir: 'ltr' },
  { code: 'en', name: 'English', english: 'English', dir: 'ltr' },
  { code: 'fr', name: 'Français', english: 'French', dir: 'ltr' },
  { code: 'ru', name: 'Русский', english: 'Russian', dir: 'ltr' },
  { code: 'es', name: 'Español', english: 'Spanish', dir: 'ltr' },
] as const;

export type LanguageCode = (typeof LANGUAGES)[number]['code'];

export function isLanguageCode(value: string): value is LanguageCode {
  return LANGUAGES.some((l) => l.code === value);
}

export function directionOf(code: LanguageCode): 'ltr' | 'rtl' {
  return LANGUAGES.find((l) => l.code === code)?.dir ?? 'ltr';
}
