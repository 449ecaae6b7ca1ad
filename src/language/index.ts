/**
 * Turns what people type into values for the eligibility evaluator. Pure: no bot SDK, no environment.
 *
 * Numbers in words go through Microsoft's maintained recognizers; the finance shorthand they miss
 * ("$4M", "USD34.6 million", "1MM", "3.5m", "4bn") and the fractions they misread ("three and a half million")
 * are read here. Nothing is guessed: other currencies and ranges are refused with a reason the bot can explain,
 * and bare figures for amounts are marked `ambiguous` so the bot reads them back.
 *
 * Every parser reads the language of the current turn (`currentLocale()` from src/i18n): that language's words
 * from `lexicon/<locale>.ts` plus English's, and its way of writing figures ("3,6 Mio. USD", "3 600 000 $",
 * "360万ドル", "三百六十万美元"). Outside a turn the language is English, where "4.000.000" and "3,6" are refused
 * as `locale-format` exactly as before.
 */
export type { FieldKind, FieldName } from './fields';
export { fieldKinds, fieldNames } from './fields';
export type { InvalidReason, ParsedAnswer } from './parsedAnswer';
export { limits } from './limits';
export { parseAmountUsd } from './parseAmountUsd';
export { parseCount } from './parseCount';
export { parseYesNo } from './parseYesNo';
export type { TransactionsFromCustomers } from './parseTransactionsFromCustomers';
export { parseTransactionsFromCustomers } from './parseTransactionsFromCustomers';
export type { OneShotReading } from './parseOneShot';
export { parseOneShot } from './parseOneShot';
export type { WhatIfChange, WhatIfOperation } from './parseWhatIf';
export { parseWhatIf } from './parseWhatIf';
export type { Command } from './detectCommand';
export { detectCommand } from './detectCommand';
export type { GlossaryTerm } from './glossaryTerms';
export { warmUpRecognizers } from './recognizers';
export type { IntentName, ProgramQuestion } from './intents';
export type { IntentGuess, IntentModel } from './intentModel';
export { trainIntentModel } from './intentModel';
export { englishIntentModel, intentModelFor } from './intentModels';
export type { CommitmentSigner, FigureAttribution } from './attributeFigures';
export { attributeFigures, readSignerAnswer } from './attributeFigures';
export { readEstimate } from './estimates';
export { saysNone } from './noneAnswers';
export { readAsOfDate, readCalendarDate } from './asOfDate';
export { programAnswer } from './programAnswers';
export { recognizeIntent } from './recognizeIntent';
export { isQuestionForm } from './questionForm';
export { metricsNamed } from './metricMentions';
export { soundsUnsure } from './unknownAnswer';
export { readScaling } from './readScaling';
export { readCorrection, soundsLikeCorrection } from './correctionWording';
export { namesRelativeChange, saysFewer } from './relativeChange';
export { soundsHypothetical } from './hypothetical';
export { saysOnlyPlease } from './politeness';
