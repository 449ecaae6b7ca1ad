import type { CriterionResult, Evaluation } from './evaluation';
import { RESOURCES_URL } from './evaluation';
import { formatDate } from './format';
import { describeCriterionGap, describeWindow, joinAnd, lowerFirst, missingAnswerLabels, pathwayLabels } from './wording';

type Facts = Omit<Evaluation, 'explanation'>;

const resources = `The Azure IP co-sell resources gallery (${RESOURCES_URL}) has the details and next steps.`;

function routeSentence(criterion: CriterionResult, lead: string): string | undefined {
  const gap = describeCriterionGap(criterion);
  return gap ? `${lead} ${lowerFirst(criterion.title)}: you are ${gap}.` : undefined;
}

function byId(facts: Facts, id: string | null): CriterionResult | undefined {
  return facts.criteria.find((criterion) => criterion.id === id);
}

/** The runner-up route, when it has a known gap: partners often close a second gap more cheaply. */
function nextClosest(facts: Facts): CriterionResult | undefined {
  return facts.criteria
    .filter((criterion) => criterion.outcome === 'not-met' && criterion.id !== facts.closest && criterion.progress > 0)
    .sort((a, b) => b.progress - a.progress)[0];
}

/**
 * Two to five plain sentences a partner understands, rendered from the evaluation's facts (never recomputed).
 *
 * @example
 * explain(facts) // 'You do not yet qualify ... Your closest route is USD 4 million in marketplace billed sales: you are USD 400,000 short of ...'
 */
export function explain(facts: Facts): string {
  const window = describeWindow(facts.window);
  const sentences: Array<string | undefined> = [];
  const met = facts.criteria.filter((criterion) => criterion.outcome === 'met');
  const closest = byId(facts, facts.closest);
  switch (facts.status) {
    case 'not-in-effect':
      sentences.push(
        `The Azure IP co-sell top-tier benefit rules took effect on ${formatDate(facts.policy?.effectiveFrom ?? '2023-07-01')}, so there is nothing to evaluate as of ${formatDate(facts.asOf)}.`,
        'Choose an as-of date on or after that day.',
      );
      break;
    case 'qualified': {
      const first = met[0]!;
      sentences.push(`You qualify for Azure IP co-sell top-tier benefits through the ${pathwayLabels[first.pathway]} pathway: ${lowerFirst(first.title)}.`);
      if (met.length > 1) sentences.push(`You also meet ${joinAnd(met.slice(1).map((criterion) => lowerFirst(criterion.title)))}.`);
      sentences.push(`Marketplace figures are for the trailing twelve months ${window}.`, resources);
      break;
    }
    case 'not-co-sell-eligible': {
      sentences.push(
        'Top-tier benefits first require Azure IP co-sell eligibility, which includes a transactable offer published in the commercial marketplace, and you said you do not have that yet.',
      );
      if (met.length > 0) sentences.push(`Once you do, ${lowerFirst(met[0]!.title)} would already qualify you.`);
      else if (closest) sentences.push(routeSentence(closest, 'After that, your closest route is'));
      sentences.push(resources);
      break;
    }
    case 'undetermined': {
      if (met.length > 0) {
        sentences.push(
          `You meet ${lowerFirst(met[0]!.title)}, so you qualify for top-tier benefits once you confirm you are Azure IP co-sell eligible with a transactable offer in the commercial marketplace.`,
        );
      } else {
        const needed = joinAnd(facts.missing.map((name) => missingAnswerLabels[name] ?? name));
        sentences.push(`I cannot tell yet whether you qualify for ${window}: nothing you gave meets a criterion, and I still need ${needed}.`);
        if (closest) sentences.push(routeSentence(closest, 'So far your closest route is'));
      }
      sentences.push(resources);
      break;
    }
    case 'not-qualified': {
      sentences.push(`You do not yet qualify for Azure IP co-sell top-tier benefits for ${window}.`);
      if (closest) sentences.push(routeSentence(closest, 'Your closest route is'));
      const runnerUp = nextClosest(facts);
      if (runnerUp) sentences.push(routeSentence(runnerUp, 'Next closest is'));
      sentences.push(resources);
      break;
    }
  }
  return sentences.filter((sentence): sentence is string => Boolean(sentence)).join(' ');
}
