import { loadPolicyDirectory } from '../src/eligibility/policy/loadPolicyDirectory';
import { measureCsvPath } from './csvPath';
import { measureEvaluatorThroughput } from './evaluatorThroughput';
import { measureDerivation } from './metricsScaling';
import { runAsChild } from './runAsChild';

/*
 * The evaluator, metrics and CSV measurements, in a fresh process of their own: no load generator's garbage in the
 * heap, no server's JIT profile, nothing else on the event loop.
 */

const AS_OF = '2026-11-26';
const policies = loadPolicyDirectory();

void runAsChild(async () => ({ url: '', close: async () => undefined }), {
  evaluator: (request) => measureEvaluatorThroughput(policies, request.seconds as number),
  metrics: (request) => measureDerivation(policies, AS_OF, request.sizes as number[]),
  csv: (request) => measureCsvPath(policies, AS_OF, request.rows as number),
});
