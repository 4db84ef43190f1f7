import { z } from 'zod';

/** A SCIM token as the admin sees it: never the token itself (only its hash is stored), only its last characters. */
export const ScimToken = z
  .strictObject({
    id: z.string(),
    name: z.string(),
    hint: z.string(),
    createdAt: z.string(),
    lastUsedAt: z.string().nullable(),
    revokedAt: z.string().nullable(),
  })
  .meta({ id: 'ScimToken' });
export type ScimToken = z.infer<typeof ScimToken>;

/** With the tenant URL to give the provider (PUBLIC_URL + /scim/v2). */
export const ScimTokenList = z.strictObject({ tenantUrl: z.string(), items: z.array(ScimToken) }).meta({ id: 'ScimTokenList' });

/** Answered once, at creation: the token to paste into the identity provider. */
export const ScimTokenCreated = ScimToken.extend({ token: z.string() }).meta({ id: 'ScimTokenCreated' });
export type ScimTokenCreated = z.infer<typeof ScimTokenCreated>;

export const ScimTokenCreate = z.strictObject({
  name: z.string().trim().min(1, { message: 'scim.errors.nameRequired' }).max(100, { message: 'scim.errors.nameTooLong' }),
});
