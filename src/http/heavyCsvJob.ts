import { HeavyJobLimit, HeavyJobsBusy } from '../security/heavyJobLimit';
import { ApiError } from './errors';

/**
 * Runs a CSV job under the shared limit; a full queue becomes a 503 with `Retry-After` (set by `sendApiError`
 * from `retryAfterSeconds`) and a sentence the caller can act on.
 *
 * @example
 * const csv = await heavyCsvJob(options.heavyJobs, () => readTransactionsCsvYielding(body));
 */
export async function heavyCsvJob<T>(limit: HeavyJobLimit, job: () => Promise<T>): Promise<T> {
  try {
    return await limit.run(job);
  } catch (error) {
    if (!(error instanceof HeavyJobsBusy)) throw error;
    throw new ApiError(
      503,
      'busy',
      `Other large CSV files are being evaluated right now; send this one again in ${error.retryAfterSeconds} seconds.`,
      { retryAfterSeconds: error.retryAfterSeconds },
    );
  }
}
