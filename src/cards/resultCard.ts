import type { CriterionResult, Evaluation, Status } from '../eligibility/evaluation';
import {
  buttonTexts,
  componentLabel,
  criterionTitle,
  describeComponent,
  describeCriterionStanding,
  describeDisclaimer,
  describeFinding,
  describeForSpeech,
  describeHeadline,
  describePolicyLine,
  describeProgressLine,
  describeResultNextStep,
  describeRoute,
  describeSourceLine,
  describeStillNeeded,
  describeWindowLine,
  capitalize,
  headings,
  outcomeLabels,
  pathwayHeading,
} from '../eligibility/wording';
import { describeNotices } from './notices';
import { benefitsToShow, criteriaInForce, generalFindings, groupByPathway, renderGlanceText, type ResultRenderOptions } from './resultText';

/*
 * Adaptive Card JSON, schema 1.5, limited to what both Teams and Web Chat render: text, fact sets, columns,
 * containers and buttons. The types admit only the properties and values the 1.5 schema defines, so a typo is a
 * compile error rather than a card a client silently drops.
 */

type Spacing = 'none' | 'small' | 'default' | 'medium' | 'large' | 'extraLarge' | 'padding';
type TextColor = 'default' | 'dark' | 'light' | 'accent' | 'good' | 'warning' | 'attention';
type ContainerStyle = 'default' | 'emphasis' | 'good' | 'attention' | 'warning' | 'accent';

interface ElementLayout {
  spacing?: Spacing;
  separator?: boolean;
}

export interface TextBlockJson extends ElementLayout {
  type: 'TextBlock';
  text: string;
  /** Always true: a cut-off number or date is worse than a long card. */
  wrap: true;
  size?: 'small' | 'default' | 'medium' | 'large' | 'extraLarge';
  weight?: 'lighter' | 'default' | 'bolder';
  color?: TextColor;
  isSubtle?: boolean;
  fontType?: 'default' | 'monospace';
  /** `heading` (new in 1.5) lets screen readers jump between sections. */
  style?: 'default' | 'heading';
}

export interface FactSetJson extends ElementLayout {
  type: 'FactSet';
  facts: Array<{ title: string; value: string }>;
}

export interface ColumnJson extends ElementLayout {
  type: 'Column';
  width: 'auto' | 'stretch';
  items: CardElementJson[];
}

export interface ColumnSetJson extends ElementLayout {
  type: 'ColumnSet';
  columns: ColumnJson[];
}

export interface ContainerJson extends ElementLayout {
  type: 'Container';
  items: CardElementJson[];
  style?: ContainerStyle;
}

export interface ActionSetJson extends ElementLayout {
  type: 'ActionSet';
  actions: CardActionJson[];
}

export interface ImageJson {
  type: 'Image';
  url: string;
  altText: string;
}

export type CardElementJson = TextBlockJson | FactSetJson | ColumnSetJson | ContainerJson | ActionSetJson | ImageJson;

export interface OpenUrlActionJson {
  type: 'Action.OpenUrl';
  title: string;
  url: string;
}

/** What a button sends back: our action name, plus Teams' messageBack so Teams also posts a text message. */
export interface SubmitDataJson {
  action: CardActionName;
  msteams: { type: 'messageBack'; text: string; displayText: string };
}

export interface SubmitActionJson {
  type: 'Action.Submit';
  title: string;
  data: SubmitDataJson;
  style?: 'default' | 'positive' | 'destructive';
}

/** A button that opens a card inline, under the buttons: the details, one tap away. */
export interface ShowCardActionJson {
  type: 'Action.ShowCard';
  title: string;
  card: { type: 'AdaptiveCard'; body: CardElementJson[] };
}

export type CardActionJson = OpenUrlActionJson | SubmitActionJson | ShowCardActionJson;

export interface AdaptiveCardJson {
  $schema: string;
  type: 'AdaptiveCard';
  version: '1.5';
  body: CardElementJson[];
  actions: CardActionJson[];
  /** Shown by clients that cannot render the card: the short plain version. */
  fallbackText: string;
  speak: string;
  /** Teams: use the conversation's full width (results have a table one tap away). */
  msteams?: { width: 'Full' };
}

export const ADAPTIVE_CARD_SCHEMA = 'http://adaptivecards.io/schemas/adaptive-card.json';

