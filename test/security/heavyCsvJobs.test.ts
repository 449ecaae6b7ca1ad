import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HeavyJobLimit, HeavyJobsBusy } from '../../src/security/heavyJobLimit';
import { openConversation, pollUntil } from '../directLine/directLineClient';
import { startLocalApp, type LocalApp } from '../support/localApp';

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

describe('HeavyJobLimit', () => {
  it('runs at most `concurrent` jobs, queues `queued` more in order, refuses the next, and frees slots on failure', async () => {
    const limit = new HeavyJobLimit({ concurrent: 2, queued: 1, retryAfterSeconds: 7 });
    const gates = [deferred(), deferred(), deferred()];
    const order: number[] = [];
    const jobs = gates.map((gate, index) =>
      limit.run(async () => {
        order.push(index);
        await gate.promise;
        if (index === 0) throw new Error('job failed');
        return index;
      }),
    );
    await Promise.resolve();
    expect(limit.inFlight).toBe(2);
    expect(order).toEqual([0, 1]);
    await expect(limit.run(() => 'fourth')).rejects.toEqual(new HeavyJobsBusy(7));

    gates[0]!.resolve();
    await expect(jobs[0]).rejects.toThrow('job failed');
    await Promise.resolve();
    expect(order).toEqual([0, 1, 2]);
    expect(limit.inFlight).toBe(2);
    gates[1]!.resolve();
    gates[2]!.resolve();
    expect(await Promise.all(jobs.slice(1))).toEqual([1, 2]);
    expect(limit.inFlight).toBe(0);
    expect(limit.peakInFlight).toBe(2);
    expect(await limit.run(() => 'again')).toBe('again');
  });
});

const TRANSACTIONS = (rows: number, partner = false) =>
  [
    `${partner ? 'partnerId,' : ''}date,customerId,amountUsd,netNew`,
    ...Array.from({ length: rows }, (_, i) => `${partner ? `p${i % 50},` : ''}2026-0${1 + (i % 9)}-1${i % 10},c${i},1234.5,true`),
  ].join('\n');

describe('the CSV routes and chat uploads share one cap (the real app)', () => {
  const limit = new HeavyJobLimit({ concurrent: 1, queued: 1, retryAfterSeconds: 7 });
  let app: LocalApp;
  beforeAll(async () => {
    app = await startLocalApp({ heavyCsvJobs: limit });
  });
  afterAll(() => app.close());

  const evaluateCsv = () =>
    fetch(`${app.baseUrl}/api/evaluate?asOf=2026-11-26&azureIpCoSellEligible=true`, { method: 'POST', headers: { 'content-type': 'text/csv' }, body: TRANSACTIONS(20_000) });
  const batchCsv = () =>
    fetch(`${app.baseUrl}/api/evaluate/batch?asOf=2026-11-26`, { method: 'POST', headers: { 'content-type': 'text/csv' }, body: TRANSACTIONS(20_000, true) });

  it('with the slot taken and the queue full: 503 busy with Retry-After on both routes and "busy" in chat; JSON is not held up', async () => {
    const hold = deferred();
    const running = limit.run(() => hold.promise);
    const waiting = limit.run(() => undefined);
    try {
      for (const response of [await evaluateCsv(), await batchCsv()]) {
        expect(response.status).toBe(503);
        expect(response.headers.get('retry-after')).toBe('7');
        const body = (await response.json()) as { error: { code: string; message: string } };
        expect(body.error.code).toBe('busy');
        expect(body.error.message).toContain('again in 7 seconds');
      }
      const json = await fetch(`${app.baseUrl}/api/evaluate`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ azureIpCoSellEligible: true }) });
      expect(json.status).toBeLessThan(500);

      const session = await openConversation(app.baseUrl);
      const form = new FormData();
      form.append('activity', new Blob([JSON.stringify({ type: 'message', from: { id: session.userId } })], { type: 'application/vnd.microsoft.activity' }));
      form.append('file', new Blob([TRANSACTIONS(10)], { type: 'text/csv' }), 'mine.csv');
      const upload = await fetch(`${app.baseUrl}/v3/directline/conversations/${session.conversationId}/upload`, { method: 'POST', headers: { Authorization: `Bearer ${session.token}` }, body: form });
      expect(upload.status).toBe(200);
      const activities = await pollUntil(app.baseUrl, session, (all) => all.some((activity) => /reading other large files/.test(activity.text ?? '')), 15_000);
      expect(activities.some((activity) => activity.from.role === 'bot' && /reading other large files/.test(activity.text ?? ''))).toBe(true);
    } finally {
      hold.resolve();
      await Promise.all([running, waiting]);
    }
    expect(limit.inFlight).toBe(0);
    expect((await evaluateCsv()).status).toBe(200);
  });

  it('six CSV requests at once never run more than one job at a time; each is answered 200 or 503 busy', async () => {
    const answers = await Promise.all([evaluateCsv(), batchCsv(), evaluateCsv(), batchCsv(), evaluateCsv(), batchCsv()]);
    expect(limit.peakInFlight).toBe(1);
    const statuses = answers.map((answer) => answer.status);
    expect(statuses.every((status) => status === 200 || status === 503)).toBe(true);
    expect(statuses).toContain(200);
    for (const answer of answers.filter((each) => each.status === 503)) expect(answer.headers.get('retry-after')).toBe('7');
    expect(limit.inFlight).toBe(0);
  });
});
