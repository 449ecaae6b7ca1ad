/**
 * Records every input handed to the evaluator, for the fuzz script run outside vitest (which has `vi.mock`).
 * Import it before anything that loads the dialogs: it swaps the evaluator module's exports in Node's module cache
 * for a copy whose `evaluate` records its input and then calls the real one.
 */
import { evaluate } from '../../../src/eligibility/evaluate';

export const evaluatorInputs: unknown[] = [];

const modulePath = require.resolve('../../../src/eligibility/evaluate');
const cached = require.cache[modulePath];
if (!cached) throw new Error('the evaluator module is not in the require cache; run this under Node with CommonJS (tsx or dist)');
cached.exports = {
  ...(cached.exports as object),
  evaluate: (...args: Parameters<typeof evaluate>) => {
    evaluatorInputs.push(args[0]);
    return evaluate(...args);
  },
};
