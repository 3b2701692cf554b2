import { defineAsyncComponent, h } from 'vue';

/**
 * The cockpit's filter fields load after its figures are painted: the date picker and the user select are Element
 * Plus's (the `ui-more` chunk, 83 KB gzip), and both mount teleported panels at once (the date picker builds its
 * calendar, the select its options, each a popper): imported statically they kept the page's code from running
 * until that chunk had run, and mounted with the figures they took a few hundred ms of the main thread before the
 * figures could paint. Until a field's code is there, an empty box of its size stands in (no layout shift); the
 * year, track and park selects are native and work at once.
 */
let release: () => void = () => undefined;
const figuresPainted = new Promise<void>((resolve) => (release = resolve));

/** The cockpit's figures are on screen (or failed): the fields' code loads now (once; later visits at once). */
export function loadCockpitFields(): void {
  release();
}

const pending = (kind: 'date' | 'user') => ({
  name: 'FieldPending',
  render: () => h('span', { class: ['field-pending', kind], 'aria-hidden': 'true' }),
});

export const LazyDateField = defineAsyncComponent({
  loader: async () => {
    await figuresPainted;
    return import('../components/DateField.vue');
  },
  loadingComponent: pending('date'),
  delay: 0,
});

export const LazyUserPicker = defineAsyncComponent({
  loader: async () => {
    await figuresPainted;
    return import('../components/UserPicker.vue');
  },
  loadingComponent: pending('user'),
  delay: 0,
});
