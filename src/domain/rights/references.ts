/**
 * Every column that points at a person, and what removing the person does to it (docs/decisions/0022). A test
 * reads the database's own catalog (foreign keys to employees, and uuid[] lists of people) and fails when a
 * column is missing here, so a new table that refers to people cannot be forgotten by the erasure.
 *
 *   delete      the row is the person's (or about them): erased in both modes; in 'anonymise' only where
 *               `anonymise` says delete too (rows that feed counts are kept there, their free text blanked)
 *   keep        (anonymise only) the row stays: it feeds counts; its free text is blanked by anonymise.ts
 *   null        the person is named in someone else's record (their manager, a round's author): the link goes
 *   remove      a uuid[] list of people (who an answer is kept from): the person leaves the list
 *   author      the person wrote part of someone else's record (a note, a follow-up, a decision): a private
 *               memo of theirs is deleted; the rest stays with the other person's record, and the erased
 *               person's row stays as a placeholder without personal data while such rows name them
 */
export type Handling = { erase: 'delete' | 'null' | 'remove' | 'author'; anonymise: 'delete' | 'keep' | 'null' | 'remove' };

/** In the order the erasure runs: a person's plan items and follow-ups before their interviews. */
export const PERSON_REFERENCES: Record<string, Handling> = {
  'action_items.employee_id': { erase: 'delete', anonymise: 'keep' },
  'follow_ups.employee_id': { erase: 'delete', anonymise: 'keep' },
  'interviews.employee_id': { erase: 'delete', anonymise: 'keep' },
  'career_wishes.employee_id': { erase: 'delete', anonymise: 'keep' },
  'employee_skills.employee_id': { erase: 'delete', anonymise: 'keep' },
  'employee_career_items.employee_id': { erase: 'delete', anonymise: 'delete' },
  // The career-path step a person chose (issue 18): kept when anonymised, like their skills.
  'career_goals.employee_id': { erase: 'delete', anonymise: 'keep' },
  'risk_actions.employee_id': { erase: 'delete', anonymise: 'keep' },
  'department_moves.employee_id': { erase: 'delete', anonymise: 'keep' },
  'sessions.employee_id': { erase: 'delete', anonymise: 'delete' },
  // A field manager's hearing sheet (issue 18.5): their own writing about a colleague, not a count — gone in both modes.
  'hearing_requests.manager_id': { erase: 'delete', anonymise: 'delete' },
  // The delivery log says whom an event concerned; what already left (Slack, Teams, webhooks) is outside Mendan.
  'webhook_deliveries.employee_id': { erase: 'delete', anonymise: 'delete' },
  'password_resets.employee_id': { erase: 'delete', anonymise: 'delete' },
  'role_grants.employee_id': { erase: 'delete', anonymise: 'delete' },
  'home_visits.employee_id': { erase: 'delete', anonymise: 'delete' },
  'notifications.recipient_id': { erase: 'delete', anonymise: 'delete' },
  'export_jobs.requested_by': { erase: 'delete', anonymise: 'delete' },
  'hr_partner_assignments.employee_id': { erase: 'delete', anonymise: 'delete' },
  'hr_partner_assignments.partner_id': { erase: 'delete', anonymise: 'delete' },
  'history_consents.employee_id': { erase: 'delete', anonymise: 'delete' },
  'history_consents.viewer_id': { erase: 'delete', anonymise: 'delete' },
  'history_consents.override_by': { erase: 'null', anonymise: 'null' },
  'employees.manager_id': { erase: 'null', anonymise: 'null' },
  'interviews.interviewer_id': { erase: 'null', anonymise: 'keep' },
  // Answers about how an erased interviewer listened say something about them: gone with them (closed periods stay as counted).
  'interview_reflections.interviewer_id': { erase: 'delete', anonymise: 'keep' },
  'rounds.created_by': { erase: 'null', anonymise: 'null' },
  'scim_tokens.created_by': { erase: 'null', anonymise: 'null' },
  'career_versions.created_by': { erase: 'null', anonymise: 'null' },
  'form_template_versions.created_by': { erase: 'null', anonymise: 'null' },
  'hearings.created_by': { erase: 'null', anonymise: 'null' },
  // Whom a manager named as a high performer in their hearing sheet (decision 0026): the link goes in both modes.
  'hearing_requests.performer_id': { erase: 'null', anonymise: 'null' },
  'interviews.kept_from': { erase: 'remove', anonymise: 'remove' },
  'career_wishes.kept_from': { erase: 'remove', anonymise: 'remove' },
  'interview_notes.author_id': { erase: 'author', anonymise: 'keep' },
  'follow_ups.author_id': { erase: 'author', anonymise: 'keep' },
  'plan_confirmations.person_id': { erase: 'author', anonymise: 'keep' },
  'wish_decisions.decided_by': { erase: 'author', anonymise: 'keep' },
  'risk_actions.actor_id': { erase: 'author', anonymise: 'keep' },
};

/** Columns that hold a person's id without a foreign key, cleaned by traces.ts (the undo journal, the audit log). */
export const HANDLED_BY_TRACES = ['import_journal.created', 'audit_log.actor_id'];

export const splitRef = (ref: string) => {
  const [table, column] = ref.split('.') as [string, string];
  return { table, column };
};
