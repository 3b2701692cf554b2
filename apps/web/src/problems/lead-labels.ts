import { reactive } from 'vue';
import { api, call } from '../api/client';

/** `项目名称（企业）` for lead ids, fetched in batches from /leads/names and kept for the tab's life. */
const labels = reactive(new Map<string, string>());

export function leadLabel(id: string): string {
  return labels.get(id) ?? '查看项目';
}

export async function loadLeadLabels(ids: string[]): Promise<void> {
  const wanted = [...new Set(ids.filter((id) => !labels.has(id)))];
  for (let i = 0; i < wanted.length; i += 100) {
    const found = await call(
      api.GET('/api/v1/leads/names', { params: { query: { ids: wanted.slice(i, i + 100).join(',') } } }),
    );
    for (const l of found.items) labels.set(l.id, `${l.projectName}（${l.companyName}）`);
  }
}