/**
 * The actions a card button can ask the bot for; `src/bot/incomingText.ts` turns `activity.value.action` into the
 * words it stands for, so the dialogs read a submit as typed text.
 */
export type CardActionName = 'startOver' | 'whatIf' | 'summary' | 'checkEligibility';

/** The button titles, and the text Teams posts for each (worded in the phrase module). */
export const cardActionTexts: Record<CardActionName, { title: string; text: string }> = {
  startOver: buttonTexts.startOver,
  whatIf: buttonTexts.whatIf,
  summary: buttonTexts.summary,
  checkEligibility: buttonTexts.checkEligibility,
};

/**
 * A button that sends `{ action }` as the activity's value in Web Chat and, through messageBack, text in Teams.
 *
 * @example
 * submitAction('startOver') // { type: 'Action.Submit', title: 'Start over', data: { action: 'startOver', msteams: {...} } }
 */
export function submitAction(action: CardActionName): SubmitActionJson {
  const { title, text } = cardActionTexts[action];
  return { type: 'Action.Submit', title, data: { action, msteams: { type: 'messageBack', text, displayText: title } } };
}

/** @example openUrlAction('Open the resources gallery', RESOURCES_URL) // { type: 'Action.OpenUrl', title: ..., url: ... } */
export function openUrlAction(title: string, url: string): OpenUrlActionJson {
  return { type: 'Action.OpenUrl', title, url };
}

/** @example textBlock('Hello', { weight: 'bolder' }) // { type: 'TextBlock', text: 'Hello', wrap: true, weight: 'bolder' } */
export function textBlock(text: string, options: Omit<TextBlockJson, 'type' | 'text' | 'wrap'> = {}): TextBlockJson {
  return { type: 'TextBlock', text, wrap: true, ...options };
}

/** A section heading screen readers can jump to. @example heading('Notes') // { type: 'TextBlock', text: 'Notes', style: 'heading', ... } */
export function heading(text: string, options: Omit<TextBlockJson, 'type' | 'text' | 'wrap'> = {}): TextBlockJson {
  return textBlock(text, { style: 'heading', weight: 'bolder', size: 'medium', spacing: 'large', ...options });
}

/** One TextBlock per line, each with a bullet. @example bulletList(['a', 'b']) // [{ text: '• a', ... }, { text: '• b', ... }] */
export function bulletList(lines: readonly string[]): TextBlockJson[] {
  return lines.map((line) => textBlock(`• ${line}`, { spacing: 'small' }));
}

export type StatusColor = 'good' | 'attention' | 'warning';

/**
 * Green for a yes, red for a definite no, amber where an answer or a date stands in the way. Named styles, never
 * hex: Teams and Web Chat map them to their light, dark and high-contrast themes.
 */
export const statusColors: Record<Status, StatusColor> = {
  qualified: 'good',
  'not-qualified': 'attention',
  'not-co-sell-eligible': 'attention',
  undetermined: 'warning',
  'not-in-effect': 'warning',
};

export const outcomeColors: Record<CriterionResult['outcome'], StatusColor> = { met: 'good', 'not-met': 'attention', unknown: 'warning' };

function criterionContainer(criterion: CriterionResult, evaluation: Evaluation): ContainerJson {
  const items: CardElementJson[] = [
    {
      type: 'ColumnSet',
      columns: [
        { type: 'Column', width: 'stretch', items: [textBlock(criterionTitle(criterion), { weight: 'bolder' })] },
        {
          type: 'Column',
          width: 'auto',
          items: [textBlock(capitalize(outcomeLabels[criterion.outcome]), { weight: 'bolder', color: outcomeColors[criterion.outcome] })],
        },
      ],
    },
    textBlock(describeProgressLine(criterion), { fontType: 'monospace', spacing: 'small' }),
    {
      type: 'FactSet',
      spacing: 'small',
      facts: criterion.gaps.map((component) => ({ title: componentLabel(component.metric), value: describeComponent(component, evaluation.metricSources) })),
    },
  ];
  const standing = describeCriterionStanding(criterion);
  if (standing) items.push(textBlock(standing.text, standing.kind === 'gap' ? { color: 'attention', spacing: 'small' } : { isSubtle: true, spacing: 'small' }));
  return { type: 'Container', spacing: 'medium', separator: true, items };
}

