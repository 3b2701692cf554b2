import { CoalescedWrites } from './coalesced-writes';

describe('CoalescedWrites', () => {
  it('writes the first item at once and groups the items that arrive during a write into the next one', async () => {
    const writes: number[][] = [];
    let finishFirst = () => undefined as void;
    const w = new CoalescedWrites<number>(async (items) => {
      writes.push(items);
      if (writes.length === 1) await new Promise<void>((r) => (finishFirst = r));
    });
    const first = w.add(1);
    const rest = [w.add(2), w.add(3), w.add(4)];
    expect(writes).toEqual([[1]]);
    finishFirst();
    await Promise.all([first, ...rest]);
    expect(writes).toEqual([[1], [2, 3, 4]]);
    await w.add(5);
    expect(writes).toEqual([[1], [2, 3, 4], [5]]);
  });

  it('rejects the callers of a failed write, and carries on with the next', async () => {
    let fail = true;
    const w = new CoalescedWrites<number>(async () => {
      if (fail) throw new Error('database gone');
    });
    await expect(w.add(1)).rejects.toThrow('database gone');
    fail = false;
    await expect(w.add(2)).resolves.toBeUndefined();
  });
});
