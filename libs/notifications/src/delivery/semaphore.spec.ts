import { Semaphore } from './semaphore';

describe('Semaphore', () => {
  it('lets at most `size` holders in at once and hands slots over in arrival order', async () => {
    const s = new Semaphore(2);
    const order: string[] = [];
    const hold = async (name: string, gate: Promise<void>) => {
      await s.acquire();
      order.push(`in ${name}`);
      await gate;
      order.push(`out ${name}`);
      s.release();
    };
    let openA = () => undefined as void;
    const a = hold('a', new Promise<void>((r) => (openA = r)));
    const b = hold('b', Promise.resolve());
    const c = hold('c', Promise.resolve());
    const d = hold('d', Promise.resolve());
    await b;
    await new Promise((r) => setImmediate(r));
    // a holds its slot; b went out, so c came in and went out, then d.
    expect(order).toEqual(['in a', 'in b', 'out b', 'in c', 'out c', 'in d', 'out d']);
    openA();
    await Promise.all([a, c, d]);
    expect(order.slice(-1)).toEqual(['out a']);
  });

  it('refuses a size below one', () => {
    expect(() => new Semaphore(0)).toThrow(RangeError);
  });
});
