/**
 * The read-write gate between requests and curation writes. Every request
 * (but a subscription's event stream) holds the gate for reading from the
 * moment yoga receives it until its answer is made; a write waits until every
 * request in flight has finished, keeps new ones waiting while it applies the
 * change to the store in place (milliseconds), then lets them in. So a
 * request reads one data version from start to end, and never a half-applied
 * change. A mutation's own request steps out of the gate while its write runs
 * (`suspend`), so writes never wait on themselves or on each other's requests.
 */
export interface Hold {
  /** Leaves the gate (once; later calls do nothing). */
  release(): void;
  /** Leaves the gate while `work` runs (a write), and enters again after. */
  suspend<T>(work: () => Promise<T>): Promise<T>;
}

/** How long a write waits for the requests in flight before it gives up (and nothing is changed). */
export const DRAIN_TIMEOUT_MS = 30_000;

export class GateTimeoutError extends Error {}

export class ReadWriteGate {
  private readers = 0;
  /** Resolved when the write in progress (or waiting) is done; null when none. */
  private writing: Promise<void> | null = null;
  private drained: (() => void) | null = null;

  /** Whether no write is waiting or running: a read done synchronously now needs no hold. */
  get open(): boolean {
    return this.writing === null;
  }

  /** Enters for reading: waits while a write is waiting or running. */
  async enter(): Promise<Hold> {
    while (this.writing) await this.writing;
    this.readers++;
    let held = true;
    const release = () => {
      if (!held) return;
      held = false;
      this.readers--;
      if (this.readers === 0) this.drained?.();
    };
    return {
      release,
      suspend: async <T>(work: () => Promise<T>): Promise<T> => {
        release();
        try {
          return await work();
        } finally {
          while (this.writing) await this.writing;
          this.readers++;
          held = true;
        }
      },
    };
  }

  /**
   * Runs `change` alone: once every reader has left, with new readers held back until it returns. Writes
   * are serialized by their caller (one writer at a time); rejects, without running `change`, when the
   * readers do not leave within DRAIN_TIMEOUT_MS.
   */
  async exclusive<T>(change: () => T): Promise<T> {
    let done!: () => void;
    this.writing = new Promise<void>((resolve) => (done = resolve));
    try {
      if (this.readers > 0) {
        await new Promise<void>((resolve, reject) => {
          const timer = setTimeout(() => reject(new GateTimeoutError(`requests in flight did not finish within ${DRAIN_TIMEOUT_MS} ms`)), DRAIN_TIMEOUT_MS);
          this.drained = () => {
            clearTimeout(timer);
            resolve();
          };
        });
      }
      return change();
    } finally {
      this.drained = null;
      this.writing = null;
      done();
    }
  }
}
