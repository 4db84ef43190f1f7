export default {
  errors: {
    kana: 'フリガナはカタカナで入力してください。',
    employeeNumber: '社員番号は半角英数字・ハイフン・アンダースコアで入力してください。',
    departmentCode: '部署コードは半角英数字・ハイフン・アンダースコアで入力してください。',
  },
};
