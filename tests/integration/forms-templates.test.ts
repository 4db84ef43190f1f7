import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formTemplateVersions } from '../../src/db/schema';
import { installDefaults } from '../../src/domain/forms/install-defaults';

import type { TestApp, TestClient } from '../support/harness';
import { type Org, orgApp } from '../support/org-app';

let t: TestApp;
let org: Org;
let hr: TestClient;
beforeAll(async () => {
  ({ t, org, hr } = await orgApp());
});
afterAll(() => t.close());

type Tpl = {
  id: string;
  kind: string;
  name: { ja: string };
  version: number;
  definition: { sections: { id: string; fields: { id: string; type: string }[] }[] };
  locked: boolean;
};

describe('default content', () => {
  it("ships the seed's career sheet and pre-survey, in Japanese and English", async () => {
    const list = (await (await hr.get('/api/v1/templates')).json()) as { items: Tpl[] };
    const sheet = list.items.find((x) => x.kind === 'sheet')!;
    expect(sheet.name.ja).toBe('キャリア面談シート(標準)');
    const full = (await (await hr.get(`/api/v1/templates/${sheet.id}`)).json()) as Tpl;
    const fields = full.definition.sections.flatMap((s) => s.fields);
    expect(fields.map((f) => f.id)).toEqual(
      expect.arrayContaining(['currentIssues', 'careerGoals', 'currentEfforts', 'skillsBuilding', 'supportTypes']),
    );
    expect(fields.find((f) => f.id === 'careerGoals')!.type).toBe('goals');
    const survey = list.items.find((x) => x.kind === 'survey')!;
    const sv = (await (await hr.get(`/api/v1/templates/${survey.id}`)).json()) as Tpl;
    const types = new Set(sv.definition.sections.flatMap((s) => s.fields.map((f) => f.type)));
    expect([...types]).toEqual(expect.arrayContaining(['scale', 'longText', 'shortText', 'single', 'multi']));
  });

  it("has the seed's seven question categories with its example questions, and its themes", async () => {
    const bank = (await (await hr.get('/api/v1/questions')).json()) as {
      categories: { category: string; items: { text: { ja: string; en: string } }[] }[];
    };
    expect(bank.categories.map((c) => c.category)).toEqual([
      'currentWork',
      'achievements',
      'careerGoals',
      'skillsGrowth',
      'workStyle',
      'issuesSupport',
      'closing',
    ]);
    expect(bank.categories.reduce((n, c) => n + c.items.length, 0)).toBe(36);
    expect(bank.categories[2]!.items.map((q) => q.text.ja)).toContain('マネジメント職と専門職、どちらに関心がありますか?');
    expect(bank.categories.every((c) => c.items.every((q) => q.text.en.length > 0))).toBe(true);
    const themes = (await (await hr.get('/api/v1/themes')).json()) as { items: { title: { ja: string } }[] };
    expect(themes.items.map((x) => x.title.ja)).toEqual(
      expect.arrayContaining(['業務満足度・現在の課題', '異動・キャリアパスの希望', '業務の改善案']),
    );
  });

  it('installs once: a second start changes nothing HR edited', async () => {
    const bank = (await (await hr.get('/api/v1/questions')).json()) as { categories: { items: { id: string }[] }[] };
    const first = bank.categories[0]!.items[0]!.id;
    expect((await hr.patch(`/api/v1/questions/${first}`, { status: 'retired' })).status).toBe(200);
    expect(await installDefaults(t.db)).toBe(false);
    const after = (await (await hr.get('/api/v1/questions')).json()) as { categories: { items: { id: string }[] }[] };
    expect(after.categories[0]!.items.map((q) => q.id)).not.toContain(first);
  });
});

describe('template builder', () => {
  const definition = {
    sections: [
      {
        id: 'main',
        title: { ja: '基本', en: 'Basics' },
        fields: [
          { id: 'mood', type: 'scale', label: { ja: '最近の調子', en: 'How are you' }, required: true },
          {
            id: 'wish',
            type: 'single',
            label: { ja: '希望' },
            options: [
              { id: 'a', label: { ja: 'A' } },
              { id: 'b', label: { ja: 'B' } },
            ],
          },
        ],
      },
    ],
  };

  it('creates, edits in place while unused, and versions once a launched round uses it', async () => {
    const res = await hr.post('/api/v1/templates', { kind: 'survey', name: { ja: '短いアンケート' }, definition });
    expect(res.status).toBe(201);
    const tpl = (await res.json()) as Tpl;
    expect(tpl.version).toBe(1);

    const edited = { sections: [{ ...definition.sections[0]!, title: { ja: '基本情報' } }] };
    const r2 = await hr.patch(`/api/v1/templates/${tpl.id}`, { definition: edited, version: 1 });
    expect(r2.status).toBe(200);
    expect(((await r2.json()) as Tpl).version).toBe(1);

    // Stale version → 409, nothing written.
    expect((await hr.patch(`/api/v1/templates/${tpl.id}`, { name: { ja: 'x' }, version: 7 })).status).toBe(409);

    // Lock version 1 as a launch does; the next edit becomes version 2 and version 1 stays as it was.
    await t.db.update(formTemplateVersions).set({ locked: true }).where(eq(formTemplateVersions.templateId, tpl.id));
    const r3 = await hr.patch(`/api/v1/templates/${tpl.id}`, { definition: definition, version: 1 });
    const v2 = (await r3.json()) as Tpl;
    expect(v2.version).toBe(2);
    expect(v2.locked).toBe(false);
    const versions = await t.db.select().from(formTemplateVersions).where(eq(formTemplateVersions.templateId, tpl.id));
    expect(versions).toHaveLength(2);
    const v1 = versions.find((v) => v.version === 1)!;
    expect((v1.definition as typeof edited).sections[0]!.title.ja).toBe('基本情報');
  });

  it('rejects bad definitions with localized field messages', async () => {
    const bad = {
      sections: [
        {
          id: 'main',
          title: { ja: '基本' },
          fields: [
            { id: 'x', type: 'multi', label: { ja: '選択' }, options: [{ id: 'a', label: { ja: 'A' } }] },
            { id: 'x', type: 'shortText', label: { ja: '重複' } },
            { id: '1bad', type: 'nope', label: { ja: '' } },
          ],
        },
      ],
    };
    const res = await hr.post('/api/v1/templates', { kind: 'sheet', name: { ja: '壊れた' }, definition: bad });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { fields: Record<string, string> } };
    const messages = Object.values(body.error.fields).join(' ');
    expect(messages).toContain('項目IDは半角英字で始まる');
    expect(messages).toContain('選択肢から選んでください');
  });

  it('is HR only: employees and interviewers get 403 on the list and 404 on a template', async () => {
    const emp = await t.client().login(org.report.email);
    const mgr = await t.client().login(org.manager.email);
    expect((await emp.get('/api/v1/templates')).status).toBe(403);
    expect((await mgr.post('/api/v1/templates', { kind: 'sheet', name: { ja: 'x' }, definition })).status).toBe(403);
    const list = (await (await hr.get('/api/v1/templates')).json()) as { items: Tpl[] };
    expect((await mgr.get(`/api/v1/templates/${list.items[0]!.id}`)).status).toBe(404);
    // Interviewers read the question bank, employees do not.
    expect((await mgr.get('/api/v1/questions')).status).toBe(200);
    expect((await emp.get('/api/v1/questions')).status).toBe(403);
  });
});
