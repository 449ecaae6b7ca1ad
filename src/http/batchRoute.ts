import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Request, Response, Server } from 'restify';
import { evaluateBatchCsvYielding, evaluateBatchJson, type BatchContext, type BatchProblem, type BatchResult } from '../batch/evaluateBatch';
import { batchResultsCsv } from '../batch/writeBatchResults';
import { isIsoDate, todayUtc } from '../eligibility/isoDate';
import type { PolicySet } from '../eligibility/policy/policySet';
import { ClientGoneError, DEFAULT_MAX_CSV_BYTES, DEFAULT_MAX_JSON_BYTES, assertIdentityEncoding, readBodyWithLimit } from './bodyLimits';
import { bodyKind } from './bodyKind';
import { guarded } from './guardedRoute';
import { heavyCsvJob } from './heavyCsvJob';
import { HeavyJobLimit } from '../security/heavyJobLimit';
import { ApiError, sendApiError, sendInternalError, sendJson } from './errors';

/** Partners per request: 10,000 evaluate in well under a second, and a larger list is a job for the CLI. */
export const DEFAULT_BATCH_MAX_ROWS = 10_000;

/** The 415's advice: the two shapes a batch can take. */
const WHAT_TO_SEND = 'send text/csv (one row per partner, or transactions with a partnerId column) or application/json (an array of partners)';

export interface BatchRouteOptions {
  policies: PolicySet;
  /** The clock for the default as-of date (today in UTC); tests pass a fixed date. */
  now?: () => Date;
  /** Body caps in bytes, the same as the evaluate route's by default. */
  maxJsonBytes?: number;
  maxCsvBytes?: number;
  /** Most partners per request; more is a 413. */
  maxRows?: number;
  /** Where unexpected failures are logged with their correlation id; stderr by default. */
  logError?: (line: string) => void;
  /** The process-wide cap on CSV jobs, shared with the evaluate route and chat uploads. */
  heavyJobs?: HeavyJobLimit;
}

/** For a route registered without the app's shared limit (tests); the app passes one shared with evaluate and chat. */
const fallbackHeavyJobs = new HeavyJobLimit();

/** The one query parameter: the as-of date for partners that give none. */
function readAsOf(req: IncomingMessage): string | undefined {
  const query = new URL(req.url ?? '/', 'http://localhost').searchParams;
  const issues: Array<{ path: string; message: string }> = [];
  for (const name of new Set(query.keys())) {
    if (name !== 'asOf') issues.push({ path: name, message: `${name} is not a query parameter of the batch route (known: asOf)` });
    else if (query.getAll(name).length > 1) issues.push({ path: name, message: 'asOf is given more than once; give it once' });
  }
  const asOf = query.get('asOf')?.trim() || undefined;
  if (asOf !== undefined && !isIsoDate(asOf)) issues.push({ path: 'asOf', message: `asOf "${asOf}" must be a real date written YYYY-MM-DD` });
  if (issues.length > 0) throw new ApiError(400, 'invalid_input', `${issues[0]!.message}.`, { issues });
  return asOf;
}

function problemError(problem: BatchProblem): ApiError {
  switch (problem.code) {
    case 'too_many_rows':
      return new ApiError(413, 'too_many_rows', problem.message);
    case 'not_an_array':
      return new ApiError(400, 'invalid_input', problem.message);
    default:
      return new ApiError(400, 'invalid_csv', problem.message);
  }
}

async function readJson(req: IncomingMessage, maxBytes: number): Promise<unknown> {
  const body = await readBodyWithLimit(req, maxBytes, 'JSON');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    throw new ApiError(400, 'invalid_json', 'The body is not UTF-8 text; send it encoded as UTF-8.');
  }
  if (text.trim() === '') throw new ApiError(400, 'invalid_json', 'The body is empty; send a JSON array of partners.');
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ApiError(400, 'invalid_json', `The body is not valid JSON: ${(error as Error).message.replace(/\.$/, '')}.`);
  }
}

async function evaluateRequest(req: IncomingMessage, options: BatchRouteOptions): Promise<BatchResult> {
  assertIdentityEncoding(req);
  const kind = bodyKind(req, WHAT_TO_SEND);
  const context: BatchContext = {
    policies: options.policies,
    today: todayUtc((options.now ?? (() => new Date()))()),
    asOf: readAsOf(req),
    maxRows: options.maxRows ?? DEFAULT_BATCH_MAX_ROWS,
  };
  let outcome: Awaited<ReturnType<typeof evaluateBatchCsvYielding>>;
  if (kind === 'json') outcome = evaluateBatchJson(await readJson(req, options.maxJsonBytes ?? DEFAULT_MAX_JSON_BYTES), context);
  else {
    const body = await readBodyWithLimit(req, options.maxCsvBytes ?? DEFAULT_MAX_CSV_BYTES, 'CSV');
    // The body is in before a slot is taken: a slow uploader never holds one.
    outcome = await heavyCsvJob(options.heavyJobs ?? fallbackHeavyJobs, () => evaluateBatchCsvYielding(body, context));
  }
  if (!outcome.ok) throw problemError(outcome.problem);
  return outcome.result;
}

function sendCsv(res: ServerResponse, text: string): void {
  res.statusCode = 200;
  res.setHeader('Content-Type', 'text/csv; charset=utf-8');
  res.setHeader('Content-Disposition', 'attachment; filename="results.csv"');
  res.setHeader('Content-Length', Buffer.byteLength(text));
  res.setHeader('Cache-Control', 'no-store');
  res.end(text);
}

/**
 * `POST /api/evaluate/batch`: many partners in one request. The body is a CSV (`text/csv`: one row per partner with
 * the evaluator's fields as columns, or transaction rows with a `partnerId` column) or a JSON array of
 * `{ partnerId, ...evaluator fields }`; `?asOf=` sets the as-of date for partners that give none. Answers 200 with
 * `{ mode, summary, rows, ignoredColumns }` (or the results CSV when the request accepts `text/csv`), where a bad
 * row is an error row naming its line or item; 400 for a file that cannot be read at all; 413 over the byte caps
 * or the row limit; 415 for other media types. Reads its own body: the server has no body parser.
 *
 * @example
 * registerBatchRoute(server, { policies, maxJsonBytes: config.MAX_JSON_BYTES, maxCsvBytes: config.MAX_CSV_BYTES, maxRows: config.BATCH_MAX_ROWS })
 */
export function registerBatchRoute(server: Server, options: BatchRouteOptions): void {
  const logError = options.logError ?? ((line: string) => process.stderr.write(line));
  server.post('/api/evaluate/batch', guarded(async (req: Request, res: Response) => {
    try {
      const result = await evaluateRequest(req, options);
      if ((req.headers.accept ?? '').toLowerCase().includes('text/csv')) sendCsv(res, batchResultsCsv(result.rows));
      else sendJson(req, res, 200, result);
    } catch (error) {
      if (error instanceof ApiError) sendApiError(req, res, error);
      else if (error instanceof ClientGoneError) req.socket.destroy();
      else sendInternalError(req, res, error, logError);
    }
  }, logError));
}
