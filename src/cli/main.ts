import { readFile } from 'node:fs/promises';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { renderEvaluationJson } from '../cards/evaluationJson';
import { readDesignationsCell } from '../csv/cellValues';
import { readTransactionsCsv } from '../csv/readTransactionsCsv';
import { evaluate } from '../eligibility/evaluate';
import { todayUtc } from '../eligibility/isoDate';
import { parseEligibilityInput } from '../eligibility/schema';
import { loadPolicyDirectory } from '../eligibility/policy/loadPolicyDirectory';
import { runBatch } from './batch';
import { formatEvaluationText } from './formatEvaluationText';
import { HELP_TEXT } from './helpText';
import { METRIC_FLAGS, readMetricFlag, type MetricFlag } from './metricFlags';

export interface CliIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  /** The clock for the default as-of date (today in UTC); tests pass a fixed date. */
  now: () => Date;
  /** Read when `--json -` or `--transactions -` is given. */
  stdin: AsyncIterable<string | Uint8Array>;
}

/** Exit codes a script can branch on. */
export const EXIT = { qualified: 0, notQualified: 1, badInput: 2, failure: 3 } as const;

/** Bad input: each line names the flag, field or CSV line at fault; the exit code is 2. */
class BadInput extends Error {
  constructor(readonly lines: string[]) {
    super(lines.join('\n'));
  }
}

/** Bad-row listings stop here; a file with thousands of bad rows is fixed by its first few. */
const MAX_LISTED = 100;

const OPTIONS = {
  ...Object.fromEntries(Object.keys(METRIC_FLAGS).map((flag) => [flag, { type: 'string' }])),
  json: { type: 'string' },
  designation: { type: 'string' },
  transactions: { type: 'string' },
  'as-of': { type: 'string' },
  format: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} satisfies ParseArgsConfig['options'];

type Values = Record<string, string | boolean | undefined>;

function readArguments(argv: string[]): Values {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, strict: true, allowPositionals: false, tokens: true });
  } catch (error) {
    throw new BadInput([(error as Error).message]);
  }
  // parseArgs keeps the last of a repeated flag; two values for one metric is a typo, not a choice.
  const seen = new Set<string>();
  for (const token of parsed.tokens) {
    if (token.kind !== 'option') continue;
    if (seen.has(token.name)) throw new BadInput([`--${token.name} is given more than once; give it once`]);
    seen.add(token.name);
  }
  return parsed.values as Values;
}

async function readSource(path: string, flag: string, stdin: CliIo['stdin']): Promise<Buffer> {
  if (path === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk));
    return Buffer.concat(chunks);
  }
  try {
    return await readFile(path);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    throw new BadInput([`--${flag} ${path}: cannot read it (${reason})`]);
  }
}

async function readJsonInput(path: string, stdin: CliIo['stdin']): Promise<Record<string, unknown>> {
  const text = (await readSource(path, 'json', stdin)).toString('utf8').replace(/^\uFEFF/, '');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new BadInput([`--json ${path}: not valid JSON (${(error as Error).message})`]);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new BadInput([`--json ${path}: must hold a JSON object such as {"marketplaceBilledSalesUsd": 3600000}`]);
  }
  return raw as Record<string, unknown>;
}

