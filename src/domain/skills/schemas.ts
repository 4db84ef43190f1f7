import { z } from 'zod';

export const INVENTORY_LIMITS = { skills: 100, items: 100, skillName: 100, note: 500, title: 200, description: 2000 } as const;
export const CAREER_ITEM_KINDS = ['experience', 'achievement'] as const;

const YearMonth = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'skills.errors.yearMonth' })
  .nullable()
  .optional();

export const SkillInput = z.strictObject({
  name: z.string().trim().min(1).max(INVENTORY_LIMITS.skillName),
  level: z.number().int().min(1).max(5),
  years: z.number().int().min(0).max(60).nullable().optional(),
  note: z.string().trim().max(INVENTORY_LIMITS.note).default(''),
});

export const CareerItemInput = z.strictObject({
  kind: z.enum(CAREER_ITEM_KINDS),
  title: z.string().trim().min(1).max(INVENTORY_LIMITS.title),
  description: z.string().trim().max(INVENTORY_LIMITS.description).default(''),
  periodFrom: YearMonth,
  periodTo: YearMonth,
});

/** The whole inventory is saved at once: what the form shows is what is stored. */
export const InventoryBody = z
  .strictObject({
    skills: z.array(SkillInput).max(INVENTORY_LIMITS.skills),
    items: z.array(CareerItemInput).max(INVENTORY_LIMITS.items),
  })
  .superRefine((v, ctx) => {
    const seen = new Set<string>();
    v.skills.forEach((s, i) => {
      const key = s.name.normalize('NFKC').toLowerCase();
      if (seen.has(key)) ctx.addIssue({ code: 'custom', message: 'skills.errors.duplicate', path: ['skills', i, 'name'] });
      seen.add(key);
    });
    v.items.forEach((it, i) => {
      if (it.periodFrom && it.periodTo && it.periodTo < it.periodFrom)
        ctx.addIssue({ code: 'custom', message: 'skills.errors.periodOrder', path: ['items', i, 'periodTo'] });
    });
  });
export type InventoryInput = z.infer<typeof InventoryBody>;
