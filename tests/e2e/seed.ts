// Seeds a fresh PGlite folder for the e2e server. Playwright starts its webServer before any
// globalSetup, so this runs as the first half of the webServer command, before the server opens
// the folder (PGlite is single-process).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { openDb } from '../../src/db/client';
import { makeDepartment, makeEmployee } from '../support/factories';
import { E2E } from './support/env';
import type { Person, Seeded } from './support/people';

rmSync(E2E.dataDir, { recursive: true, force: true });
mkdirSync(dirname(E2E.seedFile), { recursive: true });
const handle = await openDb({ dataDir: E2E.dataDir });
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
  const out: Seeded = {
    admin: person(admin),
    manager: person(manager),
    ichiro: person(ichiro),
    jiro: person(jiro),
    departments: [sales, dev].map((d) => ({ code: d.code, name: d.name })),
  };
  writeFileSync(E2E.seedFile, JSON.stringify(out, null, 2));
} finally {
  await handle.close();
}
