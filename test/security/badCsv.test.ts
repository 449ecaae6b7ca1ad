import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBatchCsv, MAX_ERRORS_PER_PARTNER } from '../../src/batch/readBatchCsv';
import { forEachCsvRow, forEachCsvRowYielding } from '../../src/csv/forEachCsvRow';
import { MAX_KEPT_BAD_ROWS, readTransactionsCsv, readTransactionsCsvYielding } from '../../src/csv/readTransactionsCsv';
import { startLocalApp, type LocalApp } from '../support/localApp';

const HEADER = 'date,customerId,amountUsd,netNew\n';

describe('a CSV of bad rows', () => {
  it.each([
    [MAX_KEPT_BAD_ROWS - 1, MAX_KEPT_BAD_ROWS - 1],
    [MAX_KEPT_BAD_ROWS, MAX_KEPT_BAD_ROWS],
    [MAX_KEPT_BAD_ROWS + 1, MAX_KEPT_BAD_ROWS],
    [5_000, MAX_KEPT_BAD_ROWS],
  ])('with %i bad cells keeps %i of them and counts them all', (bad, kept) => {
    // One bad cell per row: the date.
    const csv = readTransactionsCsv(HEADER + 'not a date,c1,100,yes\n'.repeat(bad));
    expect(csv.badRows).toHaveLength(kept);
    expect(csv.badRowCount).toBe(bad);
    expect(csv.badRowLines).toBe(bad);
    expect(csv.badRows.at(-1)?.row).toBe(kept + 1);
  });

  it('counts problems and rows apart: 150 rows of "a" (no date, customer or amount) are 450 problems in 150 rows', () => {
    const csv = readTransactionsCsv(HEADER + 'a\n'.repeat(150));
    expect(csv.badRowCount).toBe(450);
    expect(csv.badRowLines).toBe(150);
    expect(csv.badRows).toHaveLength(MAX_KEPT_BAD_ROWS);
  });

  it('names the line of a byte that is not UTF-8 without splitting the file into lines', () => {
    const bytes = Buffer.concat([Buffer.from(HEADER + '2026-01-05,c1,100,yes\n'.repeat(3)), Buffer.from([0xff]), Buffer.from('\n')]);
    expect(readTransactionsCsv(bytes).badRows).toEqual([{ row: 5, column: null, message: 'The file is not UTF-8 text; save it as "CSV UTF-8" and try again' }]);
  });
});

describe('what a bad-row message quotes of a cell', () => {
  it('quotes at most 40 characters of a 2 MB cell, with direction and control characters shown as "?"', () => {
    const [bad] = readTransactionsCsv(`${HEADER}\u202e${'x'.repeat(2_000_000)},c1,1,yes\n`).badRows;
    expect(bad?.message).toBe(`date "?${'x'.repeat(39)}…" is not a date written YYYY-MM-DD`);
  });

  it.each([
    ['2026-13-01', 'date "2026-13-01" is not a real calendar date'],
    ['say "hi"', 'date "say ""hi""" is not a date written YYYY-MM-DD'],
    ['x'.repeat(40), `date "${'x'.repeat(40)}" is not a date written YYYY-MM-DD`],
    ['x'.repeat(41), `date "${'x'.repeat(40)}…" is not a date written YYYY-MM-DD`],
  ])('quotes %j as the message says', (cell, message) => {
    expect(readTransactionsCsv(`${HEADER}"${cell.replaceAll('"', '""')}",c1,1,yes\n`).badRows[0]?.message).toBe(message);
  });
});

