import { addDays, startOfDayInZone } from '@luodi/core';
import { derive, GeneratedLead, Move, OPEN, rng, ZONE } from '../reports/pipeline-generator';

/** Random amount in 万元: half below 1亿元 (100 – 9,999), half from 1亿元 up (10,000 – 300,000), 4 decimals. */
function amount(r: () => number): string {
  const int = r() < 0.5 ? 100 + Math.floor(r() * 9900) : 10000 + Math.floor(r() * 290000);
  return `${int}.${Math.floor(r() * 10000)
    .toString()
    .padStart(4, '0')}`;
}

const KINDS = ['created', 'signed', 'landed', 'construction', 'production', 'lostAfterSigning', 'movedBack'];

/**
 * A week of pipeline events over [from, to]: leads created in it, signed, landed, started and put into production
 * in it, and the cases that must not count (signed then lost in the week, landed then moved back). Earlier moves
 * fall before the week; each lead may carry an activity its owner logged in the week.
 */
export function weekOfEvents(
  seed: number,
  count: number,
  ownerIds: string[],
  from: string,
  to: string,
): GeneratedLead[] {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
  const dayIn = (a: string, b: string) => {
    const span = Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000);
    return addDays(a, Math.floor(r() * (span + 1)));
  };
  const instantOn = (date: string) =>
    new Date(startOfDayInZone(date, ZONE).getTime() + Math.floor(r() * 86_400_000));
  const leads: GeneratedLead[] = [];
  for (let i = 0; i < count; i++) {
    const kind = KINDS[i % KINDS.length];
    const ownerId = pick(ownerIds);
    const createdOn = kind === 'created' ? dayIn(from, to) : dayIn('2024-10-01', addDays(from, -60));
    const createdAt = instantOn(createdOn);
    const target =
      kind === 'created'
        ? 0
        : kind === 'lostAfterSigning'
          ? 1
          : kind === 'movedBack'
            ? 2
            : OPEN.indexOf(kind as never);
    const moves: Move[] = [];
    // Forward moves: the last one in the week, the earlier ones spread before it.
    let date = createdOn;
    for (let k = 1; k <= target; k++) {
      const last = k === target;
      date = last ? dayIn(from, to) : dayIn(addDays(date, 1), addDays(from, -(target - k) * 5 - 1));
      moves.push({ from: OPEN[k - 1], to: OPEN[k], date });
    }
    if (kind === 'lostAfterSigning') moves.push({ from: 'signed', to: 'lost', date: dayIn(date, to) });
    if (kind === 'movedBack') moves.push({ from: 'landed', to: 'signed', date: dayIn(date, to) });
    const activities = r() < 0.5 ? [{ byUserId: ownerId, occurredAt: instantOn(dayIn(from, to)) }] : [];
    leads.push(
      derive({
        ownerId,
        track: pick(['equipment', 'new_energy', 'new_materials', 'semiconductors']),
        park: r() < 0.2 ? null : pick(['yangqu', 'tanghuai', 'xiaohe']),
        plannedWan: amount(r),
        signedWan: amount(r),
        createdAt,
        moves,
        activities,
      }),
    );
  }
  return leads;
}
