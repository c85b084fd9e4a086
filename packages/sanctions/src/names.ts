/**
 * Name normalisation for screening: diacritics and case removed, punctuation split, Arabic particles
 * and company words weighted down, and a consonant skeleton per word that is the same across the
 * usual romanisations of Korean and Arabic names (Choe/Choi, Kim/Gim, Ri/Li/Lee, Jong/Chong/Jeong,
 * Muhammad/Mohamed/Mohammed, Husayn/Hussein, Qadir/Kadir, Yusuf/Youssef …).
 */

/** One word of a name, ready for comparison. */
export interface NameToken {
  /** Lower-case, no diacritics. */
  readonly text: string;
  /** Consonant skeleton (see skeleton()). */
  readonly skel: string;
  /** How much the word counts: 1 for a name word, less for particles and company words. */
  readonly weight: number;
  /** Vowel classes (see vowelClasses()). */
  readonly vowels: string;
}

const LATIN_FOLD: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ı: 'i',
  œ: 'oe',
  þ: 'th',
  ð: 'd',
};

/** Arabic and other particles that are written or left out at will. */
const PARTICLES = new Set([
  'al',
  'el',
  'ul',
  'il',
  'ad',
  'ud',
  'ash',
  'as',
  'az',
  'ar',
  'an',
  'at',
  'ath',
  'adh',
  'bin',
  'ibn',
  'ben',
  'bint',
  'van',
  'von',
  'de',
  'da',
  'del',
  'der',
  'la',
  'le',
  'du',
  'dos',
  'das',
  'di',
]);

/** Generic words in entity names: they count a little, never alone. */
const ORG_WORDS = new Set([
  'company',
  'co',
  'corporation',
  'corp',
  'limited',
  'ltd',
  'llc',
  'inc',
  'group',
  'general',
  'trading',
  'international',
  'the',
  'of',
  'and',
  'for',
  'bank',
  'organization',
  'organisation',
  'foundation',
  'society',
  'committee',
  'association',
  'enterprise',
  'enterprises',
  'industrial',
  'industry',
  'industries',
  'gmbh',
  'sa',
  'ltda',
  'fzco',
  'fze',
  'jsc',
  'ojsc',
  'plc',
]);

/** Lower-cases, strips diacritics and apostrophes, and turns other punctuation into spaces. */
export function normaliseName(s: string): string {
  return (
    s
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      // Arabic script: short-vowel marks and tatweel dropped; hamza-carrying alifs, alif maqsura and
      // ta marbuta folded, as they are spelled either way.
      .replace(/[\u064b-\u065f\u0670\u0640]/g, '')
      .replace(/[\u0622\u0623\u0625\u0671]/g, '\u0627')
      .replace(/\u0649/g, '\u064a')
      .replace(/\u0629/g, '\u0647')
      .toLowerCase()
      .replace(/[ßæøłđıœþð]/g, (c) => LATIN_FOLD[c] ?? c)
      .replace(/['’‘`ʼʻ´]/g, '')
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()
  );
}

/**
 * A consonant skeleton of one Latin word: digraphs folded (sh→s, ch/j→j, kh→k, ph→f, th→t, dh→d,
 * gh→g), voiced and voiceless pairs merged (g/k/q/c, b/p, d/t, z/s, v/f), l→r, w and y treated as
 * vowels, vowels dropped after the first letter, doubled letters collapsed. A word made only of
 * vowels keeps its first vowel.
 */
export function skeleton(word: string): string {
  if (!/^[a-z]+$/.test(word)) return word;
  const w = word
    .replace(/tch|dj|zh|ch/g, 'j')
    .replace(/sch|sh/g, 's')
    .replace(/kh/g, 'k')
    .replace(/gh/g, 'g')
    .replace(/ph/g, 'f')
    .replace(/th/g, 't')
    .replace(/dh/g, 'd')
    .replace(/x/g, 'ks')
    .replace(/[qcg]/g, 'k')
    .replace(/b/g, 'p')
    .replace(/d/g, 't')
    .replace(/z/g, 's')
    .replace(/v/g, 'f')
    .replace(/l/g, 'r')
    .replace(/[wy]/g, 'a');
  const lead = /^[aeiou]/.test(w) ? '_' : '';
  const consonants = w.replace(/[aeiou]/g, '').replace(/(.)\1+/g, '$1');
  return lead + consonants || '_';
}

/**
 * The vowels of a word reduced to three classes (a; e/i front; o/u back) after folding the usual
 * romanisation digraphs (eo→o, ae→e, oe/oi→e, ou/oo→u, ee→i): Jeong/Jong/Jung share "o", Jang/Chang share "a".
 */
export function vowelClasses(word: string): string {
  return word
    .replace(/eo/g, 'o')
    .replace(/ae|oe|oi|ei|ey/g, 'e')
    .replace(/ou|oo/g, 'u')
    .replace(/ee|ie/g, 'i')
    .replace(/ai|ay/g, 'a')
    .replace(/[^aeiouy]/g, '')
    .replace(/[eiy]/g, 'i')
    .replace(/[ou]/g, 'o')
    .replace(/(.)\1+/g, '$1');
}

function splitAbd(word: string): string[] {
  const m =
    /^(abdoul|abdoul|abdool|abdul|abdel|abdal|abdol|abdur|abdar|abdus|abdou|abdu)(.{3,})$/.exec(
      word,
    );
  if (m) return ['abd', m[2]!];
  if (/^(abdul|abdel|abdal|abdoul|abdool|abdol|abdou|abdu)$/.test(word)) return ['abd'];
  return [word];
}

/** Splits a name into weighted tokens. */
export function tokenize(name: string, kind: 'individual' | 'entity' | 'any' = 'any'): NameToken[] {
  const words = normaliseName(name).split(' ').filter(Boolean).flatMap(splitAbd);
  return words.map((text) => {
    let weight = 1;
    if (PARTICLES.has(text) && words.length > 1) weight = 0.25;
    else if (kind !== 'individual' && ORG_WORDS.has(text) && words.length > 1) weight = 0.3;
    else if (text.length === 1) weight = 0.6;
    return { text, skel: skeleton(text), weight, vowels: vowelClasses(text) };
  });
}
