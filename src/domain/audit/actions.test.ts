import { describe, expect, it } from 'vitest';
import { resources, translator } from '../../i18n';
import { AUDIT_ACTIONS, AUDIT_ENTITY_TYPES, AUDIT_GROUPS, auditActionKey, auditEntityKey, auditGroupKey } from './actions';

// The audit screen names every row a person can meet: each action, record type and group of the catalog has words in
// both languages, and the catalogs hold no name for an action nobody writes.
describe('the audit catalog', () => {
  it('names every action, record type and group in Japanese and English', () => {
    for (const lang of ['ja', 'en'] as const) {
      const t = translator(lang);
      const keys = [...AUDIT_ACTIONS.map(auditActionKey), ...AUDIT_ENTITY_TYPES.map(auditEntityKey), ...AUDIT_GROUPS.map(auditGroupKey)];
      for (const k of keys) expect(t(k), `${lang}:${k}`).not.toBe(k);
    }
  });

  it('has no name for an action or type the code does not write', () => {
    const names = resources.ja.translation.audit;
    expect(Object.keys(names.actions).sort()).toEqual(AUDIT_ACTIONS.map((a) => auditActionKey(a).split('.').pop()).sort());
    expect(Object.keys(names.entities).sort()).toEqual([...AUDIT_ENTITY_TYPES].sort());
    expect(Object.keys(names.groups).sort()).toEqual([...AUDIT_GROUPS].sort());
  });

  it('has one entry per action', () => {
    expect(new Set(AUDIT_ACTIONS).size).toBe(AUDIT_ACTIONS.length);
  });
});
