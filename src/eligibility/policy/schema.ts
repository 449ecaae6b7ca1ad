import { z } from 'zod';
import { isIsoDate } from '../isoDate';
import type { MetricId } from '../metricCatalogue';

const isoDate = z.string().refine(isIsoDate, 'must be a real date written YYYY-MM-DD');
/** Every rule carries the line of the program page it implements, so a threshold can always be traced. */
const quote = z.string().min(10, 'cite the line of the program page this rule comes from');

/** The metrics a threshold can name: the metric catalogue's amounts and counts (checked against it at compile time). */
export const numericMetricNames = [
  'marketplaceBilledSalesUsd',
  'netNewCustomersOver10k',
  'transactionsOver100',
  'uniqueCustomersOver100',
  'marketplaceTransactions',
  'consumptionCommitmentUsd',
] as const satisfies readonly MetricId[];
export type NumericMetric = (typeof numericMetricNames)[number];

export const pathwayNames = ['marketplace-performance', 'consumption-commitments', 'designation'] as const;
export type Pathway = (typeof pathwayNames)[number];

export const designationTypes = ['certified-software-azure', 'certified-software-security', 'industry-ai'] as const;
export type DesignationType = (typeof designationTypes)[number];

/** `min` is at-least ("USD 4 million"), `over` is strictly greater ("greater than USD 10,000"). */
const numericComponent = z.strictObject({
  metric: z.enum(numericMetricNames),
  operator: z.enum(['min', 'over']),
  value: z.number().nonnegative().finite(),
  quote,
});
const booleanComponent = z.strictObject({
  metric: z.literal('hasTransactableOffer'),
  operator: z.literal('isTrue'),
  value: z.literal(true),
  quote,
});
export const componentSchema = z.discriminatedUnion('operator', [
  numericComponent.extend({ operator: z.literal('min') }),
  numericComponent.extend({ operator: z.literal('over') }),
  booleanComponent,
]);
export type Component = z.infer<typeof componentSchema>;

const criterionBase = {
  id: z.string().regex(/^[a-z]+\.[A-Za-z0-9]+$/, 'criterion ids look like pathway.name'),
  title: z.string().min(5),
};

/** Met when every component is met: the page's "AND" within a criterion. */
const thresholdsCriterion = z.strictObject({
  ...criterionBase,
  kind: z.literal('thresholds'),
  pathway: z.enum(['marketplace-performance', 'consumption-commitments']),
  components: z.array(componentSchema).min(1),
});

/** Met by holding a listed designation, from the month after attainment, from `activeFrom` until `activeTo` if set. */
const designationCriterion = z.strictObject({
  ...criterionBase,
  kind: z.literal('designation'),
  pathway: z.literal('designation'),
  designationTypes: z.array(z.enum(designationTypes)).min(1),
  activeFrom: isoDate,
  /** Absent when the source sets no end (the PRACR page of 2026). */
  activeTo: isoDate.optional(),
  startsMonthAfterAttainment: z.boolean(),
  quote,
});

export const criterionSchema = z.discriminatedUnion('kind', [thresholdsCriterion, designationCriterion]);
export type Criterion = z.infer<typeof criterionSchema>;
export type ThresholdsCriterion = z.infer<typeof thresholdsCriterion>;
export type DesignationCriterion = z.infer<typeof designationCriterion>;

/** What top tier gives, worded from the program page and citing its line; shown to a partner who qualifies. */
const benefitSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-zA-Z0-9-]*$/, 'benefit ids are short kebab-case names'),
  text: z.string().min(10),
  source: quote,
});
export type PolicyBenefit = z.infer<typeof benefitSchema>;

const dealRule = z.strictObject({ operator: z.enum(['min', 'over']), valueUsd: z.number().nonnegative(), quote });

/**
 * What the USD 10,000 of a net-new customer is measured on. `deal`: one of its net-new transactions must pass (the
 * seed page's "of greater than USD $10,000 each", read per deal). `customer-total`: the customer's transactions in
 * the window, summed across offers, must pass (the FY25 wording "each customer brings more than USD 10,000").
 */
export const netNewMeasures = ['deal', 'customer-total'] as const;
export type NetNewMeasure = (typeof netNewMeasures)[number];
const netNewRule = dealRule.extend({ per: z.enum(netNewMeasures) });

/**
 * Something every answer under this version says at headline level, as data (`code` for programs, `text` for
 * people, `source` the page it comes from). With `whenDesignation`, only answers whose input lists that designation.
 */
const noticeSchema = z.strictObject({
  code: z.string().regex(/^[a-z]+(-[a-z0-9]+)*$/, 'notice codes are lower-case words joined by hyphens'),
  text: z.string().min(20),
  /**
   * The same notice in at most 150 characters, without the link, for the email summary and speech (issue 16's
   * 800-character summary); they add "Check Partner Center" and the `source` link once for all notices.
   */
  short: z.string().min(20).max(150).optional(),
  source: z.url({ protocol: /^https$/ }),
  whenDesignation: z.enum(designationTypes).optional(),
});
export type PolicyNotice = z.infer<typeof noticeSchema>;

export const policySchema = z
  .strictObject({
    id: z.string().min(3),
    version: z.number().int().positive(),
    title: z.string().min(5),
    effectiveFrom: isoDate,
    source: z.strictObject({
      title: z.string().min(3),
      url: z.url({ protocol: /^https$/ }),
      revised: isoDate,
      copy: z.string().optional(),
      quote,
    }),
    prerequisite: z.strictObject({ quote }),
    window: z.strictObject({ trailingMonths: z.number().int().min(1).max(36), quote }),
    counting: z.strictObject({
      /** `row`: each exported row is a transaction. `offer-customer`: a unique offer-customer combination is. */
      transactionIdentity: z.enum(['row', 'offer-customer']),
      netNewDeal: netNewRule,
      qualifyingTransaction: dealRule,
      quote: quote.optional(),
    }),
    criteria: z.array(criterionSchema).min(1),
    /** Absent in a revision that names no benefits: the result then simply lists none. */
    benefits: z.array(benefitSchema).default([]),
    notices: z.array(noticeSchema).optional(),
    /**
     * How the assistant reads what the page leaves open. `id` names the note in the message catalogues
     * (`result.choice.<id>`), so other languages show a translation; a note without one is shown as written.
     */
    choices: z.array(
      z.strictObject({
        id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'choice ids are lower-case words joined by hyphens').optional(),
        about: z.string(),
        choice: z.string().min(10),
      }),
    ),
  })
  .superRefine((policy, ctx) => {
    policy.criteria.forEach((criterion, index) => {
      if (criterion.kind === 'designation' && criterion.activeTo !== undefined && criterion.activeTo < criterion.activeFrom) {
        ctx.addIssue({ code: 'custom', path: ['criteria', index, 'activeTo'], message: 'activeTo is before activeFrom' });
      }
    });
    const seen = new Set<string>();
    policy.criteria.forEach((criterion, index) => {
      if (seen.has(criterion.id)) {
        ctx.addIssue({ code: 'custom', path: ['criteria', index, 'id'], message: `duplicate criterion id ${criterion.id}` });
      }
      seen.add(criterion.id);
    });
  });

export type Policy = z.infer<typeof policySchema>;
