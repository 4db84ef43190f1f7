// In-app notifications and mails. Params never carry answers or notes.
export default {
  ui: {
    title: 'Notifications',
    empty: 'No notifications yet.',
    markAll: 'Mark all as read',
    unread: 'Unread',
  },
  personName: '{{given}} {{family}}',
  inApp: {
    roundLaunched: '“{{round}}” has started. Please prepare your career sheet and pre-survey (due {{due}}).',
    roundAssigned: 'You interview {{count}} people in “{{round}}”.',
    prepReminder: 'Your preparation for “{{round}}” is not finished yet (due {{due}}).',
    slotsOffered: '{{interviewer}} offered times for your interview (“{{round}}”).',
    slotProposed: '{{employee}} proposed a time for the interview (“{{round}}”).',
    interviewScheduled: 'Your interview is scheduled: {{when}} (“{{round}}”).',
    interviewReminder: 'Your interview is coming up: {{when}} (“{{round}}”).',
    formSubmitted: '{{employee}} submitted the {{form}} (“{{round}}”).',
    offerReminder: '{{count}} interviews in “{{round}}” have no time yet. Please offer times.',
    pickReminder: 'Please choose a time for your interview in “{{round}}”.',
    recordShared: 'The record of your interview in “{{round}}” is shared with you. Please review the action plan.',
    planToConfirm: 'Your interviewer confirmed the action plan of “{{round}}”. Please review it.',
    planChanged: 'The action plan of “{{round}}” has changed. Please confirm it again.',
    planConfirmed: 'The action plan of “{{round}}” is confirmed by both of you.',
    followUpRecorded: 'A follow-up on your action plan of “{{round}}” was recorded.',
    itemOverdue: 'An action plan item of “{{round}}” is past its due date ({{due}}).',
    historyRequested: '{{viewer}} asks to see your interview history (the shared part).',
    historyGranted: '{{employee}} agreed that you see their interview history.',
    historyDeclined: '{{employee}} did not agree that you see their interview history.',
    historyOverridden: 'HR allowed {{viewer}} to see your interview history (the shared part).',
    wishDecided: 'HR has answered your career wish ($t(placement.decision.{{decision}})).',
    hearingReminder: 'Your hiring-criteria hearing sheet for “{{role}}” has not been submitted yet (due {{due}}).',
    hearingRequested: 'HR asks you to fill in the hiring-criteria hearing sheet for “{{role}}” (due {{due}}).',
    webhookDisabled:
      'Sending to the integration “{{name}}” failed {{count}} times in a row, so it has been turned off. Check the receiver, then turn it back on.',
  },
  mail: {
    hearingReminder: {
      subject: 'Hiring-criteria hearing: a reminder about the sheet for “{{role}}”',
      body: 'Dear {{name}},\n\nYour field hearing sheet for the hiring criteria of “{{role}}” has not been submitted yet. It is due on {{due}}.\nPlease fill it in and submit it when you can.\n\n{{url}}\n',
    },
    hearingRequested: {
      subject: 'Hiring-criteria hearing: please fill in the sheet for “{{role}}”',
      body: 'Dear {{name}},\n\nHR asks you to fill in the field hearing sheet for the hiring criteria of “{{role}}”.\nThink of one high performer and describe their results, behaviours, skills, personality and how they were hired.\nDue: {{due}}\n\n{{url}}\n',
    },
    itemOverdue: {
      subject: '[Career interview] An action plan item is overdue',
      body: 'Dear {{name}},\n\nAn unfinished item of the action plan of “{{round}}” is past its due date ({{due}}). Please record its progress or revise the date.\n\n{{url}}\n',
    },
    roundLaunched: {
      subject: '[Career interview] “{{round}}” has started',
      body: 'Dear {{name}},\n\n“{{round}}” is starting. Before your interview, please prepare your career sheet and pre-survey.\n\nThemes this time:\n{{themes}}\n\n{{message}}\n\nPreparation due: {{due}}\nPeriod: {{period}}\n\nPrepare here:\n{{url}}\n\nWhat you write is saved as you type. Answers you do not want your manager to see can be marked “HR only”.\n',
    },
    roundAssigned: {
      subject: '[Career interview] You are an interviewer in “{{round}}”',
      body: 'Dear {{name}},\n\nYou interview {{count}} people in “{{round}}”. Please offer times and prepare the interviews.\n\n{{url}}\n',
    },
    prepReminder: {
      subject: '[Career interview] Please prepare for “{{round}}”',
      body: 'Dear {{name}},\n\nYour {{form}} for “{{round}}” has not been submitted yet. It is due {{due}}.\n\n{{url}}\n',
    },
    offerReminder: {
      subject: '[Career interview] Please offer interview times (“{{round}}”)',
      body: 'Dear {{name}},\n\n{{count}} interviews in “{{round}}” have no time yet. Please offer times.\n\n{{url}}\n',
    },
    pickReminder: {
      subject: '[Career interview] Please choose a time for your interview',
      body: 'Dear {{name}},\n\nTimes have been offered for your interview in “{{round}}”. Please choose one that suits you.\n\n{{url}}\n',
    },
    slotsOffered: {
      subject: '[Career interview] Times offered for your interview',
      body: 'Dear {{name}},\n\n{{interviewer}} offered times for your interview in “{{round}}”. Please choose one that suits you, or propose another.\n\n{{url}}\n',
    },
    slotProposed: {
      subject: '[Career interview] A time was proposed for an interview',
      body: 'Dear {{name}},\n\n{{employee}} proposed a time for the interview in “{{round}}”: {{when}}\n\n{{url}}\n',
    },
    interviewScheduled: {
      subject: '[Career interview] Interview scheduled: {{when}}',
      body: 'Dear {{name}},\n\nThe interview in “{{round}}” is scheduled.\n\nWhen: {{when}}\nWhere: {{where}}\n\nThe attached calendar invitation (.ics) adds it to your calendar.\n\n{{url}}\n',
    },
    interviewReminder: {
      subject: '[Career interview] Coming up: {{when}}',
      body: 'Dear {{name}},\n\nThe interview in “{{round}}” is coming up.\n\nWhen: {{when}}\nWhere: {{where}}\n\n{{url}}\n',
    },
    formSubmitted: {
      subject: '[Career interview] {{employee}} submitted the {{form}}',
      body: 'Dear {{name}},\n\n{{employee}} submitted the {{form}} for “{{round}}”. Use it to prepare the interview.\n\n{{url}}\n',
    },
  },
  what: { sheet: 'career sheet', survey: 'pre-survey', schedule: 'choice of interview time' },
  noDue: 'no due date',
  noThemes: '(no themes set)',
  location: { room: '{{place}} (private room)', online: 'Online: {{place}}' },
};
