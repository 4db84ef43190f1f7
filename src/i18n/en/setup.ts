// First run: the setup page, the demo load and what the server and CLI print about them.
export default {
  errors: {
    closed: 'Setup is already done. Please sign in.',
    notEmpty: 'This database already has employees, so the demo company cannot be loaded. Create the first administrator instead.',
    emailTaken: 'This email address is already registered. Please enter another one.',
  },
  demo: {
    steps: {
      departments: 'Adding departments… {{done}} / {{total}}',
      employees: 'Adding employees… {{done}} / {{total}}',
      signIns: 'Setting up sign-ins…',
      history: 'Writing interview records… {{done}} / {{total}} people',
      figures: 'Computing figures… {{done}} / {{total}}',
    },
    cli: {
      history:
        'Created three past career rounds and a running one — sheets, surveys, interview records, action plans, follow-ups — plus skills, career wishes, moves and open positions, and computed the figures ({{seconds}} s). No mail was sent.',
      noHistory: 'Interview rounds exist already: only departments and employees were updated ({{seconds}} s).',
      ready: 'The demo company is ready. Sign in in the browser.',
    },
  },
  start: {
    open: 'No administrator yet: open {{url}} in a browser to create the first one or load the demo company.',
    ready: 'Open {{url}} in a browser and sign in.',
  },
  ui: {
    title: 'Welcome to Mendan',
    lead: 'There is no administrator yet. To begin, choose one of the two below. This page is shown only once.',
    demo: {
      title: 'Try it with a demo company',
      lead: 'Loads a fictional company of 300 people with three past career rounds, a running round, career wishes and placement candidates, so every page has something to show.',
      note: 'This is data for trying Mendan out. Do not load it into a database you will use for real.',
      submit: 'Load the demo company',
      loading: 'Loading the demo company',
      wait: 'This takes about a minute. Please keep this page open.',
      failed: 'Loading failed. Check the server log, start again with a fresh database, and try this command:',
      command: 'npm run mendan -- seed-demo',
      doneTitle: 'The demo company is ready',
      doneLead: 'You can sign in with these accounts. The password of each is "{{password}}".',
      signInAs: 'Sign in as this person',
      roles: {
        admin: 'Administrator (admin, HR)',
        hr: 'HR staff',
        manager: 'Manager (interviews the employee below)',
        employee: 'Employee (interview scheduled)',
      },
    },
    admin: {
      title: 'Create the first administrator',
      lead: 'For real use. You are signed in as this administrator right away and can go on to import people and adjust settings.',
      familyName: 'Family name',
      givenName: 'Given name',
      email: 'Email address',
      password: 'Password',
      confirm: 'Password (again)',
      hint: 'At least {{min}} characters.',
      mismatch: 'The passwords do not match.',
      submit: 'Create the administrator and start',
      cli: 'To create one from the command line, run:',
      command: 'npm run mendan -- create-admin',
    },
  },
};
