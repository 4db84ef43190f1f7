import { toKatakana } from './schemas';

const MAX_TOKENS = 5;

/** Escapes LIKE wildcards so '_' in an employee number matches itself (backslash is the default escape). */
export const escapeLike = (s: string) => s.replace(/[\\%_]/g, (ch) => `\\${ch}`);

/** pg_trgm can narrow a LIKE with its index only for a run of at least three characters. */
export const TRIGRAM_MIN = 3;

/**
 * Turns the search box into LIKE patterns against employees.search_text (which is lower-cased).
 * Each whitespace-separated token must match (so 'ヤマダ タロウ' and '山田 太郎' find 山田太郎);
 * a token matches as typed or with hiragana read as katakana (furigana are stored in katakana).
 * NFKC folds full-width letters, digits and spaces and half-width katakana.
 */
export function searchTokens(q: string | undefined): string[] {
  if (!q) return [];
  return [...new Set(q.normalize('NFKC').toLowerCase().split(/\s+/).filter(Boolean))].slice(0, MAX_TOKENS);
}

export function searchPatterns(q: string | undefined): string[][] {
  return searchTokens(q).map((tok) => [...new Set([tok, toKatakana(tok)])].map((v) => `%${escapeLike(v)}%`));
}

/** True when some token is long enough for the trigram index to find the matches directly. */
export function searchUsesTrigrams(q: string | undefined): boolean {
  return searchTokens(q).some((tok) => [...tok].length >= TRIGRAM_MIN);
}
