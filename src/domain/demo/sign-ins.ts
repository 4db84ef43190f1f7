import type { DemoSignIn } from './load';

type Say = (key: string, values?: Record<string, unknown>) => string;

const ROLE_KEYS: Record<DemoSignIn['role'], string> = {
  admin: 'import.cli.seedAdmin',
  hr: 'import.cli.seedHr',
  manager: 'import.cli.seedManager',
  employee: 'import.cli.seedEmployee',
};

/** The demo's sign-ins as the terminal shows them (`mendan seed-demo`, and `npm start` when the browser loaded it). */
export function signInLines(say: Say, signIns: DemoSignIn[], password: string): string[] {
  return [
    say('import.cli.seedSignIns', { password }),
    ...signIns.map((s) => `  ${say(ROLE_KEYS[s.role])}: ${s.email}  (${s.familyName} ${s.givenName}, ${s.title})`),
  ];
}
