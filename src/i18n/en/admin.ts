// System administration: mail outbox and audit log (mirrors the Japanese source).
export default {
  errors: {
    dateRange: 'The start date must be on or before the end date.',
    mailAlreadySent: 'This mail has already been sent. It cannot be sent again.',
    mailNotFailed: 'This mail is still being delivered (it is retried automatically). Only a mail that failed can be re-sent.',
    mailNoSmtp: 'No mail server (SMTP_URL) is configured, so mail cannot be re-sent.',
  },
  outbox: {
    title: 'Sent mail',
    empty: 'No mail has been sent.',
    columns: { createdAt: 'Created', toAddress: 'To', subject: 'Subject', status: 'Status', sentAt: 'Sent' },
    status: { outbox: 'Logged only (not delivered)', sent: 'Sent', failed: 'Failed' },
  },
  audit: {
    title: 'Audit log',
    empty: 'No entries match.',
    noActor: 'None (system or signed out)',
    export: 'Export CSV',
    filters: {
      q: 'Search action or entity ID',
      action: 'Action (prefix)',
      actorId: 'Actor',
      entityType: 'Entity type',
      from: 'From',
      to: 'To',
    },
    columns: {
      at: 'Time',
      actor: 'Actor',
      action: 'Action',
      entityType: 'Entity type',
      entityId: 'Entity ID',
      ip: 'IP address',
      detail: 'Detail',
    },
    csv: {
      at: 'Time ({{zone}})',
      actorNumber: 'Actor employee number',
      actorName: 'Actor',
      action: 'Action',
      entityType: 'Entity type',
      entityId: 'Entity ID',
      target: 'Target',
      ip: 'IP address',
      detail: 'Detail',
    },
  },
};
