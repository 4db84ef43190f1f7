// themes (HR insight).
export default {
  ui: { title: 'themes' },
};
