import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp, TestClient } from '../support/harness';
import { type Org, orgApp } from '../support/org-app';
import { launchRound } from '../support/rounds';

// Issue 15.5: which rounds use a template, which version a round runs on, and what an edit does to it.
let t: TestApp;
let org: Org;
let hr: TestClient;
beforeAll(async () => {
  ({ t, org, hr } = await orgApp());
});
afterAll(() => t.close());

type Summary = { id: string; kind: string; version: number; usedBy: number; running: number };
type Detail = Summary & {
  locked: boolean;
  definition: { sections: { title: { ja: string } }[] };
  rounds: { id: string; name: string; status: string; version: number | null }[];
};
type FormRef = { templateId: string; name: { ja: string }; version: number; pinned: boolean; latestVersion: number };
type Forms = { sheet: FormRef | null; survey: FormRef | null };

const templates = async () => ((await (await hr.get('/api/v1/templates')).json()) as { items: Summary[] }).items;

describe('templates in use', () => {
  it('counts the rounds that use a template, and the running ones among them', async () => {
    const before = await templates();
    expect(before.every((x) => x.usedBy === 0 && x.running === 0)).toBe(true);
    const { roundId } = await launchRound(t, hr, [org.report.id]);
    const sheetId = before.find((x) => x.kind === 'sheet')!.id;
    const draft = await hr.post('/api/v1/rounds', {
      name: '来期のキャリア面談',
      type: 'career',
      periodStart: '2027-06-01',
      periodEnd: '2027-07-31',
      sheetTemplateId: sheetId,
      participants: { all: true },
    });
    expect(draft.status).toBe(201);
    const draftId = ((await draft.json()) as { id: string }).id;

    const after = await templates();
    const sheet = after.find((x) => x.kind === 'sheet')!;
    const survey = after.find((x) => x.kind === 'survey')!;
    expect([sheet.usedBy, sheet.running]).toEqual([2, 1]);
    expect([survey.usedBy, survey.running]).toEqual([1, 1]);

    // The editor names them: the running round on the version it pinned, the draft on none yet.
    const detail = (await (await hr.get(`/api/v1/templates/${sheetId}`)).json()) as Detail;
    expect(detail.locked).toBe(true);
    expect(detail.rounds).toEqual(
      expect.arrayContaining([
        { id: roundId, name: '2026年度キャリア面談', status: 'launched', version: 1 },
        { id: draftId, name: '来期のキャリア面談', status: 'draft', version: null },
      ]),
    );
  });

  it('shows on the round which sheet and survey it runs on, and an edit of the template leaves it on its version', async () => {
    const { roundId } = await launchRound(t, hr, [org.report2.id], { name: '秋の1on1' });
    const forms = async () => (await (await hr.get(`/api/v1/rounds/${roundId}/forms`)).json()) as Forms;
    const first = await forms();
    expect(first.sheet).toMatchObject({ name: { ja: 'キャリア面談シート(標準)' }, version: 1, pinned: true, latestVersion: 1 });
    expect(first.survey).toMatchObject({ name: { ja: '事前アンケート(標準)' }, version: 1, pinned: true });

    const sheetId = first.sheet!.templateId;
    const cur = (await (await hr.get(`/api/v1/templates/${sheetId}`)).json()) as Detail;
    const definition = { sections: cur.definition.sections.map((s, i) => (i === 0 ? { ...s, title: { ja: '今の仕事について' } } : s)) };
    const saved = await hr.patch(`/api/v1/templates/${sheetId}`, { definition, version: cur.version });
    expect(((await saved.json()) as Detail).version).toBe(2);

    const second = await forms();
    expect(second.sheet).toMatchObject({ version: 1, pinned: true, latestVersion: 2 });
    // The employee's sheet still renders against version 1.
    const emp = await t.client().login(org.report2.email);
    const list = (await (await emp.get('/api/v1/me/interviews')).json()) as { items: { id: string; round: { id: string } }[] };
    const interviewId = list.items.find((i) => i.round.id === roundId)!.id;
    const form = (await (await emp.get(`/api/v1/interviews/${interviewId}/forms/sheet`)).json()) as Detail;
    expect(form.definition.sections[0]!.title.ja).not.toBe('今の仕事について');
  });

  it('a draft round names the current version, to be pinned at launch; the forms are HR’s', async () => {
    const [sheet] = (await templates()).filter((x) => x.kind === 'sheet');
    const res = await hr.post('/api/v1/rounds', {
      name: '下書きのラウンド',
      type: 'oneOnOne',
      periodStart: '2027-01-01',
      periodEnd: '2027-01-31',
      sheetTemplateId: sheet!.id,
      participants: { all: true },
    });
    const id = ((await res.json()) as { id: string }).id;
    const forms = (await (await hr.get(`/api/v1/rounds/${id}/forms`)).json()) as Forms;
    expect(forms.sheet).toMatchObject({ version: sheet!.version, pinned: false });
    expect(forms.survey).toBeNull();
    const mgr = await t.client().login(org.manager.email);
    expect((await mgr.get(`/api/v1/rounds/${id}/forms`)).status).toBe(404);
  });
});
