import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors';
import { rethrowUniqueViolation } from './references';

// Both drivers surface a unique violation as a Drizzle error whose cause has code and constraint.
const wrapped = (constraint: string) => Object.assign(new Error('query failed'), { cause: { code: '23505', constraint } });

describe('rethrowUniqueViolation', () => {
  it('turns a lost race on a unique column into the field error the checks give', () => {
    try {
      rethrowUniqueViolation(wrapped('employees_email_unique'));
    } catch (e) {
      expect(e).toBeInstanceOf(DomainError);
      expect((e as DomainError).status).toBe(400);
      expect((e as DomainError).fields).toEqual({ email: { key: 'directory.errors.emailTaken' } });
      return;
    }
    throw new Error('did not throw');
  });

  it('rethrows anything else unchanged', () => {
    const other = wrapped('some_other_constraint');
    expect(() => rethrowUniqueViolation(other)).toThrow(other);
    const domain = new DomainError(404, 'errors.notFound');
    expect(() => rethrowUniqueViolation(domain)).toThrow(domain);
  });
});