/** What "Show all criteria" opens: forecast and trend, every criterion in force, the rules used and the notes. */
function detailsBody(evaluation: Evaluation, options: ResultRenderOptions): CardElementJson[] {
  const body: CardElementJson[] = [];
  if (options.forecast && options.forecast.length > 0) body.push(heading(headings.forecast, { spacing: 'none' }), ...bulletList(options.forecast));
  if (options.chart) body.push(options.chart);
  for (const group of groupByPathway(criteriaInForce(evaluation))) {
    body.push(heading(pathwayHeading(group.pathway), body.length === 0 ? { spacing: 'none' } : {}));
    for (const criterion of group.criteria) body.push(criterionContainer(criterion, evaluation));
  }
  if (evaluation.policy) {
    body.push(heading(headings.rulesUsed), textBlock(describePolicyLine(evaluation, evaluation.policy)), textBlock(describeSourceLine(evaluation.policy), { spacing: 'small' }));
  }
  const notes = generalFindings(evaluation).map(describeFinding);
  if (notes.length > 0) body.push(heading(headings.notes), ...bulletList(notes));
  return body;
}

/**
 * An evaluation as one short Adaptive Card (schema 1.5) for Teams and Web Chat, collapsed by default: the headline,
 * the qualifying or closest route with its exact gap, the next step, what is still needed, and (for a yes) what
 * top tier gives. Every criterion, the rules used and the notes are one tap away under "Show all criteria".
 * Rendered from the Evaluation's facts with the phrase module's words; no rule is recomputed here.
 *
 * @example
 * renderResultCard(evaluateRequest({ asOf: '2026-11-26', azureIpCoSellEligible: true, marketplaceBilledSalesUsd: 3_600_000 }))
 * // { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'Container', items: [{ text: 'Need more answers to tell' }, ...] }], actions: [...] }
 */
export function renderResultCard(evaluation: Evaluation, options: ResultRenderOptions = {}): AdaptiveCardJson {
  const body: CardElementJson[] = [];
  if (options.whatChanged && options.whatChanged.length > 0) {
    body.push({ type: 'Container', items: [textBlock(headings.whatChanged, { weight: 'bolder' }), ...bulletList(options.whatChanged)] });
  }
  body.push({
    type: 'Container',
    style: statusColors[evaluation.status],
    items: [
      // Default text colour on the status-coloured container: coloured text on a coloured fill fails contrast (3.4:1).
      textBlock(describeHeadline(evaluation), { style: 'heading', size: 'large', weight: 'bolder' }),
      // Notices (the PRACR transition from 2026) at headline level, before the route they qualify.
      ...describeNotices(evaluation).map((line) => textBlock(line, { weight: 'bolder', spacing: 'small' })),
      textBlock(describeRoute(evaluation), { spacing: 'small' }),
    ],
  });
  const guidance = [describeResultNextStep(evaluation), describeStillNeeded(evaluation)].filter((line): line is string => Boolean(line));
  for (const line of guidance) body.push(textBlock(line, { weight: 'bolder', spacing: 'small' }));
  const benefits = benefitsToShow(evaluation);
  if (benefits.length > 0) body.push(heading(headings.benefits, { spacing: 'medium' }), ...bulletList(benefits));
  body.push(textBlock(describeWindowLine(evaluation), { isSubtle: true, size: 'small', spacing: 'medium' }));
  body.push(textBlock(describeDisclaimer(evaluation.disclaimer), { isSubtle: true, size: 'small', spacing: 'small' }));
  const actions: CardActionJson[] = [];
  const details = detailsBody(evaluation, options);
  if (details.length > 0) actions.push({ type: 'Action.ShowCard', title: buttonTexts.showCriteria.title, card: { type: 'AdaptiveCard', body: details } });
  actions.push(openUrlAction(buttonTexts.resources.title, evaluation.resourcesUrl), submitAction('whatIf'), submitAction('summary'));
  return {
    $schema: ADAPTIVE_CARD_SCHEMA,
    type: 'AdaptiveCard',
    version: '1.5',
    body,
    actions,
    fallbackText: renderGlanceText(evaluation),
    speak: describeForSpeech(evaluation),
    msteams: { width: 'Full' },
  };
}
