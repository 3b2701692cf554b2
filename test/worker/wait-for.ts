/** Polls until `probe` returns a truthy value (or `check` passes), bounded: no fixed sleeps in tests. */
export async function waitFor<T>(
  probe: () => Promise<T> | T,
  what: string,
  { timeoutMs = 20_000, intervalMs = 100 } = {},
): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value;
      last = value;
    } catch (err) {
      last = err;
    }
    if (Date.now() > deadline) {
      throw new Error(
        `timed out waiting for ${what} (last: ${last instanceof Error ? last.message : JSON.stringify(last)})`,
      );
    }
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

/** Gives the system a short, bounded moment and asserts nothing more happened (e.g. no second email). */
export async function settle(ms = 500): Promise<void> {
  await new Promise((r) => setTimeout(r, ms));
}
