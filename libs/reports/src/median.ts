/**
 * The exact median of integer values given as a histogram of [value, count] pairs sorted by value: the middle
 * value, or the average of the two middle values when the total count is even (a half at most, exact in a
 * double). Null when the histogram is empty. Matches `percentile_cont(0.5)` over the expanded values.
 */
export function medianOfHistogram(histogram: readonly (readonly [number, number])[]): number | null {
  const total = histogram.reduce((sum, [, count]) => sum + count, 0);
  if (total === 0) return null;
  // 0-based ranks of the two middle values (the same rank when the total is odd).
  const lowRank = Math.floor((total - 1) / 2);
  const highRank = Math.floor(total / 2);
  let seen = 0;
  let low: number | null = null;
  for (const [value, count] of histogram) {
    if (low === null && lowRank < seen + count) low = value;
    if (highRank < seen + count) return ((low ?? value) + value) / 2;
    seen += count;
  }
  return null;
}

/**
 * The q-quantile (0..1) of integer values given as a histogram sorted by value, interpolated like
 * `percentile_cont(q)`: at rank q × (n − 1), between the two values around it. Null when empty.
 */
export function quantileOfHistogram(
  histogram: readonly (readonly [number, number])[],
  q: number,
): number | null {
  const total = histogram.reduce((sum, [, count]) => sum + count, 0);
  if (total === 0) return null;
  const rank = q * (total - 1);
  const lowRank = Math.floor(rank);
  const highRank = Math.ceil(rank);
  let seen = 0;
  let low: number | null = null;
  for (const [value, count] of histogram) {
    if (low === null && lowRank < seen + count) low = value;
    if (highRank < seen + count) {
      const base = low ?? value;
      return base + (rank - lowRank) * (value - base);
    }
    seen += count;
  }
  return null;
}
