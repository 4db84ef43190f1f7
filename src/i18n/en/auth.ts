export default {
  errors: {
    invalidCredentials: 'The email address or password is incorrect.',
  },
};
