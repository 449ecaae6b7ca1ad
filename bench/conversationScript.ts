/**
 * The guided check every benchmarked conversation follows, the one `test/http/messages.test.ts` drives: join, "check
 * eligibility", "yes", billed sales, "10", "28 transactions from 7 customers", "none", "no" (no designation, asked
 * from 2026), result card.
 *
 * Billed sales differ from one conversation to the next (3.01 to 3.99 million), so each conversation's result card
 * names its own gap: a turn that read or wrote another conversation's state, or lost an update, shows up as a wrong
 * gap instead of passing unnoticed.
 */

/** The fixed "today" of every benchmarked bot: the clock never changes what a run measures. */
export const BENCH_TODAY = new Date('2026-11-26T12:00:00Z');

export const BILLED_SALES_TARGET_USD = 4_000_000;

/** One turn: a `join` is the `conversationUpdate` naming the user in `membersAdded`; a `message` is typed text. */
export type ScriptTurn = { kind: 'join' } | { kind: 'message'; text: string };

/**
 * Billed sales for conversation `n`, in millions with two decimals: 3.01 ... 3.99, never reaching the target.
 *
 * @example
 * billedSalesMillions(59) // 3.6
 */
export function billedSalesMillions(n: number): number {
  return 3 + (1 + (n % 99)) / 100;
}

/**
 * The turns of conversation `n`, greeting to result card.
 *
 * @example
 * guidedCheckTurns(0).map((turn) => (turn.kind === 'join' ? 'join' : turn.text))
 * // ['join', 'check eligibility', 'yes', '3.01 million', '10', '28 transactions from 7 customers', 'none', 'no']
 */
export function guidedCheckTurns(n: number): ScriptTurn[] {
  return [
    { kind: 'join' },
    { kind: 'message', text: 'check eligibility' },
    { kind: 'message', text: 'yes' },
    { kind: 'message', text: `${billedSalesMillions(n).toFixed(2)} million` },
    { kind: 'message', text: '10' },
    { kind: 'message', text: '28 transactions from 7 customers' },
    { kind: 'message', text: 'none' },
    { kind: 'message', text: 'no' },
  ];
}

/**
 * Half a check: the co-sell question answered, the billed-sales question asked and left waiting. What a partner
 * who walked away leaves in the store.
 */
export const PARKED_CHECK_TURNS: readonly ScriptTurn[] = [
  { kind: 'message', text: 'check eligibility' },
  { kind: 'message', text: 'yes' },
];

/**
 * The sentence conversation `n`'s result card must contain: its own billed-sales gap, worded by the evaluator.
 *
 * @example
 * expectedGap(59) // 'USD 400,000 short of USD 4,000,000' (3.60 million)
 */
export function expectedGap(n: number): string {
  const shortByUsd = BILLED_SALES_TARGET_USD - Math.round(billedSalesMillions(n) * 100) * 10_000;
  return `USD ${shortByUsd.toLocaleString('en-US')} short of USD ${BILLED_SALES_TARGET_USD.toLocaleString('en-US')}`;
}

/** What the stock echo bot's last reply in a conversation says: it echoes the last answer, "no". */
export const EXPECTED_ECHO = 'Echo: no';
