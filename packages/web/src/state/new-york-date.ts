/** Today's calendar date in New York, where the Council's dates are kept ("YYYY-MM-DD"). */
export function newYorkToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'America/New_York',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** A long date for display in the chosen language ("4 February 2022", "4 février 2022"). */
export function longDate(iso: string, lang: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (!y || !m || !d) return iso;
  return longFormat(lang).format(Date.UTC(y, m - 1, d));
}

/** A month's name in the chosen language. */
export function monthName(month: number, lang: string): string {
  return new Intl.DateTimeFormat(locale(lang), { timeZone: 'UTC', month: 'long' }).format(
    Date.UTC(2000, month - 1, 1),
  );
}

/** UN documents write English dates day-first ("26 May 2022"), as British English does. */
function locale(lang: string): string {
  return lang === 'en' ? 'en-GB' : lang;
}

// Building an Intl formatter is costly; tables format hundreds of dates, so keep one per language.
const longFormats = new Map<string, Intl.DateTimeFormat>();
function longFormat(lang: string): Intl.DateTimeFormat {
  let f = longFormats.get(lang);
  if (!f) {
    f = new Intl.DateTimeFormat(locale(lang), {
      timeZone: 'UTC',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    });
    longFormats.set(lang, f);
  }
  return f;
}
