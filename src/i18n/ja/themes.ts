// themes (HR insight). Japanese is the source; en/themes.ts mirrors every key.
export default {
  ui: { title: 'themes' },
};
