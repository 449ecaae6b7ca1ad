/**
 * A write was refused because the item changed since the caller read it (optimistic concurrency).
 *
 * The message matches botbuilder's own stores ("... due to eTag conflict."), and `statusCode`/`code` are 412
 * (Precondition Failed) as the Azure stores report it, so callers can recognise a conflict whichever store is
 * configured.
 */
export class ETagConflictError extends Error {
  readonly statusCode = 412;
  readonly code = 412;

  constructor(readonly key: string) {
    super(`Storage: error writing "${key}" due to eTag conflict.`);
    this.name = 'ETagConflictError';
  }
}

/**
 * Whether an error from any botbuilder `Storage` means "someone else wrote first".
 * botbuilder's MemoryStorage and BlobsStorage throw a plain Error, so the message is checked too.
 *
 * @example
 * try { await storage.write(changes); } catch (error) { if (isETagConflict(error)) { reloadAndRetry(); } }
 */
export function isETagConflict(error: unknown): boolean {
  if (error instanceof ETagConflictError) {
    return true;
  }
  return error instanceof Error && /due to eTag conflict/i.test(error.message);
}
