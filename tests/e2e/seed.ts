// Seeds a fresh PGlite folder for the e2e server. Playwright starts its webServer before any
// globalSetup, so this runs as the first half of the webServer command, before the server opens
// the folder (PGlite is single-process).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { testConfig } from '../../src/config';
import { openReadyDb } from '../../src/bootstrap';
import { systemActor } from '../../src/domain/actor';
import { listTemplates } from '../../src/domain/forms/templates';
import { launchRound } from '../../src/domain/rounds/launch';
import { createRound } from '../../src/domain/rounds/rounds';
import { jobHandlers } from '../../src/jobs/handlers';
import { drainJobs, startQueue } from '../../src/jobs/queue';
import { createLogger } from '../../src/log';
import { createMailer } from '../../src/mail/mailer';
import { makeDepartment, makeEmployee } from '../support/factories';
import { E2E } from './support/env';
import type { Person, Seeded } from './support/people';

rmSync(E2E.dataDir, { recursive: true, force: true });
mkdirSync(dirname(E2E.seedFile), { recursive: true });
const handle = await openReadyDb({ dataDir: E2E.dataDir });
const person = (e: Person): Person => ({
  id: e.id,
  email: e.email,
  familyName: e.familyName,
  givenName: e.givenName,
  employeeNumber: e.employeeNumber,
});
try {
  const db = handle.db;
  // The codes match tests/e2e/fixtures/*.csv.
  const sales = await makeDepartment(db, { code: 'SALES', name: '営業部', nameEn: 'Sales' });
  const dev = await makeDepartment(db, { code: 'DEV', name: '開発部', nameEn: 'Development' });
  const admin = await makeEmployee(db, {
    employeeNumber: 'A0001',
    familyName: '管理',
    givenName: '花子',
    familyNameKana: 'カンリ',
    givenNameKana: 'ハナコ',
    email: 'kanri.hanako@example.jp',
    departmentId: dev.id,
    roles: ['admin', 'hr'],
  });
  const manager = await makeEmployee(db, {
    employeeNumber: 'M0001',
    familyName: '上田',
    givenName: '三郎',
    familyNameKana: 'ウエダ',
    givenNameKana: 'サブロウ',
    email: 'ueda.saburo@example.jp',
    departmentId: dev.id,
    jobTitle: '課長',
  });
  const ichiro = await makeEmployee(db, {
    employeeNumber: 'E0001',
    familyName: '社員',
    givenName: '一郎',
    familyNameKana: 'シャイン',
    givenNameKana: 'イチロウ',
    email: 'shain.ichiro@example.jp',
    departmentId: dev.id,
    managerId: manager.id,
  });
  const jiro = await makeEmployee(db, {
    employeeNumber: 'E0002',
    familyName: '社員',
    givenName: '二郎',
    familyNameKana: 'シャイン',
    givenNameKana: 'ジロウ',
    email: 'shain.jiro@example.jp',
    departmentId: sales.id,
  });
  // Career paths (career-paths.spec): a manager and her report of their own, so 一郎's and 上田's state stays as
  // other specs expect. With them 開発部 has five people: the bench view shows its figures.
  const careerManager = await makeEmployee(db, {
    employeeNumber: 'M0002',
    familyName: '中村',
    givenName: '直樹',
    familyNameKana: 'ナカムラ',
    givenNameKana: 'ナオキ',
    email: 'nakamura.naoki@example.jp',
    departmentId: dev.id,
    jobTitle: '課長',
    grade: 'G4',
  });
  const careerEmployee = await makeEmployee(db, {
    employeeNumber: 'E0003',
    familyName: '開発',
    givenName: '花子',
    familyNameKana: 'カイハツ',
    givenNameKana: 'ハナコ',
    email: 'kaihatsu.hanako@example.jp',
    departmentId: dev.id,
    jobTitle: '一般',
    grade: 'G2',
    managerId: careerManager.id,
  });
  // Career gaps (career-gaps.spec): a manager and report of their own, in no department, so no other spec's
  // department counts or bench figures change.
  const gapsManager = await makeEmployee(db, {
    employeeNumber: 'M0003',
    familyName: '小林',
    givenName: '恵',
    familyNameKana: 'コバヤシ',
    givenNameKana: 'メグミ',
    email: 'kobayashi.megumi@example.jp',
  });
  const gapsEmployee = await makeEmployee(db, {
    employeeNumber: 'E0004',
    familyName: '技術',
    givenName: '翔太',
    familyNameKana: 'ギジュツ',
    givenNameKana: 'ショウタ',
    email: 'gijutsu.shota@example.jp',
    managerId: gapsManager.id,
  });
  // A running round for 一郎 (interviewed by his manager 上田) and 二郎 (no manager yet): launched here,
  // its launch job run, so the journeys start with something to prepare.
  const config = testConfig();
  const log = createLogger(config.logLevel);
  const jobs = await startQueue(handle, log);
  const actor = systemActor();
  const templates = (await listTemplates(db, { actor })).items;
  const round = await createRound(db, {
    actor,
    name: '2026年度下期キャリア面談',
    type: 'career',
    periodStart: '2026-12-01',
    periodEnd: '2027-02-26',
    prepDueOn: '2027-01-15',
    themes: [
      {
        title: { ja: 'スキル・キャリアアップの計画', en: 'Skill and career-up plan' },
        description: { ja: '身につけたいスキルと、その後のイメージ', en: 'Skills to gain' },
      },
      {
        title: { ja: '業務の改善案', en: 'Ideas to improve the work' },
        description: { ja: '仕事の進め方で変えたいこと', en: 'What to change' },
      },
    ],
    message: '日頃の思いを率直に聞かせてください。',
    sheetTemplateId: templates.find((x) => x.kind === 'sheet')!.id,
    surveyTemplateId: templates.find((x) => x.kind === 'survey')!.id,
    participants: { all: false, departmentIds: [], grades: [], employeeIds: [ichiro.id, jiro.id] },
    interviewerRule: 'manager',
  });
  await launchRound(db, { actor, id: round.id, version: round.version, jobs });
  await drainJobs({ db, config, mailer: createMailer({ from: config.mailFrom }), jobs, log }, jobHandlers);
  await jobs.stop();
  const out: Seeded = {
    admin: person(admin),
    manager: person(manager),
    ichiro: person(ichiro),
    jiro: person(jiro),
    careerManager: person(careerManager),
    careerEmployee: person(careerEmployee),
    gapsManager: person(gapsManager),
    gapsEmployee: person(gapsEmployee),
    departments: [sales, dev].map((d) => ({ code: d.code, name: d.name })),
  };
  writeFileSync(E2E.seedFile, JSON.stringify(out, null, 2));
} finally {
  await handle.close();
}
