import { type Actor, isAdmin, isHr } from './actor';

const interviewer = (a: Actor) => a.roles.has('interviewer');

/**
 * What each role may do, by name: the one place role rules live. Rules about one record (whose sheet,
 * which answer, which person) stay in each feature's policy and call `can` for the role part. `/me`
 * sends these flags to the UI, so it never re-derives a rule.
 */
const RULES = {
  /** The directory: HR sees everyone; a manager or HR partner sees their own people. */
  viewDirectory: (a: Actor) => isHr(a) || interviewer(a),
  /** Create and edit people and departments (within directory/policy.ts's rules about whom). */
  manageDirectory: isHr,
  /** Import and export move the whole directory. */
  importEmployees: isHr,
  exportEmployees: isHr,
  /** Grant hr/admin. */
  manageRoles: isAdmin,
  /** The outbox belongs to the system owner. */
  viewOutbox: isAdmin,
  /** The audit log too, unless an admin lets HR staff read it (off by default: decision 0013). */
  viewAudit: (a: Actor) => isAdmin(a) || (isHr(a) && !!a.hrReadsAudit),
  /** Whether HR staff may read the audit log is the system owner's choice. */
  manageAuditAccess: isAdmin,
  /** Sign-in through the company's identity provider (SSO) is the system owner's to set up. */
  manageSso: isAdmin,
  /** Chat tools and webhooks (Slack, Teams, signed webhooks) send events out of Mendan: the system owner's. */
  manageWebhooks: isAdmin,
  /** Directory sync (SCIM tokens) lets an identity provider change people: the system owner's. */
  manageScim: isAdmin,
  /** Rounds are planned, launched and followed by HR. */
  manageRounds: isHr,
  /** Templates, themes and the question bank. */
  manageForms: isHr,
  /** Interviewers read the question bank and themes while preparing. */
  readQuestionBank: (a: Actor) => isHr(a) || interviewer(a),
  /** Every interview and record of the organisation, as HR (never private memos; 人事のみ by policy). */
  readAllRecords: isHr,
  /** Organisation-wide insight: coverage, trends, risk signs, themes, ratings. */
  viewInsight: isHr,
  /** Positions, matching and the organisation's wishes. */
  managePlacement: isHr,
  /** Company settings HR keeps: scheduling guidance, suggestion rules. */
  manageSettings: isHr,
  /** APPI (decision 0022): HR exports a person's whole file on a formal request, and erases a retired person's records. */
  exportPersonFile: isHr,
  eraseRecords: isHr,
  /** How long a retired person's records are kept, and what happens then: the system owner's setting. */
  manageRetention: isAdmin,
  /** Holding interviews: a manager, an HR partner, or someone HR assigned an interview to. */
  interview: interviewer,
} as const satisfies Record<string, (a: Actor) => boolean>;

export type Capability = keyof typeof RULES;
export const CAPABILITIES = Object.keys(RULES) as Capability[];

/** Whether the actor may do this, by role. Signed-out callers may do nothing. */
export const can = (actor: Actor | null | undefined, capability: Capability): boolean => !!actor && RULES[capability](actor);

/** Every capability of the actor, for `/me`. */
export const capabilitiesOf = (actor: Actor): Record<Capability, boolean> =>
  Object.fromEntries(CAPABILITIES.map((c) => [c, can(actor, c)])) as Record<Capability, boolean>;
