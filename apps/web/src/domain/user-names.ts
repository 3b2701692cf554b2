import { reactive } from 'vue';
import { api, call } from '../api/client';

/**
 * Names for user ids (owners, 包联领导, who logged or changed what), fetched from the user directory in
 * batches and kept for the tab's life, so pages show names, never ids.
 */
const names = reactive(new Map<string, string>());
const pending = new Set<string>();

export function userName(id: string | null | undefined): string {
  if (!id) return '—';
  return names.get(id) ?? '…';
}

export function rememberName(id: string, name: string): void {
  names.set(id, name);
}

export async function loadUserNames(ids: (string | null | undefined)[]): Promise<void> {
  const wanted = [...new Set(ids.filter((i): i is string => !!i && !names.has(i) && !pending.has(i)))];
  for (let i = 0; i < wanted.length; i += 200) {
    const batch = wanted.slice(i, i + 200);
    batch.forEach((id) => pending.add(id));
    try {
      const page = await call(
        api.GET('/api/v1/users/directory', { params: { query: { ids: batch.join(','), limit: 200 } } }),
      );
      for (const u of page.items) names.set(u.id, u.name);
      for (const id of batch) if (!names.has(id)) names.set(id, '（未知用户）');
    } finally {
      batch.forEach((id) => pending.delete(id));
    }
  }
}
