/**
 * Words of Japanese free text, for "what people talk about". Intl.Segmenter (ICU's dictionary
 * segmentation, built into Node) splits the text; the rules below keep what reads as a theme
 * (介護, 在宅, スキルアップ, aws) and drop grammar, numbers and filler. No morphological analysis:
 * conjugated verbs stay as ICU cuts them, and the stop words catch the frequent ones.
 */

const segmenter = new Intl.Segmenter('ja', { granularity: 'word' });
const graphemes = new Intl.Segmenter('ja', { granularity: 'grapheme' });

const KATAKANA = /^[\u30A1-\u30FA\u30FC]+$/u;
const HIRAGANA = /^[\u3041-\u309F\u30FC]+$/u;
const LETTER = /\p{L}/u;
/** Latin letters and digits only: matched as a whole word, never inside another. */
export const LATIN_WORD = /^[a-z0-9]+$/;
// A dash typed after katakana is a long vowel written with the wrong key (サ-バ, サ―バ).
const DASH_AFTER_KATAKANA = /(?<=[\u30A1-\u30FA])[-‐‑‒–—―−]/gu;

export const MAX_WORD_LENGTH = 30;

/**
 * Pure-hiragana tokens are mostly grammar or pieces ICU cut off a verb (ので, ます, けたい, につけ), so
 * they count only when they are one of these words people write in kana about how work feels.
 */
const KANA_WORDS: ReadonlySet<string> = new Set(
  `やりがい つらい きつい しんどい ゆとり いじめ おもしろい たのしい うれしい むずかしい いそがしい めんどう ばらつき
  こだわり ありがたい もやもや ぎりぎり ぎすぎす ゆるい だるい やるき きっかけ`.split(/\s+/),
);

/** Frequent in any answer, so they say nothing about a theme: filler, time words, generic verbs, and the forms' own vocabulary. */
const STOP_KANJI = `思う 思い 思っ 考え 考える 感じ 感じる 感じた 自分 自身 私達 我々 今後 現在 今回 前回 次回 以前 最近 今年
  来年 昨年 今期 来期 部分 場合 必要 可能 以上 以下 程度 全体 一部 内容 具体 特に 一番 非常 本当 色々 様々 沢山 少し
  多く 多い 全て 全く 十分 行う 行い 行っ 持つ 持っ 持ち 出来る 出来 出来れ 言う 言っ 見る 取り 取る 上げ 付け 続け
  続ける 目指す 目指し 目指 頑張る 頑張り 頑張っ 欲しい 良い 良く 分から 分かる 分かっ 小さな 大きな 新しい 上げる
  上がる 上がら 増やし 増やす 減らし 減らす 抱え 務め 始まり 始まっ 話す 話し 含め 違い 入っ 使っ 使う 続き 続く 受け 受ける
  崩し 任さ 積み 仕事 業務 無し`;

const STOP_LATIN = `an the and or but to of in on at for with as by from is are was were be been am me my we our you your it its
  this that these those there here have has had do does did not no so if about more would like want will can could should
  also very some any all what which who how when than then them they their he she his her up out into over just get make`;

const STOP_WORDS: ReadonlySet<string> = new Set([STOP_KANJI, STOP_LATIN].flatMap((s) => s.split(/\s+/).filter(Boolean)));

export const isStopWord = (word: string): boolean => STOP_WORDS.has(word);

/** NFKC (全角英数 → 半角, 半角カナ → 全角) and dashes after katakana as ー. */
export const normalizeText = (text: string): string => text.normalize('NFKC').replace(DASH_AFTER_KATAKANA, 'ー');

/** The counting key of a token: lower-case latin, and katakana without a final ー (サーバー = サーバ, as JIS writes it). */
export function wordKey(surface: string): string {
  const lower = surface.toLowerCase();
  return lower.length >= 4 && KATAKANA.test(lower) && lower.endsWith('ー') ? lower.slice(0, -1) : lower;
}

/** Whether a normalized word counts as a theme at all. */
export function keepWord(word: string): boolean {
  if (word.length < 2 || word.length > MAX_WORD_LENGTH) return false;
  if (!LETTER.test(word)) return false; // numbers, symbols
  if (HIRAGANA.test(word)) return KANA_WORDS.has(word);
  return !STOP_WORDS.has(word);
}

export type Token = { word: string; surface: string };

/**
 * The words of one text, in order. ICU cuts unknown loanwords into pieces (ソリ|ュ|ー|ション), so
 * adjacent katakana pieces are joined back: one loanword or compound (スキルアップ, プロジェクトマネージャー).
 */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const push = (surface: string) => {
    const word = wordKey(surface);
    if (keepWord(word)) out.push({ word, surface });
  };
  let katakana = '';
  const flush = () => {
    if (katakana) push(katakana);
    katakana = '';
  };
  for (const s of segmenter.segment(normalizeText(text))) {
    if (!s.isWordLike) flush();
    else if (KATAKANA.test(s.segment)) katakana += s.segment;
    else {
      flush();
      push(s.segment);
    }
  }
  flush();
  return out;
}

/** The distinct words of one person's answers, each with the first way it was written. */
export function wordsOf(texts: readonly string[]): Map<string, string> {
  const words = new Map<string, string>();
  for (const text of texts) for (const t of tokenize(text)) if (!words.has(t.word)) words.set(t.word, t.surface);
  return words;
}

/**
 * Where `word` (a normalized key) occurs in the original text, as [start, end) offsets of that text,
 * so the drill-down marks it in what the person wrote (ＡＷＳ for aws, サーバー for サーバ).
 */
export function highlightRanges(text: string, word: string): [number, number][] {
  if (!word) return [];
  // Normalize grapheme by grapheme, remembering where each normalized character came from.
  let norm = '';
  const origin: number[] = [];
  for (const g of graphemes.segment(text)) {
    const n = normalizeText(g.segment).toLowerCase();
    for (let k = 0; k < n.length; k++) origin.push(g.index);
    norm += n;
  }
  origin.push(text.length);
  const ranges: [number, number][] = [];
  // A latin word counts only as a whole word (ai is not in maintain), as the drill-down searches it.
  const whole = LATIN_WORD.test(word);
  for (let at = norm.indexOf(word); at >= 0; at = norm.indexOf(word, at + word.length)) {
    if (whole && (LATIN_WORD.test(norm[at - 1] ?? '') || LATIN_WORD.test(norm[at + word.length] ?? ''))) continue;
    const start = origin[at]!;
    // The end is the start of the grapheme after the match's last normalized character.
    const lastOrigin = origin[at + word.length - 1]!;
    let end = at + word.length;
    while (origin[end]! === lastOrigin) end++;
    ranges.push([start, origin[end]!]);
  }
  return ranges;
}
