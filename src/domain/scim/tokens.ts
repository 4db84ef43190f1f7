import { randomBytes } from 'node:crypto';
import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { scimTokens } from '../../db/schema';
import { type Actor, authorId } from '../actor';
import { audit } from '../audit/audit';
import { sha256 } from '../auth/tokens';
import { can } from '../capabilities';
import { forbidden, notFound } from '../errors';
import type { ScimToken, ScimTokenCreated } from './responses';

type Row = typeof scimTokens.$inferSelect;

/** Where providers reach the SCIM server. */
export const scimBaseUrl = (publicUrl: string) => `${publicUrl.replace(/\/+$/, '')}/scim/v2`;

/** 256 random bits, prefixed so a secrets scanner and a person can recognise it. */
const newScimToken = () => `scim_${randomBytes(32).toString('base64url')}`;

const present = (r: Row): ScimToken => ({
  id: r.id,
  name: r.name,
  hint: r.hint,
  createdAt: r.createdAt.toISOString(),
  lastUsedAt: r.lastUsedAt?.toISOString() ?? null,
  revokedAt: r.revokedAt?.toISOString() ?? null,
});

function assertAdmin(actor: Actor) {
  if (!can(actor, 'manageScim')) throw forbidden();
}

export async function listScimTokens(db: Db, opts: { actor: Actor; publicUrl: string }) {
  assertAdmin(opts.actor);
  const rows = await db.select().from(scimTokens).orderBy(desc(scimTokens.createdAt));
  return { tenantUrl: scimBaseUrl(opts.publicUrl), items: rows.map(present) };
}

/** The token is answered here and never again: only its hash is stored. */
export async function createScimToken(db: Db, opts: { actor: Actor; name: string }): Promise<ScimTokenCreated> {
  assertAdmin(opts.actor);
  const token = newScimToken();
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(scimTokens)
      .values({ name: opts.name, tokenHash: sha256(token), hint: token.slice(-4), createdBy: authorId(opts.actor) })
      .returning();
    await audit(tx, {
      actor: opts.actor,
      action: 'scim.token.create',
      entityType: 'scim_token',
      entityId: row!.id,
      detail: { name: opts.name },
    });
    return { ...present(row!), token };
  });
}

export async function revokeScimToken(db: Db, opts: { actor: Actor; id: string }) {
  assertAdmin(opts.actor);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(scimTokens)
      .set({ revokedAt: new Date() })
      .where(and(eq(scimTokens.id, opts.id), isNull(scimTokens.revokedAt)))
      .returning();
    if (!row) {
      const [existing] = await tx.select().from(scimTokens).where(eq(scimTokens.id, opts.id));
      if (!existing) throw notFound();
      return present(existing);
    }
    await audit(tx, {
      actor: opts.actor,
      action: 'scim.token.revoke',
      entityType: 'scim_token',
      entityId: row.id,
      detail: { name: row.name },
    });
    return present(row);
  });
}

/** The live token a bearer value names, or null (unknown or revoked). Notes when it was last used, at most once a minute. */
export async function authenticateScim(db: Db, bearer: string): Promise<{ id: string; name: string } | null> {
  if (!bearer.startsWith('scim_') || bearer.length > 200) return null;
  const [row] = await db
    .select({ id: scimTokens.id, name: scimTokens.name, lastUsedAt: scimTokens.lastUsedAt })
    .from(scimTokens)
    .where(and(eq(scimTokens.tokenHash, sha256(bearer)), isNull(scimTokens.revokedAt)));
  if (!row) return null;
  if (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() > 60_000) {
    await db.update(scimTokens).set({ lastUsedAt: new Date() }).where(eq(scimTokens.id, row.id));
  }
  return { id: row.id, name: row.name };
}
