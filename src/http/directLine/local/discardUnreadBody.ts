import type { IncomingMessage } from 'node:http';

/**
 * Reads and throws away what is left of a request body the server has refused, up to `maxBytes`, and says whether
 * the body ended within that. A refusal answered while the client is still sending may never reach it: closing a
 * socket with unread bytes makes TCP reset the connection, and the client can lose the answer with it. DirectLineJS
 * must see a 403 to refresh its token, and Web Chat a 413 to mark the message failed, so a refused upload is read
 * to its end first; a body larger than `maxBytes` beyond the refusal is cut off instead (the caller then closes).
 *
 * @example
 * const drained = await discardUnreadBody(req, 16 * 1024 * 1024); // true once the body has ended
 */
export function discardUnreadBody(req: IncomingMessage, maxBytes: number): Promise<boolean> {
  if (req.complete) return Promise.resolve(true);
  return new Promise<boolean>((resolve) => {
    let discarded = 0;
    const finish = (drained: boolean): void => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('close', onClose);
      if (!drained) req.pause();
      resolve(drained);
    };
    const onData = (chunk: Buffer): void => {
      discarded += chunk.length;
      if (discarded > maxBytes) finish(false);
    };
    const onEnd = (): void => finish(true);
    const onClose = (): void => finish(req.complete);
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('close', onClose);
    req.resume();
  });
}
