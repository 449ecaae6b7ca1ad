export { renderResultCard, type AdaptiveCardJson } from './resultCard';
export { renderGlanceText, renderResultText, type ResultRenderOptions } from './resultText';
export { renderCriteriaCard, renderCriteriaText, renderRulesText } from './criteriaCard';
export { renderSummaryText, type SummaryOptions } from './summaryText';
export { renderEvaluationJson, renderExplanation, type EvaluationJson } from './evaluationJson';
