import { describe, expect, it } from 'vitest';
import { DEFAULT_SURVEY } from '../forms/default-templates';
import { allFields } from '../forms/definition';
import { careerOf, emptyCareer } from './career';
import { generateCompany } from './company';
import { departmentHeads, profiles } from './people';
import { emptyStory, RUNNING_STATES, type StoryOut, storyOf } from './story';
import { demoRounds } from './timeline';

const TODAY = '2026-12-07';
const NOW = new Date('2026-12-07T01:00:00Z');

/** The demo's rows for one seed, with every generated id replaced by its first-seen order (ids are random). */
function generate(seed: number) {
  const company = generateCompany(120, seed);
  const rounds = demoRounds(TODAY).map((r, i) => ({ ...r, id: `round-${i}` }));
  const byNumber = profiles(company, rounds, seed, TODAY);
  const story = emptyStory();
  const career = emptyCareer();
  const ctx = {
    seed,
    today: TODAY,
    rounds,
    versions: { sheet: 'sheet-v1', survey: 'survey-v1' },
    surveyFields: allFields(DEFAULT_SURVEY.definition),
    idOf: (p: { number: string }) => `person-${p.number}`,
    deptId: (code: string) => `dept-${code}`,
    heads: departmentHeads(company),
    hrActor: 'hr',
    forced: new Map(),
    now: NOW,
  };
  for (const pr of byNumber.values()) {
    storyOf(ctx, pr, story);
    careerOf({ ...ctx, idOf: (n: string) => `person-${n}`, positionIds: new Map() }, pr, career);
  }
  const ids = new Map<string, string>();
  const text = JSON.stringify({ story, career }).replace(/[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}/g, (id) => {
    if (!ids.has(id)) ids.set(id, `id${ids.size}`);
    return ids.get(id)!;
  });
  return { story, career, text, rounds };
}

describe('the demo story', () => {
  it('is the same for the same seed, and another for another seed', () => {
    const a = generate(7);
    expect(generate(7).text).toBe(a.text);
    expect(generate(8).text).not.toBe(a.text);
  });

  it('stamps nothing that happened after the load, and every table row names the same columns', () => {
    const { story, career } = generate(3);
    const stamps = [
      ...story.records.map((r) => r.heldAt),
      ...story.confirmations.map((c) => c.confirmedAt),
      ...story.ratings.map((r) => r.createdAt),
      ...story.followUps.map((f) => f.createdAt),
      ...story.riskActions.map((r) => r.createdAt),
      ...story.responses.map((r) => r.submittedAt),
      ...career.decisions.map((d) => d.createdAt),
    ].filter((d): d is Date => d instanceof Date);
    expect(stamps.length).toBeGreaterThan(500);
    expect(stamps.filter((d) => d > NOW)).toEqual([]);
    // write.ts inserts each table from one column list.
    for (const rows of [...Object.values(story), ...Object.values(career)] as StoryOut['interviews'][]) {
      const keys = new Set(rows.map((r) => Object.keys(r).sort().join()));
      expect(keys.size).toBeLessThanOrEqual(1);
    }
  });

  it('puts people in every state of the running round, and holds most past interviews', () => {
    const { story, rounds } = generate(1);
    const running = story.interviews.filter((i) => i.roundId === rounds.at(-1)!.id);
    expect(new Set(running.map((i) => i.status))).toEqual(new Set(['preparing', 'scheduled', 'done']));
    expect(RUNNING_STATES).toHaveLength(8);
    const past = story.interviews.filter((i) => i.roundId !== rounds.at(-1)!.id);
    expect(past.filter((i) => i.status === 'done').length / past.length).toBeGreaterThan(0.9);
    // Free text is Japanese prose, not placeholders.
    const texts = story.answers.filter((a) => a.fieldId === 'currentIssues').map((a) => a.value as string);
    expect(new Set(texts).size).toBeGreaterThan(20);
    expect(texts.every((s) => /[\u3040-\u30ff\u4e00-\u9fff]/.test(s))).toBe(true);
  });
});
