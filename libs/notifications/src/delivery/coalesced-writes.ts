/**
 * Group commit: each item is written as soon as possible, and items that arrive while a write is under way go
 * together in the next one. One item alone costs one write at once; under load many share a write. Each caller's
 * promise settles with the write that carried its item.
 */
export class CoalescedWrites<T> {
  private queued: { item: T; resolve: () => void; reject: (err: unknown) => void }[] = [];
  private draining = false;

  constructor(private readonly write: (items: T[]) => Promise<void>) {}

  add(item: T): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.queued.push({ item, resolve, reject });
      if (!this.draining) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.draining = true;
    try {
      while (this.queued.length > 0) {
        const batch = this.queued.splice(0);
        try {
          await this.write(batch.map((b) => b.item));
          for (const b of batch) b.resolve();
        } catch (err) {
          for (const b of batch) b.reject(err);
        }
      }
    } finally {
      this.draining = false;
    }
  }
}
