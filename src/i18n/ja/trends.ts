// trends (HR insight). Japanese is the source; en/trends.ts mirrors every key.
export default {
  ui: { title: 'trends' },
};
