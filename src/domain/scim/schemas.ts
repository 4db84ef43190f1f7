import { z } from 'zod';
import { SCHEMA } from './protocol';

// What a provider may send. Objects are loose: providers send many attributes Mendan does not keep
// (phone numbers, addresses, …); those are ignored, never refused.

const Text = (max: number) => z.string().trim().max(max, { message: 'scim.errors.tooLong' });

export const ScimName = z.looseObject({
  familyName: Text(50).nullish(),
  givenName: Text(50).nullish(),
  formatted: z.string().nullish(),
});

export const ScimEmail = z.looseObject({ value: Text(254), type: z.string().nullish(), primary: z.boolean().nullish() });

export const ScimEnterprise = z.looseObject({
  employeeNumber: Text(32).nullish(),
  department: Text(100).nullish(),
  manager: z.union([z.looseObject({ value: z.string().nullish() }), z.string()]).nullish(),
});

export const ScimUserInput = z.looseObject({
  schemas: z.array(z.string()).optional(),
  userName: Text(254).min(1, { message: 'scim.errors.userNameRequired' }),
  externalId: Text(255).nullish(),
  name: ScimName.nullish(),
  displayName: z.string().nullish(),
  title: Text(100).nullish(),
  emails: z.array(ScimEmail).max(20).nullish(),
  active: z.boolean().nullish(),
  [SCHEMA.enterprise]: ScimEnterprise.nullish(),
});
export type ScimUserInput = z.infer<typeof ScimUserInput>;

export const ScimMember = z.looseObject({ value: z.string().max(64) });

export const ScimGroupInput = z.looseObject({
  schemas: z.array(z.string()).optional(),
  displayName: Text(100).min(1, { message: 'scim.errors.displayNameRequired' }),
  externalId: Text(255).nullish(),
  members: z.array(ScimMember).max(10_000).nullish(),
});
export type ScimGroupInput = z.infer<typeof ScimGroupInput>;

/** Entra ID sends "Replace", "Add": the op is compared without case. */
export const PatchOp = z.looseObject({
  schemas: z.array(z.string()).optional(),
  Operations: z
    .array(
      z.looseObject({
        op: z
          .string()
          .transform((s) => s.toLowerCase())
          .pipe(z.enum(['add', 'replace', 'remove'], { message: 'scim.errors.patchOp' })),
        path: z.string().max(500).optional(),
        value: z.unknown().optional(),
      }),
    )
    .min(1, { message: 'scim.errors.patchEmpty' })
    .max(1000),
});
export type PatchOp = z.infer<typeof PatchOp>;
export type PatchOperation = PatchOp['Operations'][number];
