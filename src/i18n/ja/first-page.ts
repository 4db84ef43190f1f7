import common from './common';
import hiring from './hiring';
import home from './home';
import { followUpRhythms, formKinds, planOwners, sheetStates } from './labels';
import reflection from './reflection';
import ssoSignIn from './sso-sign-in';
import ui from './ui';

/**
 * What the web app's first page says in Japanese — sign-in (SSO included), the home page's to-do lists, both
 * shells, error and loading states — shipped with it. The other features' texts (index.ts) come with the first
 * other page. src/web/bundle.test.ts checks that every key the first page's modules use is here.
 */
export const jaFirstPage = {
  ...common,
  auth: { sso: ssoSignIn },
  forms: { kinds: formKinds },
  prep: { ui: { states: sheetStates } },
  record: { owner: planOwners, rhythm: followUpRhythms },
  home,
  // The home page's line about the interview reflection (routes/reflection/HomeReflections.tsx).
  reflection: { answer: { title: reflection.answer.title }, home: reflection.home, period: reflection.period, half: reflection.half },
  // The home page's line about a hiring-criteria hearing sheet to fill in (routes/home/EmployeeTodo.tsx).
  hiring: { ui: { home: hiring.ui.home } },
  ui,
} as const;
