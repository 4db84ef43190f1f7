import { z } from 'zod';
import { Version, singleLine } from '../shared/schemas';

// Limits and choices are defined once here; the UI reads the same constants.
export const WISH_LIMITS = { role: 200, note: 2000, message: 1000, internalNote: 1000 } as const;
export const POSITION_LIMITS = { title: 200, description: 4000, skill: 100, skills: 20 } as const;

export const WISH_KINDS = ['transfer', 'careerPath'] as const;
export const TRACKS = ['management', 'specialist', 'undecided'] as const;
export const TIMEFRAMES = ['within1y', 'in1to3y', 'over3y'] as const;
export const RELOCATIONS = ['ok', 'no', 'depends'] as const;
export const DISCLOSURES = ['manager_hr', 'hr_only'] as const;
export const DECISIONS = ['considered', 'offered', 'moved', 'notNow'] as const;
export const POSITION_KINDS = ['position', 'project'] as const;
export const POSITION_STATUSES = ['open', 'closed'] as const;
/** What became of a wish: 'new' until HR decides, then the latest decision; 'withdrawn' by the employee. */
export const WISH_STATES = ['new', ...DECISIONS, 'withdrawn'] as const;

export type Track = (typeof TRACKS)[number];
export type Timeframe = (typeof TIMEFRAMES)[number];
export type Relocation = (typeof RELOCATIONS)[number];
export type Disclosure = (typeof DISCLOSURES)[number];
export type Decision = (typeof DECISIONS)[number];
export type WishState = (typeof WISH_STATES)[number];

const text = (max: number) => z.string().trim().max(max);
const version = Version;

/**
 * A cross-field check runs even when another field is wrong, as long as the fields it reads are
 * valid: the form then shows every error at once instead of one round-trip per mistake.
 */
const whenValid = (...fields: string[]) => ({
  when: (p: { issues: readonly { path?: readonly PropertyKey[] }[] }) => !p.issues.some((i) => fields.includes(String(i.path?.[0]))),
});
const target = whenValid('desiredRole', 'desiredDepartmentId');

const wishFields = {
  kind: z.enum(WISH_KINDS),
  desiredRole: singleLine(WISH_LIMITS.role).default(''),
  desiredDepartmentId: z.uuid().nullable().default(null),
  track: z.enum(TRACKS).default('undecided'),
  timeframe: z.enum(TIMEFRAMES),
  relocation: z.enum(RELOCATIONS).default('depends'),
  note: text(WISH_LIMITS.note).default(''),
  disclosure: z.enum(DISCLOSURES),
};

/** A wish must say where to: a role, a department, or both. */
// Refinements guard against a missing value: the OpenAPI document generator calls them with null.
const needsTarget = (w: { desiredRole?: string; desiredDepartmentId?: string | null } | null, ctx: z.RefinementCtx) => {
  if (!w) return;
  if (!w.desiredRole && !w.desiredDepartmentId)
    ctx.addIssue({ code: 'custom', path: ['desiredRole'], message: 'placement.errors.roleOrDepartment' });
};

export const NewWish = z.strictObject(wishFields).superRefine(needsTarget, target);
export type NewWish = z.infer<typeof NewWish>;

/** An edit sends the whole form again (what the form shows is what is stored) with the version it read. */
export const EditWish = z.strictObject({ ...wishFields, version }).superRefine(needsTarget, target);
export type EditWish = z.infer<typeof EditWish>;

export const Versioned = z.strictObject({ version });

export const WishListQuery = z.strictObject({
  status: z.enum(['open', 'all', ...WISH_STATES] as const).default('open'),
  track: z.enum(TRACKS).optional(),
  kind: z.enum(WISH_KINDS).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type WishListQuery = z.infer<typeof WishListQuery>;

export const NewDecision = z
  .strictObject({
    version,
    decision: z.enum(DECISIONS),
    message: text(WISH_LIMITS.message).default(''),
    note: text(WISH_LIMITS.internalNote).default(''),
    positionId: z.uuid().nullable().default(null),
  })
  .superRefine(
    (d, ctx) => {
      // 「今回は見送り」 always comes with the reason: the employee is owed an explanation.
      if (d?.decision === 'notNow' && !d.message)
        ctx.addIssue({ code: 'custom', path: ['message'], message: 'placement.errors.reasonRequired' });
    },
    whenValid('decision', 'message'),
  );
export type NewDecision = z.infer<typeof NewDecision>;

const SkillName = z.string().trim().min(1).max(POSITION_LIMITS.skill);

const positionFields = {
  kind: z.enum(POSITION_KINDS),
  title: singleLine(POSITION_LIMITS.title).min(1),
  departmentId: z.uuid().nullable().default(null),
  description: text(POSITION_LIMITS.description).default(''),
  requiredSkills: z.array(SkillName).max(POSITION_LIMITS.skills).default([]),
  track: z.enum(TRACKS).default('undecided'),
  // A role code of the current career map (checked against it on the server).
  careerRoleCode: z.string().trim().min(1).max(32).nullable().default(null),
  status: z.enum(POSITION_STATUSES).default('open'),
};

const uniqueSkills = (p: { requiredSkills?: string[] } | null, ctx: z.RefinementCtx) => {
  const seen = new Set<string>();
  p?.requiredSkills?.forEach((s, i) => {
    const key = skillKey(s);
    if (seen.has(key)) ctx.addIssue({ code: 'custom', path: ['requiredSkills', i], message: 'placement.errors.duplicateSkill' });
    seen.add(key);
  });
};

export const NewPosition = z.strictObject(positionFields).superRefine(uniqueSkills, whenValid('requiredSkills'));
export type NewPosition = z.infer<typeof NewPosition>;

/** A partial edit: closing a position sends only its status (and the version). */
export const EditPosition = z
  .strictObject({
    version,
    kind: positionFields.kind.optional(),
    title: positionFields.title.optional(),
    departmentId: z.uuid().nullable().optional(),
    description: text(POSITION_LIMITS.description).optional(),
    requiredSkills: z.array(SkillName).max(POSITION_LIMITS.skills).optional(),
    track: z.enum(TRACKS).optional(),
    careerRoleCode: z.string().trim().min(1).max(32).nullable().optional(),
    status: z.enum(POSITION_STATUSES).optional(),
  })
  .superRefine(uniqueSkills, whenValid('requiredSkills'));
export type EditPosition = z.infer<typeof EditPosition>;

export const PositionListQuery = z.strictObject({
  status: z.enum(['open', 'closed', 'all']).default('open'),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

export const CandidateQuery = z.strictObject({
  page: z.coerce.number().int().min(1).max(1000).default(1),
  pageSize: z.coerce.number().int().min(1).max(50).default(20),
  // Query strings carry text: only 'true' turns it on.
  skills: z.enum(['true', 'false']).default('false'),
});

/** The same key as employee_skills.name_key (see skills/inventory.ts): NFKC, lower-cased. */
export function skillKey(name: string): string {
  return name.trim().normalize('NFKC').toLowerCase();
}
