import { type CriterionSection, KEYWORD_FIELDS } from './default-sheet';

// Pure rules of the summary: counting keywords across sheets and turning the frequent ones into draft criteria.

export const keyOf = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, '');

/** Each keyword and how many sheets wrote it (once per sheet), most frequent first, then as first written. */
export function countKeywords(lists: readonly (readonly string[])[]): { text: string; count: number }[] {
  const seen = new Map<string, { text: string; count: number; first: number }>();
  let order = 0;
  for (const list of lists) {
    for (const key of new Set(list.map(keyOf))) {
      const text = list.find((x) => keyOf(x) === key)!.trim();
      const hit = seen.get(key);
      if (hit) hit.count += 1;
      else seen.set(key, { text, count: 1, first: order++ });
    }
  }
  return [...seen.values()].sort((a, b) => b.count - a.count || a.first - b.first).map(({ text, count }) => ({ text, count }));
}

/** Per section at most this many suggestions: a draft to edit, not a list of everything said. */
export const SUGGESTED_PER_SECTION = 5;

/**
 * Draft criteria from the keyword lists: a keyword at least two sheets share (or, with one sheet, what it says).
 * A skill keyword that names one of the role's expected skills comes linked to it.
 */
export function suggestCriteria(
  counts: Partial<Record<keyof typeof KEYWORD_FIELDS, { text: string; count: number }[]>>,
  sheets: number,
  roleSkills: readonly { name: string }[],
): { section: CriterionSection; text: string; skill: string | null; count: number }[] {
  const needed = Math.min(2, Math.max(sheets, 1));
  const skillByKey = new Map(roleSkills.map((s) => [keyOf(s.name), s.name]));
  return (Object.keys(KEYWORD_FIELDS) as (keyof typeof KEYWORD_FIELDS)[]).flatMap((section) =>
    (counts[section] ?? [])
      .filter((k) => k.count >= needed)
      .slice(0, SUGGESTED_PER_SECTION)
      .map((k) => ({
        section,
        text: k.text,
        count: k.count,
        skill: section === 'skills' ? (skillByKey.get(keyOf(k.text)) ?? null) : null,
      })),
  );
}

/** Whether a criterion's link names one of the role's expected skills; the stored name is the map's spelling. */
export function linkedSkill(skill: string | null, roleSkills: readonly { name: string }[]): string | null | undefined {
  if (skill === null || skill === '') return null;
  return roleSkills.find((s) => keyOf(s.name) === keyOf(skill))?.name;
}
