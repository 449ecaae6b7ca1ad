export { renderResultCard, type AdaptiveCardJson } from './resultCard';
export { renderResultText, type ResultRenderOptions } from './resultText';
export { renderCriteriaCard, renderCriteriaText, renderRulesText } from './criteriaCard';
export { renderSummaryText } from './summaryText';
