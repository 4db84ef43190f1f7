// placement (HR insight).
export default {
  ui: { title: 'placement' },
};
