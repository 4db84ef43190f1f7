import { describe, expect, it } from 'vitest';
import { type Actor, type Role, systemActor } from './actor';
import { CAPABILITIES, type Capability, can, capabilitiesOf } from './capabilities';

const actor = (...roles: Role[]): Actor => ({ id: 'a', roles: new Set<Role>(['employee', ...roles]), locale: 'ja' });
const employee = actor();
const interviewer = actor('interviewer');
const hr = actor('hr');
const admin = actor('admin');

/** Who may do what, by role: the table the product's roles section describes. */
const MATRIX: Record<Capability, { employee: boolean; interviewer: boolean; hr: boolean; admin: boolean }> = {
  viewDirectory: { employee: false, interviewer: true, hr: true, admin: true },
  manageDirectory: { employee: false, interviewer: false, hr: true, admin: true },
  importEmployees: { employee: false, interviewer: false, hr: true, admin: true },
  exportEmployees: { employee: false, interviewer: false, hr: true, admin: true },
  manageRoles: { employee: false, interviewer: false, hr: false, admin: true },
  viewOutbox: { employee: false, interviewer: false, hr: false, admin: true },
  viewAudit: { employee: false, interviewer: false, hr: false, admin: true },
  manageAuditAccess: { employee: false, interviewer: false, hr: false, admin: true },
  manageSso: { employee: false, interviewer: false, hr: false, admin: true },
  manageWebhooks: { employee: false, interviewer: false, hr: false, admin: true },
  manageScim: { employee: false, interviewer: false, hr: false, admin: true },
  exportPersonFile: { employee: false, interviewer: false, hr: true, admin: true },
  eraseRecords: { employee: false, interviewer: false, hr: true, admin: true },
  manageRetention: { employee: false, interviewer: false, hr: false, admin: true },
  manageRounds: { employee: false, interviewer: false, hr: true, admin: true },
  manageForms: { employee: false, interviewer: false, hr: true, admin: true },
  readQuestionBank: { employee: false, interviewer: true, hr: true, admin: true },
  readAllRecords: { employee: false, interviewer: false, hr: true, admin: true },
  viewInsight: { employee: false, interviewer: false, hr: true, admin: true },
  managePlacement: { employee: false, interviewer: false, hr: true, admin: true },
  manageSettings: { employee: false, interviewer: false, hr: true, admin: true },
  interview: { employee: false, interviewer: true, hr: false, admin: false },
};

describe('capabilities', () => {
  it('follow the role table, capability by capability', () => {
    expect(Object.keys(MATRIX).sort()).toEqual([...CAPABILITIES].sort());
    for (const c of CAPABILITIES) {
      const got = { employee: can(employee, c), interviewer: can(interviewer, c), hr: can(hr, c), admin: can(admin, c) };
      expect(got, c).toEqual(MATRIX[c]);
    }
  });

  it('give nothing to a signed-out caller, and everything but interviewing to the system (CLI, jobs)', () => {
    for (const c of CAPABILITIES) expect(can(null, c)).toBe(false);
    expect(CAPABILITIES.filter((c) => !can(systemActor(), c))).toEqual(['interview']);
  });

  it('let HR read the audit log only when the company turned it on, and never change that setting', () => {
    const allowed = { ...hr, hrReadsAudit: true };
    expect([can(allowed, 'viewAudit'), can(allowed, 'manageAuditAccess'), can(allowed, 'viewOutbox')]).toEqual([true, false, false]);
    expect(can({ ...employee, hrReadsAudit: true }, 'viewAudit')).toBe(false);
    expect(can({ ...interviewer, hrReadsAudit: true }, 'viewAudit')).toBe(false);
  });

  it('are sent whole to /me', () => {
    expect(capabilitiesOf(hr)).toEqual(Object.fromEntries(CAPABILITIES.map((c) => [c, MATRIX[c].hr])));
  });
});
