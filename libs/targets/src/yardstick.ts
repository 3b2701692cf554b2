import { formatWan, ratio, wanToYi } from '@luodi/core';
import { Yardstick } from './target';

/** A yearly amount target against what is done and the amount due by today at an even pace (序时进度). */
export function yardstickOf(targetWan: string, actualWan: string, expectedByTodayWan: string): Yardstick {
  const actual = formatWan(actualWan);
  return {
    targetWan: formatWan(targetWan),
    targetYi: wanToYi(targetWan),
    actualWan: actual,
    actualYi: wanToYi(actual),
    ratio: ratio(actual, targetWan),
    expectedByTodayWan,
    paceRatio: ratio(actual, expectedByTodayWan),
  };
}
