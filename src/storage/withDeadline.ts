/** The operation did not finish in time; it may still complete in the background. */
export class StorageTimeoutError extends Error {
  readonly code = 'ETIMEDOUT';

  constructor(readonly deadlineMs: number) {
    super(`Storage did not answer within ${deadlineMs} ms.`);
    this.name = 'StorageTimeoutError';
  }
}

/**
 * Settles like `operation`, or rejects with {@link StorageTimeoutError} once `deadlineMs` has passed.
 * The Azure SDK only sends its per-try timeout to the server, so a host that accepts a connection and never
 * answers would otherwise hold a turn for minutes.
 *
 * @example
 * const items = await withDeadline(blobs.read(keys), 3_000);
 */
export function withDeadline<T>(operation: Promise<T>, deadlineMs: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new StorageTimeoutError(deadlineMs)), deadlineMs);
  });
  return Promise.race([operation, deadline]).finally(() => clearTimeout(timer));
}
