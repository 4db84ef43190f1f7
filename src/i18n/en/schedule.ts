// Scheduling.
export default {
  errors: {
    endBeforeStart: 'The end must be after the start.',
    tooLong: 'An interview can last at most four hours.',
    onlineUrl: 'Enter the meeting link (https://…).',
    roomRequired: 'Enter the place (a meeting room, …).',
    inPast: 'A time in the past cannot be chosen.',
    tooManyOpen: 'Up to 10 times can be offered. Withdraw those no longer needed.',
    slotGone: 'This time can no longer be chosen. Reload the page.',
    notScheduled: 'No time has been fixed yet.',
    needLocation: 'Enter the place before confirming.',
    time: 'Enter the time as HH:MM.',
    workdayOrder: 'The working day must end after it starts.',
  },
  warnings: {
    busyHour: 'A busy time of the day (first thing in the morning). Choose a time when you can talk calmly.',
    outsideHours: 'Outside working hours.',
    weekend: 'A weekend day.',
  },
  summary: 'Career interview: {{employee}} ({{round}})',
  description: 'The interview of “{{round}}”.\nInterviewer: {{interviewer}}\nPlease meet where nobody can overhear.\n{{url}}',
};
