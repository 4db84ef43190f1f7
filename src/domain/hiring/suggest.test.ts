import { describe, expect, it } from 'vitest';
import { countKeywords, linkedSkill, suggestCriteria } from './suggest';

describe('hearing keywords', () => {
  it('counts a keyword once per sheet, whatever its width or case, most frequent first', () => {
    expect(countKeywords([['TypeScript', '設計', 'typescript'], ['ＴｙｐｅＳｃｒｉｐｔ'], ['顧客折衝']])).toEqual([
      { text: 'TypeScript', count: 2 },
      { text: '設計', count: 1 },
      { text: '顧客折衝', count: 1 },
    ]);
  });

  it('suggests what two sheets share, linking skills the role expects', () => {
    const counts = {
      skills: [
        { text: 'typescript', count: 2 },
        { text: '英語', count: 1 },
      ],
      traits: [{ text: '粘り強い', count: 3 }],
    };
    expect(suggestCriteria(counts, 3, [{ name: 'TypeScript' }])).toEqual([
      { section: 'skills', text: 'typescript', count: 2, skill: 'TypeScript' },
      { section: 'traits', text: '粘り強い', count: 3, skill: null },
    ]);
    // With one sheet, what it says is the draft.
    expect(suggestCriteria({ skills: [{ text: '英語', count: 1 }] }, 1, [])).toHaveLength(1);
  });

  it('links only to an expected skill of the role', () => {
    expect(linkedSkill('typescript', [{ name: 'TypeScript' }])).toBe('TypeScript');
    expect(linkedSkill('Go', [{ name: 'TypeScript' }])).toBeUndefined();
    expect(linkedSkill(null, [])).toBeNull();
  });
});
