import { describe, expect, it } from 'vitest';
import { resources, translator } from './index';

function keys(obj: unknown, prefix = ''): string[] {
  if (typeof obj !== 'object' || obj === null) return [prefix];
  return Object.entries(obj).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe('catalogs', () => {
  it('English has exactly the keys of the Japanese source catalog', () => {
    const ja = keys(resources.ja.translation).sort();
    const en = keys(resources.en.translation).sort();
    expect(en).toEqual(ja);
  });

  it('no catalog value is empty', () => {
    for (const lang of ['ja', 'en'] as const) {
      const t = translator(lang);
      for (const k of keys(resources[lang].translation)) expect(t(k), `${lang}:${k}`).not.toBe('');
    }
  });

  it('interpolates parameters', () => {
    expect(translator('ja')('errors.tooLong', { max: 50 })).toBe('50文字以内で入力してください。');
  });
});
