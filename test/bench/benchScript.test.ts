import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activityFor } from '../../bench/activityFor';
import { BENCH_TODAY, expectedGap, guidedCheckTurns } from '../../bench/conversationScript';
import { percentile } from '../../bench/percentile';
import { summarizeCpuProfile } from '../../bench/summarizeCpuProfile';
import { startLocalApp, type LocalApp } from '../support/localApp';

/** The bench only counts a conversation as kept when its card shows the script's gap; that must hold for the real bot. */
describe('the bench conversation script', () => {
  let app: LocalApp;
  let baseUrl: string;
  beforeAll(async () => {
    app = await startLocalApp({ now: () => BENCH_TODAY });
    baseUrl = app.baseUrl;
  });
  afterAll(() => app.close());

  async function runScript(n: number): Promise<string> {
    let lastBody = '';
    for (const [step, turn] of guidedCheckTurns(n).entries()) {
      const conversationId = `smoke-${n}`;
      const response = await fetch(`${baseUrl}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: activityFor(turn, { conversationId, userId: `${conversationId}-user`, activityId: `${conversationId}-${step}`, delivery: 'expectReplies', serviceUrl: 'http://127.0.0.1:9/' }),
      });
      expect(response.status).toBe(200);
      lastBody = await response.text();
    }
    return lastBody;
  }

  it('names 3.60 million as USD 400,000 short, the gap the HTTP test expects', () => {
    expect(expectedGap(59)).toBe('USD 400,000 short of USD 4,000,000');
  });

  it("ends every guided check on a result card showing that conversation's own gap", async () => {
    for (const n of [0, 59, 98]) {
      const lastReply = await runScript(n);
      expect(lastReply).toContain('application/vnd.microsoft.card.adaptive');
      expect(lastReply).toContain(expectedGap(n));
    }
    expect(new Set([0, 59, 98].map(expectedGap)).size).toBe(3);
  });

  it('reads p99 of a thousand samples as the 990th smallest', () => {
    const samples = Array.from({ length: 1000 }, (_, index) => 1000 - index);
    expect(percentile(samples, 0.99)).toBe(990);
    expect(percentile(samples, 0.5)).toBe(500);
  });

  it('credits a profile sample to its function and to every package on its stack', () => {
    const summary = summarizeCpuProfile(
      {
        nodes: [
          { id: 1, callFrame: { functionName: '(root)', url: '', lineNumber: -1 }, children: [2] },
          { id: 2, callFrame: { functionName: 'run', url: 'file:///app/node_modules/botbuilder-core/lib/a.js', lineNumber: 9 }, children: [3] },
          { id: 3, callFrame: { functionName: 'evaluate', url: 'file:///app/dist/src/eligibility/evaluate.js', lineNumber: 0 } },
        ],
        samples: [3, 3, 2, 1],
        timeDeltas: [1000, 1000, 1000, 1000],
      },
      10,
    );
    expect(summary.topFunctions[0]).toEqual({ name: 'evaluate src/eligibility/evaluate.js:1', milliseconds: 2, percent: 50 });
    expect(summary.byArea).toEqual([
      { name: 'botbuilder-core', milliseconds: 3, percent: 75 },
      { name: 'src/eligibility', milliseconds: 2, percent: 50 },
    ]);
  });
});
