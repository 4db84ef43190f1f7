import type { MatrixIds, Role } from '../support/matrix-fixtures';

/**
 * Who may call each endpoint on the records of one employee (「本人」). `allow` lists the roles that
 * may; every other signed-in role must get `deny` (404 by default: records of others are not found;
 * 403 where the caller may see the record but not do this), the signed-out caller 401.
 * `body` is a valid request, so a denied caller is refused for who they are, not for bad input.
 * A new endpoint without an entry here fails the matrix test.
 */
export type Entry = {
  allow: readonly Role[] | 'signedIn';
  deny?: Partial<Record<Role, 403 | 404>>;
  body?: (ids: MatrixIds) => unknown;
  /** Sent as is (CSV uploads). */
  raw?: { body: string; type: string };
  /** Replaces path parameters the prefix rule does not know. */
  path?: (ids: MatrixIds) => string;
};

const STAFF = ['manager', 'hr', 'admin'] as const; // the interviewer of 本人 and HR
const HR = ['hr', 'admin'] as const;
const INTERVIEWERS = ['otherManager', 'manager', 'partner', 'hr', 'admin'] as const; // hold the interviewer role
const f403 = (...roles: Role[]) => Object.fromEntries(roles.map((r) => [r, 403])) as Partial<Record<Role, 403>>;
const NON_HR_403 = f403('self', 'colleague', 'otherManager', 'manager', 'partner');
const slot = () => {
  const s = new Date(Date.now() + 6 * 86_400_000);
  s.setUTCHours(5, 0, 0, 0);
  return { start: s.toISOString(), end: new Date(s.getTime() + 3_600_000).toISOString(), locationType: 'room', location: '会議室B' };
};
const ADMIN_ONLY = f403('self', 'colleague', 'otherManager', 'manager', 'partner', 'hr');
const NO_ID = '00000000-0000-4000-8000-000000000000';
const CSV = { body: '社員番号,姓,名,メールアドレス\r\nM9,試験,太郎,m9@example.jp\r\n', type: 'text/csv' };

