import { readFileSync } from 'node:fs';
import { DEFAULT_PASSWORD } from '../../support/harness';
import { E2E } from './env';

export type Person = { id: string; email: string; familyName: string; givenName: string; employeeNumber: string };
export type Seeded = {
  admin: Person;
  manager: Person;
  ichiro: Person;
  jiro: Person;
  /** career-paths.spec's own people: 中村 (課長, 開発部) and his report 開発 花子 (一般, G2). */
  careerManager: Person;
  careerEmployee: Person;
  /** career-gaps.spec's own people: 小林 and her report 技術 翔太, in no department. */
  gapsManager: Person;
  gapsEmployee: Person;
  departments: { code: string; name: string }[];
};

/** The people tests/e2e/seed.ts created for this run (it writes their ids before the server starts). */
export function seeded(): Seeded {
  return JSON.parse(readFileSync(E2E.seedFile, 'utf8')) as Seeded;
}

export const PASSWORD = DEFAULT_PASSWORD;
