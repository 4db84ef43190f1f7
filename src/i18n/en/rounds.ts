// Interview rounds.
export default {
  errors: {
    periodOrder: 'The end date must be on or after the start date.',
    prepDueAfterEnd: 'Preparation must be due by the end of the period.',
    notEditable: 'A round that has been launched cannot be changed.',
    notLaunched: 'This round is not running.',
    noParticipants: 'Nobody takes part. Choose people by department, grade or by name.',
    interviewerInactive: 'Choose an active employee as the interviewer.',
  },
  types: { career: 'Career interview', oneOnOne: '1-on-1', followUp: 'Follow-up' },
  statuses: { draft: 'Draft', launching: 'Launching', launched: 'Running', closed: 'Closed' },
  interviewerRules: { manager: 'Manager (else the HR partner)', hrPartner: 'HR partner (else the manager)' },
};
