import { describe, expect, it } from 'vitest';
import { filterGroups } from './TrendsLabels';

const groups = [{ name: '営業第1部 第1課' }, { name: '営業第2部' }, { name: 'ＩＴ推進部' }, { name: '製造本部' }];
const names = (text: string) => filterGroups(groups, (g) => g.name, text).map((g) => g.name);

describe('filterGroups', () => {
  it('keeps the groups whose label contains the text', () => {
    expect(names('営業')).toEqual(['営業第1部 第1課', '営業第2部']);
    expect(names('第1課')).toEqual(['営業第1部 第1課']);
  });
  it('ignores width and case, and surrounding spaces', () => {
    expect(names(' it ')).toEqual(['ＩＴ推進部']);
    expect(names('営業第１部')).toEqual(['営業第1部 第1課']);
  });
  it('keeps every group for blank text and none for no match', () => {
    expect(names('  ')).toHaveLength(4);
    expect(names('人事')).toEqual([]);
  });
});
