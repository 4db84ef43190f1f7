// Career gaps at work (issue 18.3–18.4): action-plan items linked to a gap, positions ranked on a career role.
export default {
  kinds: { training: 'Training', assignment: 'Assignment', mentor: 'Mentor', other: 'Other' },
  errors: {
    noGoal: 'The employee has not chosen a career goal, so there is no gap to link to.',
    gapNotInGoal: '“{{skill}}” is not an expected skill of the goal’s role ({{role}}).',
    unknownRole: 'This role is not in the current career paths. Choose one from the list.',
  },
  plan: {
    title: 'Career gap',
    line: '{{skill}} {{linked}} → {{now}} / needs {{expected}}',
    lineThen: '{{skill}} when linked {{linked}} / needs {{expected}}',
    met: 'Expected level reached',
    kindIs: '{{kind}}',
    link: 'Link to a gap',
    change: 'Change the link',
    goalIs: 'Choose from the gaps of the career goal “{{role}}”.',
    skill: 'Skill',
    none: 'Not linked',
    option: '{{name}} (now {{current}} / needs {{expected}})',
    kind: 'How',
    save: 'Save the link',
    hint: 'The level when linked is recorded; the level now is read from the skills inventory.',
  },
  followUp: {
    line: '{{skill}} {{linked}} → {{now}} (at this follow-up) / needs {{expected}}',
  },
  position: {
    role: 'Career role',
    roleHint:
      'When set, candidates’ skills are scored by their shortfall against this role’s expected levels instead of the required skills.',
    noRole: 'None',
    roleOption: '{{family}} / {{name}} ({{grade}})',
    roleGone: 'Career role “{{code}}” is not in the current career paths (skills are scored on the required skills).',
    rankedBy: 'Skills are scored by the shortfall against the expected levels of career role “{{role}}”.',
  },
  candidate: {
    gap: 'Against the expected skills',
    ready: 'Meets every expected level',
    shortfall: '{{count}} level(s) short',
    skill: '{{name}} {{current}} → {{expected}}',
  },
  reasons: {
    roleFit: 'Expected skills of career role “{{role}}”: {{shortfall}} level(s) short ({{met}} of {{total}} levels)',
    roleReady: 'Meets every expected level of career role “{{role}}”',
  },
  print: {
    goal: 'Career goal',
    none: 'No career goal chosen.',
    role: '{{family}} / {{name}} ({{grade}}, {{track}})',
    term: 'Term: {{term}}',
    chosen: 'Chosen on {{date}} (career paths version {{version}})',
    gap: '{{name}}: now {{current}} / needs {{expected}}',
  },
} as const;