/** Builds the evaluator's raw input from files and flags, remembering where each field came from for messages. */
async function collectInput(values: Values, stdin: CliIo['stdin']): Promise<{ raw: Record<string, unknown>; origin: Map<string, string> }> {
  const jsonPath = values.json as string | undefined;
  const csvPath = values.transactions as string | undefined;
  if (jsonPath === '-' && csvPath === '-') throw new BadInput(['--json - and --transactions - cannot both read standard input']);
  const raw: Record<string, unknown> = {};
  const origin = new Map<string, string>();
  const set = (field: string, value: unknown, from: string) => {
    if (Object.hasOwn(raw, field)) throw new BadInput([`${from} gives ${field}, which ${origin.get(field)} already gives; give it once`]);
    raw[field] = value;
    origin.set(field, from);
  };
  if (jsonPath !== undefined) {
    for (const [field, value] of Object.entries(await readJsonInput(jsonPath, stdin))) set(field, value, `--json ${jsonPath}`);
  }
  const problems: string[] = [];
  for (const flag of Object.keys(METRIC_FLAGS) as MetricFlag[]) {
    const text = values[flag];
    if (typeof text !== 'string') continue;
    const read = readMetricFlag(flag, text);
    if (read.ok) set(METRIC_FLAGS[flag].field, read.value, `--${flag}`);
    else problems.push(read.message);
  }
  if (typeof values.designation === 'string') {
    const text = values.designation.trim().toLowerCase();
    // "unknown" leaves the designations unknown, as for every other flag.
    if (text !== 'unknown' && text !== 'not sure') {
      const read = readDesignationsCell(text);
      if (read.ok) set('designations', read.value, '--designation');
      else problems.push(`--designation ${read.reason}`);
    }
  }
  if (problems.length > 0) throw new BadInput(problems);
  if (typeof values['as-of'] === 'string') set('asOf', values['as-of'], '--as-of');
  if (csvPath !== undefined) {
    const csv = readTransactionsCsv(await readSource(csvPath, 'transactions', stdin));
    if (csv.badRowCount > 0) {
      const listed = csv.badRows.slice(0, MAX_LISTED).map((bad) => `--transactions ${csvPath} line ${bad.row}: ${bad.message}`);
      if (csv.badRowCount > MAX_LISTED) listed.push(`... and ${csv.badRowCount - MAX_LISTED} more problems`);
      throw new BadInput(listed);
    }
    set('transactions', csv.transactions, `--transactions ${csvPath}`);
  }
  return { raw, origin };
}

async function run(argv: string[], io: CliIo): Promise<number> {
  const values = readArguments(argv);
  if (values.help) {
    io.stdout.write(HELP_TEXT);
    return EXIT.qualified;
  }
  const format = (values.format as string | undefined) ?? 'text';
  if (format !== 'text' && format !== 'json') throw new BadInput([`--format "${format}" must be text or json`]);
  const { raw, origin } = await collectInput(values, io.stdin);
  const parsed = parseEligibilityInput(raw);
  if (!parsed.ok) {
    throw new BadInput(parsed.issues.slice(0, MAX_LISTED).map((issue) => `${origin.get(issue.path.split('.')[0] ?? '') ?? 'input'}: ${issue.message}`));
  }
  const evaluation = evaluate(parsed.input, { policies: loadPolicyDirectory(), today: todayUtc(io.now()) });
  io.stdout.write(format === 'json' ? `${JSON.stringify(renderEvaluationJson(evaluation), null, 2)}\n` : formatEvaluationText(evaluation));
  return evaluation.status === 'qualified' ? EXIT.qualified : EXIT.notQualified;
}

/**
 * The `cosell-eligibility` command: evaluates flags, a JSON input file or a transactions CSV and prints the answer.
 * Resolves to the exit code: 0 qualified, 1 any other status, 2 bad input (message on stderr), 3 a failure of ours.
 *
 * @example
 * await main(['--billed-sales', '4.2m', '--co-sell-eligible', 'yes', '--as-of', '2026-11-26']) // 0
 */
export async function main(argv: string[], io: Partial<CliIo> = {}): Promise<number> {
  const full: CliIo = {
    stdout: io.stdout ?? process.stdout,
    stderr: io.stderr ?? process.stderr,
    now: io.now ?? (() => new Date()),
    stdin: io.stdin ?? process.stdin,
  };
  try {
    // `cosell-eligibility batch FILE.csv ...` is a subcommand with its own options (src/cli/batch.ts).
    if (argv[0] === 'batch') return await runBatch(argv.slice(1), full);
    return await run(argv, full);
  } catch (error) {
    if (error instanceof BadInput) {
      full.stderr.write(`${error.lines.map((line) => `cosell-eligibility: ${line}`).join('\n')}\nRun cosell-eligibility --help for the flags.\n`);
      return EXIT.badInput;
    }
    full.stderr.write(`cosell-eligibility: unexpected failure: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return EXIT.failure;
  }
}

// Run directly (`tsx src/cli/main.ts`, `node dist/src/cli/main.js`); bin/cosell-eligibility.js calls main() itself.
if (require.main === module) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
