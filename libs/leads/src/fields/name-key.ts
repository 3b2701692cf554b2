/**
 * The key two company (or project) names are compared by when detecting duplicates: NFKC (full-width letters,
 * digits and the ideographic space become half-width), every whitespace removed, case-folded.
 * `ＢＹＤ 比亚迪` and `byd比亚迪` are the same company.
 */
export function nameKey(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/[\s\u200b\u3000]+/gu, '')
    .toUpperCase()
    .toLowerCase();
}
