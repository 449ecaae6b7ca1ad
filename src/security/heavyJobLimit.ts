/**
 * Raised when every slot is taken and the queue is full; the HTTP routes answer 503 with `Retry-After`, the chat
 * says it is busy.
 */
export class HeavyJobsBusy extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super('Too many large CSV files are being read at once.');
    this.name = 'HeavyJobsBusy';
  }
}

export interface HeavyJobLimits {
  /** Jobs that may run at once. */
  concurrent: number;
  /** Jobs that may wait for a slot; one more is refused. */
  queued: number;
  /** What a refused caller is told to wait, in seconds. */
  retryAfterSeconds: number;
}

/**
 * Two jobs at a time, four waiting: a 25 MB CSV of valid rows grows the process by about 190 MB while it is read
 * and evaluated, so parallel uploads (each within the rate limit) would otherwise add up to gigabytes.
 */
export const DEFAULT_HEAVY_JOB_LIMITS: HeavyJobLimits = { concurrent: 2, queued: 4, retryAfterSeconds: 10 };

/**
 * A process-wide cap on CSV parsing and evaluation, shared by `POST /api/evaluate`, `POST /api/evaluate/batch`
 * and files sent in chat. A job runs when a slot is free, waits in a short first-come queue otherwise, and is
 * refused (`HeavyJobsBusy`) when the queue is full. The body is read before a slot is taken, so a slow uploader
 * never holds one.
 *
 * @example
 * const limit = new HeavyJobLimit();
 * const csv = await limit.run(() => readTransactionsCsvYielding(body));
 */
export class HeavyJobLimit {
  private running = 0;
  private readonly waiting: Array<() => void> = [];
  private mostAtOnce = 0;

  constructor(readonly limits: HeavyJobLimits = DEFAULT_HEAVY_JOB_LIMITS) {}

  /** Jobs running now. */
  get inFlight(): number {
    return this.running;
  }

  /** The most jobs that ever ran at once (for tests and the bench). */
  get peakInFlight(): number {
    return this.mostAtOnce;
  }

  async run<T>(job: () => Promise<T> | T): Promise<T> {
    await this.acquire();
    try {
      return await job();
    } finally {
      this.release();
    }
  }

  private async acquire(): Promise<void> {
    if (this.running < this.limits.concurrent) {
      this.running += 1;
    } else {
      if (this.waiting.length >= this.limits.queued) throw new HeavyJobsBusy(this.limits.retryAfterSeconds);
      // The releasing job hands its slot straight to the first in line, so `running` never passes the cap.
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
    this.mostAtOnce = Math.max(this.mostAtOnce, this.running);
  }

  private release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.running -= 1;
  }
}
