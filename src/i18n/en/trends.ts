// trends (HR insight).
export default {
  ui: { title: 'trends' },
};
