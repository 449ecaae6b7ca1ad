/** Terms of the co-sell program the bot can explain. */
export type GlossaryTerm =
  | 'netNew'
  | 'mbs'
  | 'ttm'
  | 'macc'
  | 'pracr'
  | 'transactableOffer'
  | 'consumptionCommitment'
  | 'coSellEligible'
  | 'marketplaceTransaction';

// The most specific spelling first: "azure consumption commitment" is a MACC, "consumption commitment" is not.
const termSpellings: ReadonlyArray<readonly [GlossaryTerm, RegExp]> = [
  ['macc', /^(?:maccs?|(?:a\s+)?microsoft\s+azure\s+(?:consumption\s+)?commit(?:ment)?s?|azure\s+(?:consumption\s+)?commit(?:ment)?s?)$/],
  ['pracr', /^pracr$/],
  ['ttm', /^(?:ttm|trailing\s+(?:twelve|12)[\s-]+months?|trailing\s+(?:twelve|12)[\s-]+month\s+(?:period|window))$/],
  ['mbs', /^(?:mbs|(?:marketplace\s+)?billed\s+sales|marketplace\s+billed\s+sales\s+\(mbs\))$/],
  ['netNew', /^(?:net[\s\-–]*new(?:\s+customers?)?|net[\s\-–]*new\s+customer\s+adds?|new\s+customers?)$/],
  ['transactableOffer', /^(?:transactable(?:\s+(?:marketplace\s+)?(?:offers?|listings?))?)$/],
  ['consumptionCommitment', /^(?:(?:cloud\s+)?consumption\s+commitments?|cloud\s+commitments?|commitments?)$/],
  ['coSellEligible', /^(?:(?:azure\s+)?(?:ip\s+)?co[\s\-–]?sell(?:\s+(?:eligible|eligibility|ready))?)$/],
  ['marketplaceTransaction', /^(?:(?:marketplace\s+)?transactions?)$/],
];

/**
 * The glossary term a phrase names, or undefined.
 *
 * @example
 * glossaryTermFor('trailing twelve months'); // 'ttm'
 */
export function glossaryTermFor(phrase: string): GlossaryTerm | undefined {
  const cleaned = phrase.trim().replace(/^(?:a|an|the)\s+/, '');
  return termSpellings.find(([, spelling]) => spelling.test(cleaned))?.[0];
}
