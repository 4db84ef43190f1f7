// Skills and experience inventory.
export default {
  errors: {
    yearMonth: 'Enter the month as YYYY-MM.',
    duplicate: 'A skill with this name is already listed.',
    periodOrder: 'The end month must be on or after the start month.',
  },
};
