import { describe, expect, it } from 'vitest';
import type { Actor, Role } from '../actor';
import { canViewAudit, canViewOutbox } from './policy';

const actor = (...roles: Role[]): Actor => ({ id: 'a', roles: new Set<Role>(['employee', ...roles]), locale: 'ja' });

describe('admin policy', () => {
  it('lets admins read the outbox and the audit log', () => {
    expect(canViewOutbox(actor('admin'))).toBe(true);
    expect(canViewAudit(actor('admin'))).toBe(true);
  });

  it('refuses everyone else, HR and interviewers included', () => {
    for (const a of [actor(), actor('hr'), actor('interviewer'), actor('hr', 'interviewer')]) {
      expect(canViewOutbox(a)).toBe(false);
      expect(canViewAudit(a)).toBe(false);
    }
  });
});
