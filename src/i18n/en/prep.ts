// Interview preparation (career sheet, pre-survey, skills inventory).
export default {
  errors: {
    notEditable: 'This can no longer be edited: it was submitted, or the interview is over.',
    notSubmitted: 'This has not been submitted.',
    missingRequired: 'Some required fields are empty.',
  },
};
