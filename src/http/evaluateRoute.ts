import type { IncomingMessage } from 'node:http';
import type { Request, Response, Server } from 'restify';
import { renderEvaluationJson } from '../cards/evaluationJson';
import { readTransactionsCsvYielding, type TransactionsCsv } from '../csv/readTransactionsCsv';
import { evaluate } from '../eligibility/evaluate';
import type { Evaluation } from '../eligibility/evaluation';
import { todayUtc } from '../eligibility/isoDate';
import type { PolicySet } from '../eligibility/policy/policySet';
import { parseEligibilityInput, parseEligibilityInputWithTransactions, type InputIssue, type ParsedInput } from '../eligibility/schema';
import { ClientGoneError, DEFAULT_MAX_CSV_BYTES, DEFAULT_MAX_JSON_BYTES, assertIdentityEncoding, readBodyWithLimit } from './bodyLimits';
import { bodyKind } from './bodyKind';
import { guarded } from './guardedRoute';
import { heavyCsvJob } from './heavyCsvJob';
import { HeavyJobLimit } from '../security/heavyJobLimit';
import { ApiError, sendApiError, sendInternalError, sendJson } from './errors';
import { readQueryFields } from './evaluateQuery';

export interface EvaluateRouteOptions {
  policies: PolicySet;
  /** The clock for the default as-of date (today in UTC); tests pass a fixed date. */
  now?: () => Date;
  /** Body caps in bytes, counted as the body streams in. */
  maxJsonBytes?: number;
  maxCsvBytes?: number;
  /** Where unexpected failures are logged with their correlation id; stderr by default. */
  logError?: (line: string) => void;
  /** The process-wide cap on CSV jobs, shared with the batch route and chat uploads. */
  heavyJobs?: HeavyJobLimit;
}

/** Error lists are capped so a file of a million bad rows answers with a readable, bounded body. */
const MAX_LISTED = 100;

/** The 415's advice: the evaluator's own input, or its transactions as a CSV. */
const WHAT_TO_SEND = "send application/json (the evaluator's input) or text/csv (transactions)";

function decodeUtf8(body: Buffer, code: string): string {
  try {
    // TextDecoder drops a leading byte order mark, which Windows tools like to write.
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    throw new ApiError(400, code, 'The body is not UTF-8 text; send it encoded as UTF-8.');
  }
}

/** One sentence naming the first bad field, with the full list in `issues`. */
function invalidInput(issues: InputIssue[]): ApiError {
  const first = issues[0]?.message ?? 'the input is not valid';
  const rest = issues.length > 1 ? ` (and ${issues.length - 1} more ${issues.length === 2 ? 'problem' : 'problems'}, listed in issues)` : '';
  const details: Record<string, unknown> = { issues: issues.slice(0, MAX_LISTED) };
  if (issues.length > MAX_LISTED) details.moreIssues = issues.length - MAX_LISTED;
  return new ApiError(400, 'invalid_input', `${first.replace(/\.$/, '')}${rest}.`, details);
}

function invalidCsv({ badRows, badRowCount, badRowLines }: TransactionsCsv): ApiError {
  const first = badRows[0]!;
  const count = badRowCount === 1 ? 'a problem' : `${badRowCount} problems in ${badRowLines === 1 ? 'one row' : `${badRowLines} rows`}`;
  return new ApiError(400, 'invalid_csv', `The CSV has ${count}; the first is on line ${first.row}: ${first.message.replace(/\.$/, '')}.`, {
    badRows: badRows.slice(0, MAX_LISTED),
    moreBadRows: Math.max(0, badRowCount - MAX_LISTED),
  });
}

function searchParams(req: IncomingMessage): URLSearchParams {
  return new URL(req.url ?? '/', 'http://localhost').searchParams;
}

