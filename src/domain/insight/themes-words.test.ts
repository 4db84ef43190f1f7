import { describe, expect, it } from 'vitest';
import { highlightRanges, isStopWord, keepWord, normalizeText, tokenize, wordKey, wordsOf } from './themes-words';

const words = (text: string) => tokenize(text).map((t) => t.word);

describe('tokenize (Intl.Segmenter ja)', () => {
  it('keeps the nouns of a Japanese answer and drops particles, endings and punctuation', () => {
    expect(words('親の介護が始まったため、しばらくは時短勤務を検討しています。')).toEqual(['介護', '時短', '勤務', '検討']);
    expect(words('後輩の育成に時間が取れず、残業でこなしている状態です。')).toEqual(['後輩', '育成', '時間', '残業', '状態']);
  });

  it('joins katakana pieces ICU cut apart into one loanword or compound', () => {
    expect(words('ソリューションアーキテクトを目指す')).toEqual(['ソリューションアーキテクト']);
    expect(words('スキルアップの時間がない')).toEqual(['スキルアップ', '時間']);
    expect(words('チームのコミュニケーション')).toEqual(['チーム', 'コミュニケーション']);
  });

  it('normalizes width, case and the final long vowel, and remembers how it was written', () => {
    expect(tokenize('ＡＷＳとAWSとaws')).toEqual([
      { word: 'aws', surface: 'AWS' },
      { word: 'aws', surface: 'AWS' },
      { word: 'aws', surface: 'aws' },
    ]);
    expect(words('サーバーとサーバとｻｰﾊﾞｰとサ－バ')).toEqual(['サーバ', 'サーバ', 'サーバ', 'サーバ']);
    // Short katakana words keep their long vowel: キー is not キ.
    expect(wordKey('キー')).toBe('キー');
  });

  it('drops numbers, single characters, stop words and kana fragments, but keeps kana words about how work feels', () => {
    expect(words('2025年に10件、月1回')).toEqual([]);
    expect(words('1on1を増やしたい')).toEqual(['1on1']);
    expect(words('仕事で思うこと')).toEqual([]);
    expect(words('日々の業務にやりがいを感じているが、なかなかつらい')).toEqual(['日々', 'やりがい', 'つらい']);
    expect(words('I want to improve my English')).toEqual(['improve', 'english']);
    expect(words('特にありません。')).toEqual([]);
  });

  it('keepWord and the stop list', () => {
    expect(keepWord('介護')).toBe(true);
    expect(keepWord('母')).toBe(false);
    expect(keepWord('ので')).toBe(false);
    expect(keepWord('けたい')).toBe(false);
    expect(keepWord('x'.repeat(31))).toBe(false);
    for (const w of ['思う', 'こと', '仕事', '業務', 'the']) expect(keepWord(w), w).toBe(false);
    expect(isStopWord('今後')).toBe(true);
  });

  it('wordsOf gives each word of a person once, across their answers', () => {
    expect([...wordsOf(['残業が多い。残業を減らしたい', '残業と介護'])]).toEqual([
      ['残業', '残業'],
      ['介護', '介護'],
    ]);
  });

  it('normalizeText: NFKC and dashes after katakana', () => {
    expect(normalizeText('ｻｰﾊﾞ-とＡＢＣ-1')).toBe('サーバーとABC-1');
  });
});

describe('highlightRanges', () => {
  it('marks the word in the original text, whatever its width or case', () => {
    expect(highlightRanges('ＡＷＳ認定とAWSとaws', 'aws')).toEqual([
      [0, 3],
      [6, 9],
      [10, 13],
    ]);
    const text = 'ｻｰﾊﾞｰの監視とサーバーの運用';
    expect(highlightRanges(text, 'サーバ').map(([a, b]) => text.slice(a, b))).toEqual(['ｻｰﾊﾞ', 'サーバ']);
  });

  it('marks a latin word only as a whole word', () => {
    expect(highlightRanges('maintain AI skills', 'ai')).toEqual([[9, 11]]);
  });

  it('finds nothing for an empty word or a missing one', () => {
    expect(highlightRanges('介護', '')).toEqual([]);
    expect(highlightRanges('介護', '育児')).toEqual([]);
  });
});
