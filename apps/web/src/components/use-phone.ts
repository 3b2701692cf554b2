import { onBeforeUnmount, ref } from 'vue';

/** True on a phone-sized screen (≤ 768 px wide): lists become cards, dialogs full screen. */
export function usePhone() {
  const query = window.matchMedia('(max-width: 768px)');
  const phone = ref(query.matches);
  const update = (e: MediaQueryListEvent) => (phone.value = e.matches);
  query.addEventListener('change', update);
  onBeforeUnmount(() => query.removeEventListener('change', update));
  return phone;
}
