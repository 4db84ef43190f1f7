// スキル・経験の棚卸し。
export default {
  errors: {
    yearMonth: '年月は YYYY-MM の形式で入力してください。',
    duplicate: '同じ名前のスキルがすでにあります。',
    periodOrder: '終了年月は開始年月以降にしてください。',
  },
};
