/**
 * Links from emails into the web app (`APP_BASE_URL`): the home page, the cockpit, the lead list with a filter
 * (the list's filters are its query string, as in the API: `overdue=true`, `warning=red`, `ownerId=me`, …) and
 * one lead. The web app routes these paths.
 */
export type LeadListFilter = Partial<
  Record<'stage' | 'track' | 'park' | 'ownerId' | 'leaderId' | 'warning' | 'overdue', string>
>;

export class EmailLinks {
  private readonly base: string;

  constructor(appBaseUrl: string) {
    this.base = appBaseUrl.replace(/\/+$/, '');
  }

  home(): string {
    return `${this.base}/`;
  }

  cockpit(): string {
    return `${this.base}/cockpit`;
  }

  lead(id: string): string {
    return `${this.base}/leads/${encodeURIComponent(id)}`;
  }

  leads(filter: LeadListFilter = {}): string {
    const query = new URLSearchParams(
      Object.entries(filter).filter((e): e is [string, string] => e[1] !== undefined),
    ).toString();
    return `${this.base}/leads${query ? `?${query}` : ''}`;
  }
}
