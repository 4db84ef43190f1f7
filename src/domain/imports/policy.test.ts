import { describe, expect, it } from 'vitest';
import type { Actor, Role } from '../actor';
import { systemActor } from '../actor';
import { canExport, canImport } from './policy';

const actor = (...roles: Role[]): Actor => ({ id: 'a', roles: new Set<Role>(['employee', ...roles]), locale: 'ja' });

describe('import/export policy', () => {
  it('allows HR, admins and the system (CLI)', () => {
    for (const a of [actor('hr'), actor('admin'), systemActor()]) {
      expect(canImport(a)).toBe(true);
      expect(canExport(a)).toBe(true);
    }
  });

  it('refuses employees, interviewers and nobody', () => {
    for (const a of [actor(), actor('interviewer'), null]) {
      expect(canImport(a)).toBe(false);
      expect(canExport(a)).toBe(false);
    }
  });
});