export const MATRIX: Record<string, Entry> = {
  // Directory and people
  'GET /departments': { allow: 'signedIn' },
  'POST /departments': { allow: HR, deny: NON_HR_403, body: () => ({ code: 'MX-1', name: '新設部' }) },
  'PATCH /departments/{id}': { allow: HR, deny: NON_HR_403, body: () => ({ name: '第一開発部' }) },
  'GET /employees': { allow: 'signedIn' },
  'POST /employees': {
    allow: HR,
    deny: NON_HR_403,
    body: () => ({ employeeNumber: 'MX1', familyName: '試験', givenName: '花子', email: 'mx1@example.jp' }),
  },
  'GET /employees/{id}': { allow: ['self', 'manager', 'partner', 'hr', 'admin'] },
  'PATCH /employees/{id}': { allow: HR, deny: f403('self', 'manager', 'partner'), body: () => ({ version: 1, jobTitle: '主任' }) },
  'POST /employees/{id}/retire': { allow: HR, deny: f403('self', 'manager', 'partner'), body: () => ({ retiredOn: '2026-12-31' }) },
  'POST /employees/{id}/reinstate': { allow: HR, deny: f403('self', 'manager', 'partner'), body: () => ({}) },
  'PUT /employees/{id}/roles': { allow: ['admin'], deny: f403('self', 'manager', 'partner', 'hr'), body: () => ({ roles: ['hr'] }) },
  'POST /imports/{kind}/preview': { allow: HR, deny: NON_HR_403, raw: CSV, path: () => '/imports/employees/preview' },
  'POST /imports/{kind}/commit': { allow: HR, deny: NON_HR_403, raw: CSV, path: () => '/imports/employees/commit' },
  'GET /exports/employees.csv': { allow: HR, deny: NON_HR_403 },
  'GET /exports/departments.csv': { allow: HR, deny: NON_HR_403 },
  'GET /employees/{id}/inventory': { allow: ['self', 'manager', 'partner', 'hr', 'admin'] },
  'GET /me/inventory': { allow: 'signedIn' },
  'PUT /me/inventory': { allow: 'signedIn', body: () => ({ skills: [], items: [] }) },
  // Career paths (issue 18): the map and goal are one's own; a goal is read like the skills inventory; the rest is HR's.
  'GET /me/career': { allow: 'signedIn' },
  'PUT /me/career/goal': { allow: 'signedIn', body: () => ({ roleId: NO_ID, term: 'short' }) },
  'GET /employees/{id}/career': { allow: ['self', 'manager', 'partner', 'hr', 'admin'] },
  'GET /career/framework': { allow: HR, deny: NON_HR_403 },
  'GET /career/readiness': { allow: HR, deny: NON_HR_403 },
  'GET /exports/career-paths.csv': { allow: HR, deny: NON_HR_403 },
  // The hiring-criteria hearing (decision 0026): HR's (managePlacement); a manager reads and writes only their own sheet.
  'GET /hiring/hearings': { allow: HR, deny: NON_HR_403 },
  'POST /hiring/hearings': {
    allow: HR,
    deny: NON_HR_403,
    body: (ids) => ({ roleName: '法人営業', managerIds: [ids.managerId], dueOn: '2026-12-31' }),
  },
  'GET /hiring/hearings/{id}': { allow: HR, path: (ids) => `/hiring/hearings/${ids.hearing}` },
  'DELETE /hiring/hearings/{id}': { allow: HR, path: (ids) => `/hiring/hearings/${ids.hearing}` },
  'POST /hiring/hearings/{id}/remind': { allow: HR, path: (ids) => `/hiring/hearings/${ids.hearing}/remind` },
  'PUT /hiring/hearings/{id}/criteria': {
    allow: HR,
    body: () => ({ criteria: [{ section: 'traits', text: '粘り強い', skill: null }] }),
    path: (ids) => `/hiring/hearings/${ids.hearing}/criteria`,
  },
  'GET /hiring/hearings/{id}/criteria.csv': { allow: HR, path: (ids) => `/hiring/hearings/${ids.hearing}/criteria.csv` },
  'GET /me/hearings/{id}': { allow: ['manager'], path: (ids) => `/me/hearings/${ids.hearingSheet}` },
  'PUT /me/hearings/{id}/answers': {
    allow: ['manager'],
    body: () => ({ answers: { performerTenure: { value: '入社5年目' } } }),
    path: (ids) => `/me/hearings/${ids.hearingSheet}/answers`,
  },
  'POST /me/hearings/{id}/submit': { allow: ['manager'], path: (ids) => `/me/hearings/${ids.hearingSheet}/submit` },
  'GET /me/hearings/{id}/people': { allow: ['manager'], path: (ids) => `/me/hearings/${ids.hearingSheet}/people` },
  'PUT /me/hearings/{id}/performer': {
    allow: ['manager'],
    body: (ids) => ({ performerId: ids.employee }),
    path: (ids) => `/me/hearings/${ids.hearingSheet}/performer`,
  },
  // The person's data rights (APPI, decision 0022): HR's export and erasure answer 404 to everyone else.
  'GET /me/data-export': { allow: 'signedIn' },
  'POST /employees/{id}/data-export': { allow: HR, body: () => ({ reason: '本人からの開示請求' }) },
  'POST /employees/{id}/erase': { allow: HR, body: () => ({ confirmEmployeeNumber: 'X-1' }) },
  'GET /admin/retention': { allow: ['admin'], deny: f403('self', 'colleague', 'otherManager', 'manager', 'partner', 'hr') },
  'PUT /admin/retention': {
    allow: ['admin'],
    deny: f403('self', 'colleague', 'otherManager', 'manager', 'partner', 'hr'),
    body: () => ({ retiredRetentionMonths: null, mode: 'erase' }),
  },
  // Administration
  'GET /admin/outbox': { allow: ['admin'], deny: f403('self', 'colleague', 'otherManager', 'manager', 'partner', 'hr') },
  'GET /admin/audit': { allow: ['admin'], deny: f403('self', 'colleague', 'otherManager', 'manager', 'partner', 'hr') },
  'GET /admin/audit.csv': { allow: ['admin'], deny: f403('self', 'colleague', 'otherManager', 'manager', 'partner', 'hr') },
  'GET /admin/audit-access': { allow: ['admin'], deny: f403('self', 'colleague', 'otherManager', 'manager', 'partner', 'hr') },
  'PUT /admin/audit-access': {
    allow: ['admin'],
    deny: f403('self', 'colleague', 'otherManager', 'manager', 'partner', 'hr'),
    body: () => ({ hrRead: false }),
  },
  'GET /admin/sso': { allow: ['admin'], deny: f403('self', 'colleague', 'otherManager', 'manager', 'partner', 'hr') },
  'PUT /admin/sso': {
    allow: ['admin'],
    deny: f403('self', 'colleague', 'otherManager', 'manager', 'partner', 'hr'),
    body: () => ({
      enabled: false,
      issuer: '',
      clientId: '',
      allowedDomains: [],
      createUnknown: false,
      ssoOnly: false,
      breakGlass: [],
      trustUnverifiedEmail: false,
    }),
  },
  'POST /admin/sso/check': {
    allow: ['admin'],
    deny: f403('self', 'colleague', 'otherManager', 'manager', 'partner', 'hr'),
    body: () => ({ issuer: 'https://idp.example.jp' }),
  },
  // Directory sync (decision 0023): SCIM tokens are the system owner's alone.
  'GET /admin/scim/tokens': { allow: ['admin'], deny: ADMIN_ONLY },
  'POST /admin/scim/tokens': { allow: ['admin'], deny: ADMIN_ONLY, body: () => ({ name: 'Entra ID' }) },
  'DELETE /admin/scim/tokens/{id}': { allow: ['admin'], deny: ADMIN_ONLY, path: () => `/admin/scim/tokens/${NO_ID}` },
  // Chat tools and webhooks (decision 0021): the system owner's alone.
  'GET /admin/webhooks': { allow: ['admin'], deny: ADMIN_ONLY },
  'POST /admin/webhooks': {
    allow: ['admin'],
    deny: ADMIN_ONLY,
    body: () => ({ name: '人事チャンネル', kind: 'slack', url: 'https://127.0.0.1/hook', events: [] }),
  },
  'PATCH /admin/webhooks/{id}': {
    allow: ['admin'],
    deny: ADMIN_ONLY,
    body: () => ({ enabled: false }),
    path: (ids) => `/admin/webhooks/${ids.webhook}`,
  },
  'DELETE /admin/webhooks/{id}': { allow: ['admin'], deny: ADMIN_ONLY, path: (ids) => `/admin/webhooks/${ids.webhook}` },
  'POST /admin/webhooks/{id}/rotate-secret': {
    allow: ['admin'],
    deny: ADMIN_ONLY,
    path: (ids) => `/admin/webhooks/${ids.webhook}/rotate-secret`,
  },
  'POST /admin/webhooks/{id}/test': { allow: ['admin'], deny: ADMIN_ONLY, path: (ids) => `/admin/webhooks/${ids.webhook}/test` },
  'GET /admin/webhooks/{id}/deliveries': { allow: ['admin'], deny: ADMIN_ONLY, path: (ids) => `/admin/webhooks/${ids.webhook}/deliveries` },
  'POST /admin/webhooks/deliveries/{id}/resend': {
    allow: ['admin'],
    deny: ADMIN_ONLY,
    path: () => `/admin/webhooks/deliveries/${NO_ID}/resend`,
  },
  'PUT /admin/webhooks/slack-dm': { allow: ['admin'], deny: ADMIN_ONLY, body: () => ({ enabled: false, events: [] }) },
  'GET /admin/webhooks/slack-dm/deliveries': { allow: ['admin'], deny: ADMIN_ONLY },
  'POST /admin/outbox/{id}/resend': {
    allow: ['admin'],
    deny: f403('self', 'colleague', 'otherManager', 'manager', 'partner', 'hr'),
    path: () => '/admin/outbox/00000000-0000-4000-8000-000000000000/resend',
  },
  'GET /settings/scheduling': { allow: 'signedIn' },
  'PUT /settings/scheduling': {
    allow: HR,
    deny: NON_HR_403,
    body: () => ({ workdayStart: '09:00', busyMinutes: 60, workdayEnd: '18:00' }),
  },
  'GET /notifications': { allow: 'signedIn' },
  'POST /notifications/read': { allow: 'signedIn', body: () => ({}) },
  // Templates, question bank, themes, suggestion rules
  'GET /templates': { allow: HR, deny: NON_HR_403 },
  'POST /templates': {
    allow: HR,
    deny: NON_HR_403,
    body: () => ({
      kind: 'survey',
      name: { ja: '試験' },
      definition: { sections: [{ id: 's', title: { ja: 'S' }, fields: [{ id: 'f', type: 'shortText', label: { ja: 'F' } }] }] },
    }),
  },
  'GET /templates/{id}': { allow: HR },
  'PATCH /templates/{id}': { allow: HR, body: () => ({ name: { ja: '改名' }, version: 1 }) },
  'PUT /templates/{id}/status': { allow: HR, body: () => ({ status: 'active' }) },
  'GET /questions': { allow: INTERVIEWERS, deny: f403('self', 'colleague') },
  'POST /questions': { allow: HR, deny: NON_HR_403, body: () => ({ category: 'closing', text: { ja: '質問' } }) },
  'PATCH /questions/{id}': { allow: HR, body: () => ({ status: 'active' }) },
  'GET /themes': { allow: INTERVIEWERS, deny: f403('self', 'colleague') },
  'POST /themes': { allow: HR, deny: NON_HR_403, body: () => ({ title: { ja: 'テーマ' }, description: { ja: '' } }) },
  'PATCH /themes/{id}': { allow: HR, body: () => ({ status: 'active' }) },
  'GET /suggestion-rules': { allow: HR },
  'POST /suggestion-rules': { allow: HR, body: (ids) => ({ source: 'plan', op: 'overdue', questionId: ids.question }) },
  'PUT /suggestion-rules/{id}': { allow: HR, body: (ids) => ({ source: 'plan', op: 'overdue', questionId: ids.question, active: true }) },
  'DELETE /suggestion-rules/{id}': { allow: HR },
  // Rounds
  'GET /rounds': { allow: HR, deny: NON_HR_403 },
  'POST /rounds': {
    allow: HR,
    deny: NON_HR_403,
    body: () => ({
      name: '試験',
      type: 'career',
      periodStart: '2027-01-01',
      periodEnd: '2027-01-31',
      participants: { all: false, employeeIds: [] },
    }),
  },
  'POST /rounds/preview': { allow: HR, deny: NON_HR_403, body: () => ({ participants: { all: true }, interviewerRule: 'manager' }) },
  'GET /rounds/{id}': { allow: HR },
  'GET /rounds/{id}/forms': { allow: HR },
  'PATCH /rounds/{id}': { allow: HR, body: () => ({ version: 1, name: '改名' }) },
  'DELETE /rounds/{id}': { allow: HR },
  'POST /rounds/{id}/launch': { allow: HR, body: () => ({ version: 1 }) },
  'POST /rounds/{id}/close': { allow: HR },
  'GET /rounds/{id}/interviews': { allow: HR },
  'POST /rounds/{id}/reassign': { allow: HR, body: (ids) => ({ interviewIds: [ids.interview], interviewerId: ids.employee }) },
  'GET /rounds/{id}/progress': { allow: HR },
  'POST /rounds/{id}/remind': { allow: HR, body: () => ({ target: 'sheet' }) },
  // An interviewer exports the answers of the people they interview only.
  'GET /rounds/{id}/answers.csv': { allow: ['otherManager', ...STAFF], path: (ids) => `/rounds/${ids.round}/answers.csv?kind=survey` },
  'GET /rounds/{id}/ratings': { allow: HR },
  // One interview: preparation, scheduling, record
  'GET /me/interviews': { allow: 'signedIn' },
  // The home page's to-do list: everyone has one, scoped to themselves (tests/integration/home-todo.test.ts).
  'GET /me/todo': { allow: 'signedIn' },
  'GET /interviews': { allow: 'signedIn' },
  'GET /interviews/{id}': { allow: ['self', ...STAFF] },
  'GET /interviews/{id}/forms/{kind}': { allow: ['self', ...STAFF] },
  // A sheet is written by its employee alone: for anyone else it is not there to write (404).
  'PUT /interviews/{id}/forms/{kind}/answers': { allow: ['self'], body: () => ({ answers: { currentIssues: { value: 'x' } } }) },
  'POST /interviews/{id}/forms/{kind}/submit': { allow: ['self'] },
  'POST /interviews/{id}/forms/{kind}/withdraw': { allow: ['self'] },
  'POST /interviews/{id}/forms/{kind}/copy-previous': { allow: ['self'] },
  'GET /interviews/{id}/slots': { allow: ['self', ...STAFF] },
  'POST /interviews/{id}/slots': { allow: STAFF, body: () => ({ slots: [slot()] }) },
  'POST /interviews/{id}/slots/propose': { allow: ['self'], body: () => slot() },
  'POST /interviews/{id}/schedule': { allow: ['self', ...STAFF], body: (ids) => ({ slotId: ids.slot }) },
  'DELETE /interviews/{id}/schedule': { allow: STAFF },
  'DELETE /interviews/{id}/slots/{slotId}': { allow: STAFF, path: (ids) => `/interviews/${ids.openInterview}/slots/${ids.slot}` },
  'GET /interviews/{id}/invite.ics': { allow: ['self', ...STAFF] },
  'GET /interviews/{id}/prep': { allow: STAFF, deny: { self: 404 } },
  'GET /interviews/{id}/record': { allow: ['self', ...STAFF] },
  'PATCH /interviews/{id}/record': {
    allow: ['manager'],
    deny: f403('self', 'hr', 'admin'),
    body: () => ({ version: 99, changes: { landingPoint: 'x' }, base: { landingPoint: '' } }),
  },
  'POST /interviews/{id}/held': { allow: ['manager'], deny: f403('self', 'hr', 'admin') },
  'POST /interviews/{id}/notes': { allow: STAFF, deny: f403('self'), body: () => ({ visibility: 'shared', body: 'x' }) },
  'PATCH /notes/{id}': { allow: ['manager'], body: () => ({ version: 1, body: 'x' }) },
  'DELETE /notes/{id}': { allow: ['manager'], path: (ids) => `/notes/${ids.note}?version=1` },
  'POST /interviews/{id}/plan/items': {
    allow: ['manager'],
    deny: f403('self', 'hr', 'admin'),
    body: () => ({ what: 'x', owner: 'employee' }),
  },
  'PATCH /plan-items/{id}': { allow: ['self', 'manager'], deny: f403('hr', 'admin'), body: () => ({ version: 1, status: 'inProgress' }) },
  // Linking an item to a career gap (issue 18.3) is the plan's content: its interviewer only.
  'PUT /plan-items/{id}/gap': {
    allow: ['manager'],
    deny: f403('self', 'hr', 'admin'),
    body: () => ({ version: 1, skill: null, kind: 'other' }),
  },
  'DELETE /plan-items/{id}': { allow: ['manager'], deny: f403('self', 'hr', 'admin'), path: (ids) => `/plan-items/${ids.item}?version=1` },
  'POST /interviews/{id}/plan/confirm': { allow: ['self', 'manager'], deny: f403('hr', 'admin'), body: () => ({ revision: 1 }) },
  'POST /interviews/{id}/follow-ups': {
    allow: ['manager'],
    deny: f403('self', 'hr', 'admin'),
    body: () => ({ heldOn: '2026-12-01', items: [] }),
  },
  'PUT /interviews/{id}/rating': { allow: ['self'], deny: f403('manager', 'hr', 'admin'), body: () => ({ rating: 4 }) },
  // The interviewer's reflection (decision 0024): the employee's answer is theirs alone (404 to everyone else, the
  // interviewer included); the card is the interviewer's own, or their manager's when the company turned that on.
  'GET /interviews/{id}/reflection': { allow: ['self'] },
  'PUT /interviews/{id}/reflection': { allow: ['self'], body: () => ({ listen: 4, strengths: 4, support: 3, followUp: 4 }) },
  'GET /me/reflections': { allow: 'signedIn' },
  'GET /me/reflection': { allow: ['otherManager', 'manager', 'partner'] },
  'GET /employees/{id}/reflection': { allow: [] },
  'GET /insight/reflection': { allow: HR },
  'GET /insight/reflection.csv': { allow: HR },
  'GET /settings/reflection': { allow: HR, deny: NON_HR_403 },
  'PUT /settings/reflection': { allow: HR, deny: NON_HR_403, body: () => ({ managerSees: false }) },
  // History and handover
  'GET /me/history': { allow: 'signedIn' },
  'GET /employees/{id}/history': { allow: ['self', 'manager', 'partner', 'hr', 'admin'] },
  'POST /employees/{id}/history/consent-request': { allow: ['manager', 'partner'], deny: f403('hr', 'admin') },
  'POST /employees/{id}/history/override': { allow: HR, body: (ids) => ({ viewerId: ids.employee, reason: '引き継ぎ' }) },
  'GET /me/history-consents': { allow: 'signedIn' },
  'POST /me/history-consents/{id}/decide': { allow: ['self'], body: () => ({ grant: true }) },
  // Insight
  'GET /me/team-progress': { allow: 'signedIn' },
  'GET /insight/coverage': { allow: HR },
  'GET /insight/outcomes': { allow: HR, path: () => '/insight/outcomes?from=2026-01-01&to=2026-12-31' },
  'POST /exports': { allow: HR, body: () => ({ kind: 'coverage', params: { months: 12 } }) },
  'GET /exports': { allow: 'signedIn' },
  'GET /exports/{id}/file': { allow: ['hr'] },
  // Wishes and placement: a wish marked 人事のみ is 本人's and HR's alone.
  'GET /me/wishes': { allow: 'signedIn' },
  'POST /me/wishes': {
    allow: 'signedIn',
    body: () => ({ kind: 'careerPath', desiredRole: 'x', timeframe: 'over3y', disclosure: 'manager_hr' }),
  },
  'PATCH /wishes/{id}': {
    allow: ['self'],
    deny: f403('hr', 'admin'),
    body: () => ({ kind: 'transfer', desiredRole: 'x', timeframe: 'within1y', disclosure: 'hr_only', version: 1 }),
  },
  'POST /wishes/{id}/withdraw': { allow: ['self'], deny: f403('hr', 'admin'), body: () => ({ version: 1 }) },
  'GET /wishes': { allow: 'signedIn' },
  'POST /wishes/{id}/decisions': { allow: HR, deny: f403('self'), body: () => ({ decision: 'considered', version: 1 }) },
  'GET /employees/{id}/wishes': { allow: ['self', 'manager', 'hr', 'admin'] },
  'GET /positions': { allow: HR },
  'POST /positions': { allow: HR, body: () => ({ kind: 'position', title: 'x' }) },
  'GET /positions/{id}': { allow: HR },
  'PATCH /positions/{id}': { allow: HR, body: () => ({ kind: 'project', title: 'y', version: 1 }) },
  'GET /positions/{id}/candidates': { allow: HR },
  'GET /insight/trends': { allow: HR, path: () => '/insight/trends?dimension=department&field=jobSatisfaction' },
  'GET /rounds/{id}/risks': { allow: HR },
  'POST /rounds/{id}/risks/{employeeId}/actions': {
    allow: HR,
    path: (ids) => `/rounds/${ids.round}/risks/${ids.employee}/actions`,
    body: () => ({ action: 'contacted', note: '' }),
  },
  'GET /insight/themes/{roundId}': { allow: HR, path: (ids) => `/insight/themes/${ids.round}` },
  'POST /insight/themes/{roundId}/refresh': { allow: HR, path: (ids) => `/insight/themes/${ids.round}/refresh` },
  'GET /insight/themes/{roundId}/answers': {
    allow: HR,
    path: (ids) => `/insight/themes/${ids.round}/answers?word=${encodeURIComponent('介護')}`,
  },
};

// Path parameters by the resource the path starts with: each resolves to 本人's record of that kind.
const PREFIX: [RegExp, keyof MatrixIds][] = [
  [/^\/interviews\//, 'interview'],
  [/^\/notes\//, 'note'],
  [/^\/plan-items\//, 'item'],
  [/^\/employees\//, 'employee'],
  [/^\/rounds\//, 'round'],
  [/^\/me\/history-consents\//, 'consent'],
  [/^\/suggestion-rules\//, 'rule'],
  [/^\/exports\//, 'export'],
  [/^\/departments\//, 'department'],
  [/^\/templates\//, 'template'],
  [/^\/questions\//, 'question'],
  [/^\/themes\//, 'theme'],
  [/^\/wishes\//, 'wish'],
  [/^\/positions\//, 'position'],
];

/** The path of a route on 本人's records: its entry's own, else {id} by the resource the path starts with. */
export function pathOf(route: string, e: Entry, ids: MatrixIds) {
  const p = route.slice(route.indexOf(' ') + 1);
  if (e.path) return e.path(ids);
  const key = PREFIX.find(([re]) => re.test(p))?.[1];
  return p.replace('{id}', key ? ids[key] : 'x').replace('{kind}', 'survey');
}
