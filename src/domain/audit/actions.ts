/**
 * Every action the code writes to the audit log, and every kind of record it names: one catalog. `audit()` accepts
 * nothing else (a new action must be added here, and its words to the catalogs: a unit test checks both languages),
 * and the audit screen's filter lists exactly these. Grouped by the part before the first dot.
 */
export const AUDIT_ACTIONS = [
  // Sign-in and passwords
  'auth.login',
  'auth.login.failed',
  'auth.login.throttled',
  'auth.logout',
  'auth.password.changed',
  'auth.password.change_failed',
  'auth.password_reset.requested',
  'auth.password_reset.completed',
  'auth.password_reset.throttled',
  'auth.password_reset.unknown',
  'auth.password_reset.sso_only',
  'auth.sso.failed',
  'auth.sso.throttled',
  // People and departments
  'employee.create',
  'employee.update',
  'employee.retire',
  'employee.reinstate',
  'employee.roles.update',
  'employee.locale.update',
  'employee.admin.create',
  'employee.admin.update',
  'employee.import',
  'employee.import.undo',
  'employee.export',
  // The employee's rights under APPI (domain/rights): a removal is recorded without the person's data.
  'employee.erased',
  'employee.anonymised',
  'department.create',
  'department.update',
  'department.import',
  'department.export',
  'demo.seed',
  'setup.admin.create',
  'setup.demo.start',
  // Rounds, templates, the question bank, rules and settings
  'round.create',
  'round.update',
  'round.delete',
  'round.launch',
  'round.launched',
  'round.close',
  'round.reassign',
  'round.remind',
  'template.create',
  'template.update',
  'template.retire',
  'template.restore',
  'question.create',
  'question.update',
  'theme.create',
  'theme.update',
  'rule.create',
  'rule.update',
  'rule.delete',
  'settings.scheduling.update',
  'settings.audit.update',
  'settings.sso.update',
  'settings.retention.update',
  // Preparation and scheduling
  'form.read',
  'form.save',
  'form.submit',
  'form.withdraw',
  'form.export',
  'inventory.read',
  'inventory.update',
  'slots.offer',
  'slots.propose',
  'slots.withdraw',
  'interview.schedule',
  'interview.unschedule',
  // The interview record and after-follow
  'record.read',
  'record.update',
  'interview.held',
  'interview.rate',
  'note.create',
  'note.update',
  'note.delete',
  'plan.item.create',
  'plan.item.update',
  'plan.item.delete',
  'plan.confirm',
  'followup.create',
  'history.read',
  'history.consent.request',
  'history.consent.grant',
  'history.consent.decline',
  'history.consent.override',
  // Wishes, placement and insight
  'wish.create',
  'wish.update',
  'wish.withdraw',
  'wish.read',
  'wish.decide',
  'position.create',
  'position.update',
  'risk.read',
  'risk.action',
  'themes.drilldown',
  'export.request',
  'export.download',
  // Downloads of a person's own data, and HR's export of a person's file on a formal request
  'data_export.self',
  'data_export.person',
  // The system owner's screens
  'audit.read',
  'audit.export',
  'outbox.read',
  'outbox.resend',
  'security.denied_reads',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** The kinds of record an audit row is about (its `entityType`). */
export const AUDIT_ENTITY_TYPES = [
  'employee',
  'department',
  'auth',
  'round',
  'interview',
  'template',
  'question',
  'theme',
  'suggestion_rule',
  'settings',
  'wish',
  'position',
  'export',
  'audit',
  'mail',
  'setup',
] as const;
export type AuditEntityType = (typeof AUDIT_ENTITY_TYPES)[number];

/** The group of an action: 'auth.login.failed' → 'auth'. The filter finds a group by prefix ('auth.'). */
export const auditGroup = (action: string): string => action.split('.')[0]!;
export const AUDIT_GROUPS = [...new Set(AUDIT_ACTIONS.map(auditGroup))];

/** Catalog keys cannot hold dots inside one key: auth.login.failed → audit.actions.auth_login_failed. */
export const auditActionKey = (action: string) => `audit.actions.${action.replaceAll('.', '_')}`;
export const auditEntityKey = (type: string) => `audit.entities.${type}`;
export const auditGroupKey = (group: string) => `audit.groups.${group}`;
