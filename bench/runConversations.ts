import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import { activityFor, type DeliveryPath } from './activityFor';
import type { ScriptTurn } from './conversationScript';
import { percentile } from './percentile';

export interface ConversationLoad {
  /** The server's base URL; every turn is `POST /api/messages`. */
  url: string;
  /** Conversations in flight at once: one keep-alive connection each, one turn at a time, as a person types. */
  concurrency: number;
  /** Run for this long... */
  durationSeconds?: number;
  /** ...or until exactly this many conversations have run their script (a multiple of `concurrency`). */
  conversations?: number;
  /** The turns of conversation `n`; every conversation has the same number of turns. */
  script(n: number): readonly ScriptTurn[];
  delivery: DeliveryPath;
  serviceUrl: string;
  /** Makes conversation and user ids unique to this run: `${prefix}-${n}`. */
  prefix: string;
  /** Text the last turn's HTTP response must contain (expectReplies only; the normal path is checked at the stand-in). */
  expectInLastReply?(n: number): string;
}

export interface ConversationLoadResult {
  turns: number;
  durationSeconds: number;
  turnsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Connection errors, timeouts and non-2xx answers. */
  errors: number;
  /** Conversations whose last turn was answered 2xx, by number. */
  finished: number[];
  /** Finished conversations whose last reply lacked the expected text (expectReplies only). */
  wrongLastReplies: number;
  /** Latency by turn of the script (the join first), each connection's first conversation left out: which turn is slow. */
  byTurn: Array<{ turn: string; p50Ms: number; p99Ms: number }>;
}

/**
 * Drives many scripted conversations through `POST /api/messages` with autocannon: each connection is one
 * conversation at a time, walking the script turn by turn (autocannon's per-connection `requests` loop, with the
 * conversation number in the connection's context, reset at each new conversation).
 *
 * @example
 * const result = await runConversations({ url, concurrency: 20, durationSeconds: 4, script: guidedCheckTurns,
 *   delivery: 'expectReplies', serviceUrl, prefix: 'r1-bot', expectInLastReply: expectedGap });
 */
export async function runConversations(load: ConversationLoad): Promise<ConversationLoadResult> {
  const turnCount = load.script(0).length;
  let nextConversation = 0;
  const finished: number[] = [];
  let wrongLastReplies = 0;
  const latencies: number[] = [];
  const latenciesByTurn: number[][] = load.script(0).map(() => []);

  const requests: autocannon.Request[] = [];
  for (let step = 0; step < turnCount; step += 1) {
    const last = step === turnCount - 1;
    requests.push({
      method: 'POST',
      path: '/api/messages',
      headers: { 'content-type': 'application/json' },
      setupRequest(request, context) {
        if (step === 0) context.n = nextConversation++;
        // autocannon builds each request just before writing it, so this is (close to) when the turn was sent.
        context.sentAt = performance.now();
        const n = context.n as number;
        const turn = load.script(n)[step]!;
        const conversationId = `${load.prefix}-${n}`;
        const body = activityFor(turn, {
          conversationId,
          userId: `${conversationId}-user`,
          activityId: `${conversationId}-${step}`,
          delivery: load.delivery,
          serviceUrl: load.serviceUrl,
        });
        return { ...request, body };
      },
      onResponse(status, body, context) {
        const n = context.n as number;
        // Each connection's first conversation is built before its socket connects: its clock would include that.
        if (n >= load.concurrency) latenciesByTurn[step]!.push(performance.now() - (context.sentAt as number));
        if (!last || status < 200 || status > 299) return;
        finished.push(n);
        if (load.delivery === 'expectReplies' && load.expectInLastReply && !body.includes(load.expectInLastReply(n))) wrongLastReplies += 1;
      },
    });
  }

  const instance = autocannon({
    url: load.url,
    connections: load.concurrency,
    pipelining: 1,
    timeout: 30,
    // The bot's server closes a keep-alive connection after 1,000 requests (src/security/serverTimeouts.ts) and
    // answers 503 to anything sent after that; real clients honour its `Connection: close`, autocannon does not.
    // Reconnecting every 500 requests behaves like them (autocannon drops the one response it reconnects on).
    reconnectRate: 500,
    requests,
    ...(load.conversations !== undefined ? { amount: load.conversations * turnCount } : { duration: load.durationSeconds ?? 5 }),
  });
  instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTimeMs: number) => latencies.push(responseTimeMs));
  const result = await instance;

  return {
    turns: latencies.length,
    durationSeconds: result.duration,
    turnsPerSecond: latencies.length / result.duration,
    p50Ms: percentile(latencies, 0.5),
    p99Ms: percentile(latencies, 0.99),
    errors: result.errors + result.non2xx,
    finished,
    wrongLastReplies,
    byTurn: load.script(0).map((turn, step) => ({
      turn: turn.kind === 'join' ? '(join)' : turn.text,
      p50Ms: percentile(latenciesByTurn[step]!, 0.5),
      p99Ms: percentile(latenciesByTurn[step]!, 0.99),
    })),
  };
}
