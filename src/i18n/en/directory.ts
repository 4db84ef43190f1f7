export default {
  errors: {
    kana: 'Enter the furigana in katakana.',
    employeeNumber: 'Use letters, digits, hyphens and underscores for the employee number.',
    departmentCode: 'Use letters, digits, hyphens and underscores for the department code.',
  },
};
