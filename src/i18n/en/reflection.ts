// Interview reflection: the employee's answers on the seed's four cautions and the record's signals (docs/decisions/0024).
export default {
  errors: {
    point: 'Choose 1 to 5.',
    comment: 'Keep the comment to 1,000 characters.',
    period: 'Choose one of the offered periods (a half-year that has ended).',
    alreadyAnswered: 'You have already answered this reflection. Answers cannot be changed once sent.',
  },
  cautions: {
    listen: {
      short: 'Listening',
      title: "Listen carefully to the employee's wishes and worries",
      question: 'I was heard out to the end',
      guidance:
        'A career interview is not a one-sided evaluation or feedback session. Help the employee relax and speak openly: nod along, ask questions and draw the story out.',
      steps: {
        '1': 'Spend the first ten minutes only asking and listening; keep evaluation and advice for later',
        '2': 'Ask “anything else?” once more before moving to the next topic',
        '3': "Write down the wishes and worries you heard, in the employee's words, in a note shared with them",
      },
      reminder: 'This time, use the first ten minutes to listen (your last reflection found listening the point to work on).',
    },
    strengths: {
      short: 'Strengths',
      title: 'Focus on achievements and strengths, not failures and weaknesses',
      question: 'My achievements and strengths were noticed',
      guidance:
        'Dwelling on what was not achieved costs confidence and leaves no room for a positive talk about the future. Name achievements and strengths the employee may not see in themselves, and draw out their thinking from there.',
      steps: {
        '1': 'Pick one achievement from “strengths and achievements” on the prep page that the employee may not see',
        '2': 'Put one question on achievements and strengths from the question bank on the agenda',
        '3': 'Record the strengths and achievements you talked about',
      },
      reminder:
        "This time, start from the employee's achievements and strengths (your last reflection found strengths the point to work on).",
    },
    support: {
      short: 'Goals and support',
      title: 'Sort out the challenges and steps toward career goals',
      question: "The challenges and the company's support became concrete",
      guidance:
        'Set challenges with continuity, not on a whim, so that overcoming them feels like growth. Do not leave the work to the employee alone: say how the company is ready to support it.',
      steps: {
        '1': 'Put the last action plan on the agenda and start from the items carried over',
        '2': 'Add one item to the plan that the company (manager or HR) owns as support',
        '3': 'Confirm the plan together with the employee at the end of the interview',
      },
      reminder:
        "This time, agree on challenges that build on what was carried over, and on the company's concrete support (your last reflection found this the point to work on).",
    },
    followUp: {
      short: 'Follow-up',
      title: "Follow up on the employee's goals after the interview",
      question: 'What we agreed last time was followed up',
      guidance:
        'An interview is one step toward the goal. Do not stop at one: follow up regularly, deepen your understanding and build a relationship in which good advice can continue.',
      steps: {
        '1': 'Set a follow-up rhythm (e.g. monthly) and the next date in the record',
        '2': 'Record the progress of each item in the follow-up 1on1s',
        '3': 'For overdue items, rethink the support at the next follow-up',
      },
      reminder:
        'This time, end by agreeing the follow-up rhythm and the next date (your last reflection found follow-up the point to work on).',
    },
  },
  signals: {
    sharedNotes: {
      name: 'Notes shared with the employee',
      rule: 'Of the interviews held in the period, the share with a note shared with the employee',
    },
    strengths: {
      name: 'Strengths recorded',
      rule: 'Of the interviews held in the period, the share with a question on achievements and strengths on the agenda, or strengths, achievements or things done well recorded in the landing point, the alignment or a note (not a private memo)',
    },
    confirmed: {
      name: 'Plans confirmed by both',
      rule: 'Of the interviews with an action plan, the share whose latest revision both the employee and the interviewer confirmed',
    },
    continuity: {
      name: 'Continuity with the last plan',
      rule: 'Of the interviews of employees who had an action plan before, the share with the last plan on the agenda',
    },
    followUpsOnTime: {
      name: 'Follow-ups on time',
      rule: "Of the interviews with a follow-up rhythm, the share with a follow-up recorded within the rhythm's interval plus 14 days (only those whose first follow-up is due)",
    },
    itemsOnTime: {
      name: 'Plan items done on time',
      rule: 'Of the plan items due in the period (not dropped), the share marked done by their due date',
    },
  },
  period: 'FY{{year}} {{half}}',
  half: { '1': 'first half', '2': 'second half' },
  answer: {
    title: 'Reflection on this interview',
    hint: 'Four questions that help your interviewer hold better interviews. Answers are shown to the interviewer and HR only as averages of five or more; no single answer, and nobody who answered, is shown to the interviewer. Answers cannot be changed once sent.',
    scale: { '1': '1 Disagree', '2': '2', '3': '3 Neither', '4': '4', '5': '5 Agree' },
    comment: 'Comment (optional)',
    send: 'Send answers',
    sent: 'Thank you. Your answer counts in {{period}} (only averages of five or more are shown, after the period ends).',
  },
  home: {
    counted: 'Your reflection on the interview of {{date}} was counted in {{period}}.',
    open: 'Answer the reflection on your interview',
  },
  card: {
    point: 'Caution',
    signal: 'Signal (rule)',
    title: 'Interview reflection',
    lead: "Look back on the seed's four cautions for career interviews, from employees' answers (averages of five or more only) and signals from your records. Figures are counted per half-year, once it has ended.",
    managerOn: 'By the company setting, your manager can also see this card.',
    managerOff: 'By the company setting, only you can see this card (not your manager).',
    otherPerson: 'Interview reflection of {{name}}',
    periodLine: 'Counted for {{period}} (the next count after the period ends)',
    answersTitle: "Employees' answers (average of 1–5)",
    you: 'You',
    company: 'Company',
    previous: 'You, previous period',
    n: '{{n}} answers',
    suppressed: 'Not shown: fewer than {{min}} answers',
    companySuppressed: 'Not shown: fewer than {{min}} answers to compare with',
    noAnswers: 'No {{min}} answers yet. Reflect from the signals in your records.',
    signalsTitle: 'Signals from the record',
    signalRate: '{{met}} of {{of}}',
    noCases: 'No cases',
    weakestTitle: 'Work on first: {{caution}}',
    weakestFromAnswers: 'The point furthest below the company.',
    weakestFromSignals: 'The lowest of the signals from your records.',
    nextSteps: 'At your next interview',
    nothing: 'Nothing to reflect on yet. Hold interviews and keep records, and it will show here.',
    rule: 'Rule',
    link: 'Interview reflection',
  },
  prep: {
    title: 'From your interview reflection',
  },
  hr: {
    title: 'Interviewer reflection',
    lead: "Employees' answers (averages of five or more) and signals from the records, per interviewer. Interviewers and departments with fewer than five answers are not shown; other rows may be hidden too, so that a small group's answers cannot be worked out by subtraction. Readings are audit-logged.",
    period: 'Period',
    export: 'Export CSV',
    department: 'Department',
    noDepartment: 'No department',
    interviewer: 'Interviewer',
    answers: 'Answers',
    trendTitle: 'Company trend (per period)',
    notRatedTitle: 'Interviewers with no answers yet',
    notRatedNone: 'Every interviewer has answers.',
    managerSees: "Let interviewers' managers see their reflection card",
    managerSeesHint: 'Off (the default): only the interviewer sees their card. The setting is shown on the card.',
    saved: 'Saved.',
    hidden: '—',
  },
  csv: {
    period: 'Period',
    department: 'Department',
    interviewer: 'Interviewer',
    answers: 'Answers',
    company: 'Company',
    noDepartment: 'No department',
  },
};
