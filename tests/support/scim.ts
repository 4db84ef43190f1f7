import { expect } from 'vitest';
import { testConfig } from '../../src/config';
import type { TestApp, TestClient } from './harness';
import { type Org, orgApp } from './org-app';

// A SCIM client for the tests of /scim/v2 (decision 0023): the organisation, a signed-in admin and a token they issued.

export const SCIM = {
  USER: 'urn:ietf:params:scim:schemas:core:2.0:User',
  ENT: 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User',
  GROUP: 'urn:ietf:params:scim:schemas:core:2.0:Group',
  PATCH: 'urn:ietf:params:scim:api:messages:2.0:PatchOp',
  ERROR: 'urn:ietf:params:scim:api:messages:2.0:Error',
} as const;

// biome-ignore lint/suspicious/noExplicitAny: the tests read SCIM answers attribute by attribute, as a provider does
export type ScimAnswer = { status: number; type: string | null; body: any; text: string };

export async function scimApp(): Promise<{ t: TestApp; org: Org; admin: TestClient; token: string; scim: ScimCall }> {
  const { t, org } = await orgApp({ config: testConfig({ publicUrl: 'https://mendan.example.jp' }) });
  const admin = await t.client().login(org.admin.email);
  const res = await admin.post('/api/v1/admin/scim/tokens', { name: 'Entra ID' });
  expect(res.status).toBe(201);
  const token = ((await res.json()) as { token: string }).token;
  const scim: ScimCall = async (method, path, body, bearer = token) => {
    const headers: Record<string, string> = { 'content-type': 'application/scim+json', 'x-forwarded-for': '10.9.9.9' };
    if (bearer !== null) headers.authorization = `Bearer ${bearer}`;
    const r = await t.app.request(`/scim/v2${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await r.text();
    return { status: r.status, type: r.headers.get('content-type'), body: text ? JSON.parse(text) : null, text };
  };
  return { t, org, admin, token, scim };
}
export type ScimCall = (method: string, path: string, body?: unknown, bearer?: string | null) => Promise<ScimAnswer>;
