import { defineAsyncComponent, h } from 'vue';

/**
 * The cockpit's filter fields load after its figures: the date picker and the user select are Element Plus's (the
 * `ui-more` chunk, 83 KB gzip), and imported statically they kept the page's code from running until that chunk
 * had downloaded and run. Until a field's code is there, an empty box of its size stands in (no layout shift).
 */
const pending = (kind: 'date' | 'user') => ({
  name: 'FieldPending',
  render: () => h('span', { class: ['field-pending', kind], 'aria-hidden': 'true' }),
});

export const LazyDateField = defineAsyncComponent({
  loader: () => import('../components/DateField.vue'),
  loadingComponent: pending('date'),
  delay: 0,
});

export const LazyUserPicker = defineAsyncComponent({
  loader: () => import('../components/UserPicker.vue'),
  loadingComponent: pending('user'),
  delay: 0,
});
