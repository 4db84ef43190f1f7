import { describe, expect, it } from 'vitest';
import { escapeLike, searchPatterns, searchUsesTrigrams } from './search';

describe('searchPatterns', () => {
  it('is empty for an empty box', () => {
    expect(searchPatterns(undefined)).toEqual([]);
    expect(searchPatterns('   ')).toEqual([]);
  });

  it('splits on half- and full-width spaces so each name part must match', () => {
    expect(searchPatterns('ヤマダ　タロウ')).toEqual([['%ヤマダ%'], ['%タロウ%']]);
    expect(searchPatterns('山田 太郎')).toEqual([['%山田%'], ['%太郎%']]);
  });

  it('folds case, full-width letters and half-width katakana', () => {
    expect(searchPatterns('ＥＭＰ-0012')).toEqual([['%emp-0012%']]);
    expect(searchPatterns('ﾔﾏﾀﾞ')).toEqual([['%ヤマダ%']]);
    expect(searchPatterns('Taro@Example.JP')).toEqual([['%taro@example.jp%']]);
  });

  it('also tries hiragana as katakana', () => {
    expect(searchPatterns('やまだ')).toEqual([['%やまだ%', '%ヤマダ%']]);
  });

  it('escapes LIKE wildcards', () => {
    expect(escapeLike('a_b%c\\')).toBe('a\\_b\\%c\\\\');
    expect(searchPatterns('E_1')).toEqual([['%e\\_1%']]);
  });
});

describe('searchUsesTrigrams', () => {
  it('is true once a token has three characters', () => {
    expect(searchUsesTrigrams(undefined)).toBe(false);
    expect(searchUsesTrigrams('山 田')).toBe(false);
    expect(searchUsesTrigrams('ヤマ')).toBe(false);
    expect(searchUsesTrigrams('ヤマダ')).toBe(true);
    expect(searchUsesTrigrams('a ヤマダ')).toBe(true);
  });
});
