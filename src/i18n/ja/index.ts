import admin from './admin';
import audit from './audit';
import auth from './auth';
import common from './common';
import directory from './directory';
import forms from './forms';
import home from './home';
import imports from './import';
import insight from './insight';
import notify from './notify';
import ops from './ops';
import placement from './placement';
import prep from './prep';
import record from './record';
import rights from './rights';
import rounds from './rounds';
import schedule from './schedule';
import setup from './setup';
import skills from './skills';
import themes from './themes';
import trends from './trends';
import ui from './ui';
import webhooks from './webhooks';
import scim from './scim';
import reflection from './reflection';
import career from './career';
import hiring from './hiring';
import careerGaps from './career-gaps';

/**
 * The whole Japanese catalog, one feature file per key. A module of its own so the web app can
 * load one language without the other (the source locale: the first page carries it).
 */
export const ja = {
  ...common,
  auth,
  directory,
  forms,
  home,
  import: imports,
  insight,
  trends,
  themes,
  placement,
  notify,
  rounds,
  prep,
  record,
  rights,
  skills,
  schedule,
  setup,
  admin,
  ops,
  audit,
  ui,
  webhooks,
  scim,
  reflection,
  career,
  hiring,
  careerGaps,
} as const;
