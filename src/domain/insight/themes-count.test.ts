import { describe, expect, it } from 'vitest';
import { addPerson, compareRounds, emptyCounts, type StoredCounts, storedCounts, topWords, trendOf } from './themes-count';
import { wordsOf } from './themes-words';

/** A round where each entry is one person's answers. */
function round(people: string[][]) {
  const c = emptyCounts();
  for (const texts of people) addPerson(c, wordsOf(texts));
  return c;
}
const times = (n: number, texts: string[]) => Array.from({ length: n }, () => texts);

describe('counting words by people', () => {
  it('counts a person once however often they write the word', () => {
    const c = round([['残業が多い。残業がつらい', '残業を減らす'], ['残業']]);
    expect(c.people.get('残業')).toBe(2);
    expect(c.respondents).toBe(2);
  });

  it('keeps only words of MIN_GROUP (5) people or more, most first, ties in Japanese order', () => {
    const c = round([...times(6, ['キャリアとアサイン']), ...times(5, ['研修']), ...times(4, ['退職'])]);
    const stored = storedCounts(c);
    expect(stored.people).toEqual({ キャリア: 6, アサイン: 6, 研修: 5 });
    expect(topWords(stored, 10).map((w) => [w.word, w.people])).toEqual([
      ['アサイン', 6],
      ['キャリア', 6],
      ['研修', 5],
    ]);
    expect(topWords(stored, 1)).toHaveLength(1);
  });

  it('labels a word the way most people wrote it', () => {
    const c = round([...times(3, ['AWS']), ...times(2, ['aws']), ...times(5, ['サーバー'])]);
    const stored = storedCounts(c);
    expect(stored.labels).toEqual({ aws: 'AWS', サーバ: 'サーバー' });
    expect(topWords(stored, 5).map((w) => w.label)).toEqual(['AWS', 'サーバー']);
  });
});

describe('trend against the previous round', () => {
  it('compares shares of respondents, not raw counts', () => {
    // Twice the people answered; the same share is steady, not rising.
    expect(trendOf({ people: 20, respondents: 200 }, { people: 10, respondents: 100 })).toBe('steady');
    expect(trendOf({ people: 40, respondents: 100 }, { people: 10, respondents: 100 })).toBe('rising');
    expect(trendOf({ people: 10, respondents: 100 }, { people: 40, respondents: 100 })).toBe('falling');
  });

  it('needs more than chance: a small change in a small group is steady', () => {
    expect(trendOf({ people: 7, respondents: 20 }, { people: 5, respondents: 20 })).toBe('steady');
  });

  it('a word not shown last time is new; no previous round gives no trend', () => {
    expect(trendOf({ people: 9, respondents: 50 }, { people: 4, respondents: 50 })).toBe('new');
    expect(trendOf({ people: 9, respondents: 50 }, null)).toBeNull();
  });

  it('compareRounds gives the previous count only where it was shown', () => {
    const now: StoredCounts = { respondents: 100, people: { 介護: 30, 研修: 10, 育児: 8 }, labels: {} };
    const before: StoredCounts = { respondents: 100, people: { 介護: 10, 研修: 30 }, labels: {} };
    expect(compareRounds(now, before, 10)).toEqual([
      { word: '介護', label: '介護', people: 30, previous: 10, trend: 'rising' },
      { word: '研修', label: '研修', people: 10, previous: 30, trend: 'falling' },
      { word: '育児', label: '育児', people: 8, previous: null, trend: 'new' },
    ]);
    expect(compareRounds(now, null, 1)).toEqual([{ word: '介護', label: '介護', people: 30, previous: null, trend: null }]);
  });
});
