import { onBeforeUnmount, onMounted, ref, shallowRef, watch, type Ref } from 'vue';
import { messageOf } from '../api/problem';
import { onLive, onLiveStatus } from '../live/live-events';
import { type CockpitFilters } from './cockpit-query';
import { cockpitRequests, type CockpitData } from './cockpit-requests';
import { nextFrame } from './next-frame';

export type { CockpitData } from './cockpit-requests';

/** The figures that have arrived so far (`progress: null` is a year without a target). */
export type CockpitParts = Partial<CockpitData>;

/**
 * Every figure of the cockpit for its filters, in parallel (one round of requests, or the round prefetched while
 * the page's code downloaded: cockpit-requests.ts). `onPart` gets each part as it arrives, so a page can show
 * the target before the slowest report has answered.
 */
export async function loadCockpit(
  f: CockpitFilters,
  batchesPeriod: { from: string; to: string },
  onPart: (part: CockpitParts) => void = () => undefined,
): Promise<CockpitData> {
  const requests = cockpitRequests(f, batchesPeriod);
  const keys = Object.keys(requests) as (keyof CockpitData)[];
  const values = await Promise.all(
    keys.map((key) =>
      requests[key].then((value: unknown) => {
        onPart({ [key]: value });
        return value;
      }),
    ),
  );
  return Object.fromEntries(keys.map((key, i) => [key, values[i]])) as unknown as CockpitData;
}

/**
 * The cockpit's data for reactive filters: reloaded when they change, and live: a `totals` event (the worker
 * recorded a signing's totals) or a lead change reloads it (debounced); polling every 30 s only while the
 * event stream fails. Keeps one result at a time (no growth over days on the 大屏).
 */
export function useCockpit(
  filters: Ref<CockpitFilters>,
  batchesPeriod: Ref<{ from: string; to: string }>,
  pollMs = 30_000,
) {
  const data = shallowRef<CockpitData | null>(null);
  /** What has arrived: emptied when the filters change, each part replaced as it arrives (live reloads keep the rest). */
  const parts = shallowRef<CockpitParts | null>(null);
  const error = ref('');
  const loading = ref(false);
  const loadedAt = ref<Date | null>(null);
  let generation = 0;
  let debounce: ReturnType<typeof setTimeout> | null = null;
  let pollTimer: ReturnType<typeof setInterval> | null = null;

  async function load(fresh = false): Promise<void> {
    const mine = ++generation;
    loading.value = true;
    if (fresh || !parts.value) parts.value = {};
    // Parts that arrive within one frame are shown together: one render of the page instead of one per answer.
    let arrived: CockpitParts | null = null;
    const show = () => {
      if (arrived && mine === generation) parts.value = { ...parts.value, ...arrived };
      arrived = null;
    };
    try {
      const next = await loadCockpit(filters.value, batchesPeriod.value, (part) => {
        if (mine !== generation) return;
        if (!arrived) nextFrame(show);
        arrived = { ...arrived, ...part };
      });
      arrived = null;
      if (mine !== generation) return;
      data.value = next;
      parts.value = next;
      loadedAt.value = new Date();
      error.value = '';
    } catch (err) {
      if (mine === generation) error.value = messageOf(err);
    } finally {
      if (mine === generation) loading.value = false;
    }
  }

  /** Reloads after `ms` unless a reload is already due sooner (a burst of events makes one reload). */
  let dueAt = 0;
  function soon(ms: number): void {
    const at = Date.now() + ms;
    if (debounce && dueAt <= at) return;
    if (debounce) clearTimeout(debounce);
    dueAt = at;
    debounce = setTimeout(() => {
      debounce = null;
      void load();
    }, ms);
  }

  watch(filters, () => void load(true), { deep: true });
  watch(batchesPeriod, () => void load(), { deep: true });
  const stops: (() => void)[] = [];
  onMounted(() => {
    void load();
    // Totals move the target figures: at once. Lead changes move counts and the funnel: within a few seconds.
    stops.push(onLive('totals', () => soon(300)));
    stops.push(onLive('lead', () => soon(3000)));
    let opened = false;
    stops.push(
      onLiveStatus((s) => {
        if (s === 'failing' && !pollTimer) pollTimer = setInterval(() => void load(), pollMs);
        if (s !== 'open') return;
        if (pollTimer) clearInterval(pollTimer);
        pollTimer = null;
        // A reconnect (say, after the API restarted) may have missed events: read everything again.
        if (opened) void load();
        opened = true;
      }),
    );
  });
  onBeforeUnmount(() => {
    stops.forEach((s) => s());
    if (debounce) clearTimeout(debounce);
    if (pollTimer) clearInterval(pollTimer);
  });
  return { data, parts, error, loading, loadedAt, load: () => load() };
}