describe('reading a CSV in slices', () => {
  // Quoted values across lines and separators, shifted rows, blank lines: the slices must not change a record.
  const text =
    HEADER +
    Array.from({ length: 3_000 }, (_, index) =>
      index % 7 === 0 ? `2026-01-05,"c${index},\nsecond line",100,yes` : index % 11 === 0 ? `2026-01-05,c${index},1,yes,extra` : index % 13 === 0 ? '' : `2026-01-0${(index % 9) + 1},c${index},${index},no`,
    ).join('\n');

  function recorder() {
    const seen: unknown[] = [];
    return {
      seen,
      handlers: {
        onHeader: (record: readonly string[], line: number) => seen.push(['header', line, [...record]]),
        onRow: (record: readonly string[], line: number) => seen.push(['row', line, [...record]]),
        onShiftedRow: (line: number, values: number, width: number) => seen.push(['shifted', line, values, width]),
      },
    };
  }

  it('delivers the same records, lines and shifted rows as one pass, pausing after every row', async () => {
    const whole = recorder();
    forEachCsvRow(text, whole.handlers);
    const sliced = recorder();
    let turns = 0;
    const ticker = setInterval(() => (turns += 1), 0);
    await forEachCsvRowYielding(text, sliced.handlers, { sliceMs: 0 });
    clearInterval(ticker);
    expect(sliced.seen).toEqual(whole.seen);
    expect(turns).toBeGreaterThan(0);
  });

  it('reads transactions the same way in slices as in one pass', async () => {
    expect(await readTransactionsCsvYielding(text)).toEqual(readTransactionsCsv(text));
  });

  it('stops at a broken quote with the rows before it read, as one pass does', async () => {
    const broken = `${HEADER}2026-01-05,c1,100,yes\n2026-01-05,"c2,100,yes\n`;
    expect(await readTransactionsCsvYielding(broken)).toEqual(readTransactionsCsv(broken));
    expect(readTransactionsCsv(broken).badRows[0]?.message).toMatch(/cannot be read from line 3/);
  });
});

describe('a batch with thousands of bad rows for one partner', () => {
  it(`lists the partner's first ${MAX_ERRORS_PER_PARTNER} problems and counts the rest in one line`, () => {
    const csv = readBatchCsv(`partnerId,${HEADER}` + 'P1,bad,c1,100,yes\n'.repeat(5_000));
    expect(csv.ok).toBe(true);
    const [item] = csv.ok ? csv.items : [];
    expect(item?.errors).toHaveLength(MAX_ERRORS_PER_PARTNER + 1);
    expect(item?.errors.at(-1)).toBe(`and ${5_000 - MAX_ERRORS_PER_PARTNER} more problems on later lines`);
  });
});

describe('POST /api/evaluate with 200,000 bad rows', () => {
  let app: LocalApp;
  beforeAll(async () => {
    app = await startLocalApp({ config: { EVALUATE_RATE_LIMIT_PER_MINUTE: '1000' } });
  });
  afterAll(() => app.close());

  it('answers 400 with 100 rows listed and the rest counted, and /health answers while the file is read', async () => {
    const order: string[] = [];
    const csv = fetch(`${app.baseUrl}/api/evaluate?asOf=2026-11-26`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv' },
      body: HEADER + 'a\n'.repeat(200_000),
    }).then(async (response) => {
      order.push('csv');
      return { status: response.status, body: (await response.json()) as { error: { message: string; badRows: unknown[]; moreBadRows: number } } };
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const health = await fetch(`${app.baseUrl}/health`);
    order.push('health');
    const answer = await csv;
    expect(health.status).toBe(200);
    expect(order).toEqual(['health', 'csv']);
    expect(answer.status).toBe(400);
    expect(answer.body.error.message).toMatch(/^The CSV has 600000 problems in 200000 rows; the first is on line 2/);
    expect(answer.body.error.badRows).toHaveLength(100);
    expect(answer.body.error.moreBadRows).toBe(600_000 - 100);
  }, 60_000);
  it('echoes a bad 2 MB cell as a short fragment: the 400 body stays small', async () => {
    const response = await fetch(`${app.baseUrl}/api/evaluate?asOf=2026-11-26`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv' },
      body: `${HEADER}${'9'.repeat(2_000_000)},c1,1,yes\n`,
    });
    expect(response.status).toBe(400);
    expect((await response.text()).length).toBeLessThan(1_000);
  });

});
