import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * The language of text users read: Chinese (简体) by default, English when a request asks for it with
 * `Accept-Language: en`. Codes, field names and identifiers never change with the language.
 *
 * The API runs each request's handler inside `runWithLanguage`, so `tr()` anywhere below it (services,
 * validators, repositories) returns that request's language; outside a request (the worker, scripts) it is Chinese.
 */
export type Language = 'zh' | 'en';

const storage = new AsyncLocalStorage<Language>();

export function runWithLanguage<T>(language: Language, fn: () => T): T {
  return storage.run(language, fn);
}

export function currentLanguage(): Language {
  return storage.getStore() ?? 'zh';
}

/** The text in the current language. Write every user-facing message this way, with its English beside it. */
export function tr(zh: string, en: string): string {
  return currentLanguage() === 'en' ? en : zh;
}

/**
 * Picks zh or en from an `Accept-Language` header by quality: English only when an `en` range ranks above every
 * `zh` range (and above `*`); anything else, or no header, is Chinese.
 */
export function parseAcceptLanguage(header: string | string[] | undefined): Language {
  const value = Array.isArray(header) ? header.join(',') : header;
  if (!value) return 'zh';
  let best: { lang: Language; q: number } = { lang: 'zh', q: -1 };
  for (const part of value.split(',')) {
    const [range, ...params] = part.trim().toLowerCase().split(';');
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qParam ? Number.parseFloat(qParam.slice(2)) : 1;
    if (!Number.isFinite(q) || q <= 0) continue;
    const lang: Language | null =
      range === 'en' || range.startsWith('en-')
        ? 'en'
        : range === 'zh' || range.startsWith('zh-')
          ? 'zh'
          : null;
    if (lang && q > best.q) best = { lang, q };
  }
  return best.lang;
}
