// placement (HR insight). Japanese is the source; en/placement.ts mirrors every key.
export default {
  ui: { title: 'placement' },
};
