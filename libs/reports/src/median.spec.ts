import fc from 'fast-check';
import { medianOfHistogram, quantileOfHistogram } from './median';

/** The median of the expanded values, by sorting: the reference the histogram version must match. */
function sortedMedian(values: number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

function histogramOf(values: number[]): [number, number][] {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => a[0] - b[0]);
}

describe('medianOfHistogram', () => {
  it('is null for no values', () => {
    expect(medianOfHistogram([])).toBeNull();
    expect(medianOfHistogram([[3, 0]])).toBeNull();
  });

  it('takes the middle value, or the average of the two middle values across buckets', () => {
    expect(medianOfHistogram([[7, 1]])).toBe(7);
    expect(
      medianOfHistogram([
        [2, 1],
        [5, 1],
      ]),
    ).toBe(3.5);
    expect(
      medianOfHistogram([
        [2, 2],
        [5, 2],
      ]),
    ).toBe(3.5);
    expect(
      medianOfHistogram([
        [2, 3],
        [5, 1],
      ]),
    ).toBe(2);
    expect(
      medianOfHistogram([
        [0, 1],
        [10, 2],
        [11, 1],
      ]),
    ).toBe(10);
    expect(
      medianOfHistogram([
        [-3, 1],
        [4, 1],
      ]),
    ).toBe(0.5);
  });

  it('equals the median of the sorted values for random data', () => {
    let seed = 12345;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
    for (let round = 0; round < 500; round++) {
      const values = Array.from({ length: 1 + (next() % 60) }, () => next() % 40);
      expect(medianOfHistogram(histogramOf(values))).toBe(sortedMedian(values));
    }
  });
});

/** percentile_cont(q) over the expanded values, by sorting. */
function sortedQuantile(values: number[], q: number): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const rank = q * (s.length - 1);
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  return s[lo] + (rank - lo) * (s[hi] - s[lo]);
}

describe('quantileOfHistogram', () => {
  it('is null for no values', () => {
    expect(quantileOfHistogram([], 0.75)).toBeNull();
  });

  it('interpolates like percentile_cont: P75 of 1..4 is 3.25', () => {
    expect(
      quantileOfHistogram(
        [
          [1, 1],
          [2, 1],
          [3, 1],
          [4, 1],
        ],
        0.75,
      ),
    ).toBe(3.25);
    expect(quantileOfHistogram([[9, 3]], 0.75)).toBe(9);
  });

  it('equals the sorted reference for P50 and P75 over random values', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 400 }), { minLength: 1, maxLength: 200 }), (values) => {
        for (const q of [0.5, 0.75]) {
          expect(quantileOfHistogram(histogramOf(values), q)).toBeCloseTo(sortedQuantile(values, q)!, 9);
        }
        expect(quantileOfHistogram(histogramOf(values), 0.5)).toBe(medianOfHistogram(histogramOf(values)));
      }),
    );
  });
});
