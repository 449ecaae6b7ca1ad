import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvSyntaxError } from '../../src/csv/csvSyntaxError';
import { detectDelimiter } from '../../src/csv/delimiter';
import { forEachCsvRow, type CsvRowOptions } from '../../src/csv/forEachCsvRow';
import { QuotedRecordReader } from '../../src/csv/quotedRecordReader';

type Event = ['header' | 'row', number, string[]] | ['shifted', number, number, number] | ['error', number, string];

/** Everything forEachCsvRow reports, in order, ending with the error it throws if any. */
function events(text: string, options: CsvRowOptions = {}): Event[] {
  const seen: Event[] = [];
  try {
    forEachCsvRow(
      text,
      {
        onHeader: (record, line) => seen.push(['header', line, [...record]]),
        onRow: (record, line) => seen.push(['row', line, [...record]]),
        onShiftedRow: (line, values, width) => seen.push(['shifted', line, values, width]),
      },
      options,
    );
  } catch (error) {
    if (!(error instanceof CsvSyntaxError)) throw error;
    seen.push(['error', error.line, error.problem]);
  }
  return seen;
}

describe('reading CSV records with the line each starts on', () => {
  it('drops a byte order mark, detects the separator and trims unquoted cells', () => {
    expect(events('\uFEFFdate ; amount\n 2026-01-05 ;\t12000 \n')).toEqual([
      ['header', 1, ['date', 'amount']],
      ['row', 2, ['2026-01-05', '12000']],
    ]);
  });

  it('reads tab-separated exports', () => {
    expect(events('date\tamount\n2026-01-05\t12000\n')).toEqual([
      ['header', 1, ['date', 'amount']],
      ['row', 2, ['2026-01-05', '12000']],
    ]);
  });

  it('keeps the blanks inside quotes, a doubled quote and separators inside a quoted value', () => {
    expect(events('a,b,c\n" x ","say ""hi""","1,000"\n')).toEqual([
      ['header', 1, ['a', 'b', 'c']],
      ['row', 2, [' x ', 'say "hi"', '1,000']],
    ]);
  });

  it('reads a value quoted after a blank, as a person types "a, "b"" by hand', () => {
    expect(events('a,b\nx,  "1,000"  \n')).toEqual([
      ['header', 1, ['a', 'b']],
      ['row', 2, ['x', '1,000']],
    ]);
  });

  it('skips lines with no values, blank or quoted-empty ones included, and keeps counting them', () => {
    expect(events('\na,b\n\n , \n"",""\n1,2\n')).toEqual([
      ['header', 2, ['a', 'b']],
      ['row', 6, ['1', '2']],
    ]);
  });

  it('gives a record spanning lines its first line, and the records after it their own', () => {
    expect(events('a,b\n"one\ntwo\nthree",x\n3,4\n"y",5\n6,7')).toEqual([
      ['header', 1, ['a', 'b']],
      ['row', 2, ['one\ntwo\nthree', 'x']],
      ['row', 5, ['3', '4']],
      ['row', 6, ['y', '5']],
      ['row', 7, ['6', '7']],
    ]);
  });

  it('counts Windows line ends once and classic Mac line ends as lines too', () => {
    expect(events('a,b\r\n1,"x\r\ny"\r\n3,4\r\n')).toEqual([
      ['header', 1, ['a', 'b']],
      ['row', 2, ['1', 'x\r\ny']],
      ['row', 4, ['3', '4']],
    ]);
    expect(events('a,b\r1,2\r\r3,4\r')).toEqual([
      ['header', 1, ['a', 'b']],
      ['row', 2, ['1', '2']],
      ['row', 4, ['3', '4']],
    ]);
  });

  it('reports values past the header as a shifted row, but not trailing empty cells', () => {
    expect(events('a,b\n1,2,,\n3,4,oops\n5,6, ,""\n')).toEqual([
      ['header', 1, ['a', 'b']],
      ['row', 2, ['1', '2', '', '']],
      ['shifted', 3, 3, 2],
      ['row', 4, ['5', '6', '', '']],
    ]);
  });

  it('stops at a quote that never closes, naming the line where its record starts', () => {
    expect(events('a,b\n1,2\n3,"four\n5,6\n7,8\n')).toEqual([
      ['header', 1, ['a', 'b']],
      ['row', 2, ['1', '2']],
      ['error', 3, 'a value opens a double quote and never closes it'],
    ]);
  });

  it('stops at text after a closing quote, in either quote mode', () => {
    for (const relaxQuotes of [false, true]) {
      expect(events('a,b\n1,2\n"x\ny"z,3\n4,5\n', { relaxQuotes })).toEqual([
        ['header', 1, ['a', 'b']],
        ['row', 2, ['1', '2']],
        ['error', 3, expect.stringContaining('more text after its closing quote')],
      ]);
    }
  });

  it('stops at a quote inside an unquoted value, unless quotes are relaxed, when it is text', () => {
    const text = 'a,b\n=HYPERLINK("x"),1\n2,3\n';
    expect(events(text)).toEqual([
      ['header', 1, ['a', 'b']],
      ['error', 2, expect.stringContaining('a double quote inside it')],
    ]);
    expect(events(text, { relaxQuotes: true })).toEqual([
      ['header', 1, ['a', 'b']],
      ['row', 2, ['=HYPERLINK("x")', '1']],
      ['row', 3, ['2', '3']],
    ]);
  });

  it('stops when a handler throws, and lets the error through', () => {
    const rows: number[] = [];
    const read = () =>
      forEachCsvRow('a\n1\n2\n3\n', {
        onHeader: () => {},
        onRow: (_record, line) => {
          rows.push(line);
          if (line === 3) throw new RangeError('enough');
        },
        onShiftedRow: () => {},
      });
    expect(read).toThrow(RangeError);
    expect(rows).toEqual([2, 3]);
  });

  it('reads nothing from an empty text', () => {
    expect(events('')).toEqual([]);
    expect(events('\uFEFF\n\n')).toEqual([]);
  });

  it('reads a single-column file of 600,000 formulas in one pass, not one search to the end per row', () => {
    // A separator is never found here, so the reader must remember that rather than look again on every row.
    const text = `id\n${'=F("x")\n'.repeat(600_000)}`;
    const started = performance.now();
    let rows = 0;
    forEachCsvRow(text, { onHeader: () => {}, onRow: () => (rows += 1), onShiftedRow: () => {} }, { relaxQuotes: true });
    expect(rows).toBe(600_000);
    // One pass takes well under a second; searching the rest of the text on every row takes a quarter of a minute or more.
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});

/** The same text read with `QuotedRecordReader` alone, record by record: the strict rules, without papaparse. */
function referenceEvents(source: string, relaxQuotes: boolean): Event[] {
  const text = source.startsWith('\uFEFF') ? source.slice(1) : source;
  const newline = text.includes('\n') || !text.includes('\r') ? '\n' : '\r';
  const reader = new QuotedRecordReader(text, detectDelimiter(text), newline, relaxQuotes);
  const seen: Event[] = [];
  let headerWidth: number | undefined;
  const empty = (values: string[]) => values.every((value) => value.trim() === '');
  for (let at = 0, line = 1; at < text.length; ) {
    let record;
    try {
      record = reader.read(at, line);
    } catch (error) {
      if (!(error instanceof CsvSyntaxError)) throw error;
      seen.push(['error', error.line, error.problem]);
      return seen;
    }
    const values = record.values;
    if (!empty(values)) {
      if (headerWidth === undefined) {
        headerWidth = values.length;
        seen.push(['header', line, values]);
      } else if (values.length > headerWidth && !empty(values.slice(headerWidth))) seen.push(['shifted', line, values.length, headerWidth]);
      else seen.push(['row', line, values]);
    }
    line += record.lineBreaks;
    at = record.end;
  }
  return seen;
}

describe('papaparse and the quoted-record reader agree', () => {
  const piece = fc.constantFrom('a', 'b c', ' ', '\t', ',', ';', '"', '""', '"x,y"', '"p\nq"', '\n', '\r\n', '=F("z")', '12,5');
  const csvText = fc.tuple(fc.constantFrom(',', ';', '\t'), fc.array(piece, { maxLength: 40 })).map(([separator, parts]) => `h1${separator}h2${separator}h3\n${parts.join('')}`);

  it('on every record, line and error of random spreadsheet text', () => {
    fc.assert(
      fc.property(csvText, fc.boolean(), (text, relaxQuotes) => {
        expect(events(text, { relaxQuotes })).toEqual(referenceEvents(text, relaxQuotes));
      }),
      { seed: 20260526, numRuns: 3_000 },
    );
  });
});