async function readJsonInput(req: IncomingMessage, maxBytes: number): Promise<unknown> {
  const stray = [...new Set(searchParams(req).keys())];
  if (stray.length > 0) {
    // Silently ignoring `?asOf=` next to a JSON body would evaluate a different date than the caller asked for.
    throw invalidInput(stray.map((name) => ({ path: name, message: `${name} belongs in the JSON body; query parameters are read only with a CSV body` })));
  }
  const text = decodeUtf8(await readBodyWithLimit(req, maxBytes, 'JSON'), 'invalid_json');
  if (text.trim() === '') throw new ApiError(400, 'invalid_json', 'The body is empty; send a JSON object of evaluator fields.');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new ApiError(400, 'invalid_json', `The body is not valid JSON: ${(error as Error).message.replace(/\.$/, '')}.`);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    const shape = Array.isArray(raw) ? 'an array' : raw === null ? 'null' : `a ${typeof raw}`;
    throw invalidInput([{ path: '', message: `The body is ${shape}; it must be a JSON object such as {"marketplaceBilledSalesUsd": 3600000}` }]);
  }
  return raw;
}

async function readCsvInput(fields: Parameters<typeof parseEligibilityInputWithTransactions>[0], body: Buffer): Promise<ParsedInput> {
  // Read in slices: a 25 MB body must not hold up chat turns and health checks while it is parsed.
  const csv = await readTransactionsCsvYielding(body);
  if (csv.badRowCount > 0) throw invalidCsv(csv);
  // Each row was validated by the reader against the evaluator's own transaction schema.
  return parseEligibilityInputWithTransactions(fields, csv.transactions);
}

async function evaluateRequest(req: IncomingMessage, options: EvaluateRouteOptions): Promise<Evaluation> {
  assertIdentityEncoding(req);
  const evaluateParsed = (parsed: ParsedInput): Evaluation => {
    if (!parsed.ok) throw invalidInput(parsed.issues);
    return evaluate(parsed.input, { policies: options.policies, today: todayUtc((options.now ?? (() => new Date()))()) });
  };
  if (bodyKind(req, WHAT_TO_SEND) === 'json') return evaluateParsed(parseEligibilityInput(await readJsonInput(req, options.maxJsonBytes ?? DEFAULT_MAX_JSON_BYTES)));
  const query = readQueryFields(searchParams(req));
  if (!query.ok) throw invalidInput(query.issues);
  const body = await readBodyWithLimit(req, options.maxCsvBytes ?? DEFAULT_MAX_CSV_BYTES, 'CSV');
  // The body is in before a slot is taken: a slow uploader never holds one.
  return heavyCsvJob(options.heavyJobs ?? fallbackHeavyJobs, async () => evaluateParsed(await readCsvInput(query.fields, body)));
}

/** For a route registered without the app's shared limit (tests); the app passes one shared with batch and chat. */
const fallbackHeavyJobs = new HeavyJobLimit();

/**
 * `POST /api/evaluate`: the evaluator over HTTP. The body is the evaluator's JSON input, or a CSV of transactions
 * (`text/csv`) with the other fields as query parameters. Answers 200 with the `Evaluation`; 400 naming the
 * first bad field or listing every bad CSV row; 413 over the size cap; 415 for other media types or a compressed
 * body; 500 only for a fault of ours, with a correlation id. Reads its own body: the server has no body parser.
 *
 * @example
 * registerEvaluateRoute(server, { policies: loadPolicyDirectory(), maxJsonBytes: config.MAX_JSON_BYTES, maxCsvBytes: config.MAX_CSV_BYTES })
 */
export function registerEvaluateRoute(server: Server, options: EvaluateRouteOptions): void {
  const logError = options.logError ?? ((line: string) => process.stderr.write(line));
  server.post('/api/evaluate', guarded(async (req: Request, res: Response) => {
    try {
      sendJson(req, res, 200, renderEvaluationJson(await evaluateRequest(req, options)));
    } catch (error) {
      if (error instanceof ApiError) sendApiError(req, res, error);
      else if (error instanceof ClientGoneError) req.socket.destroy();
      else sendInternalError(req, res, error, logError);
    }
  }, logError));
}
