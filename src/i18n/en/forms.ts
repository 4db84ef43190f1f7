// Templates (career sheet, pre-survey), themes, question bank.
export default {
  errors: {
    fieldId: 'A field ID starts with a letter and has up to 64 letters, digits, - or _.',
    duplicateField: 'Another field already has this ID.',
    needOptions: 'Enter at least two options.',
    templateKind: 'A template of this kind cannot be used here.',
    templateRetired: 'A retired template cannot be used.',
  },
  kinds: { sheet: 'Career sheet', survey: 'Pre-survey' },
  fieldTypes: {
    shortText: 'Short text',
    longText: 'Long text',
    scale: '1–5 scale',
    single: 'Single choice',
    multi: 'Multiple choice',
    date: 'Date',
    skills: 'Skills',
    goals: 'Short / mid / long-term goals',
  },
  goalTerms: { short: 'Short term (1 year)', mid: 'Mid term (3 years)', long: 'Long term (5+ years)' },
  categories: {
    currentWork: 'Current work',
    achievements: 'Achievements and strengths',
    careerGoals: 'Career goals and wishes',
    skillsGrowth: 'Skills and growth support',
    workStyle: 'Work style and life',
    issuesSupport: 'Issues and support',
    closing: 'Closing',
  },
};
