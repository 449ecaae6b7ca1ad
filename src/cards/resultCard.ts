import { describeNotices } from './notices';
import type { CriterionResult, Evaluation } from '../eligibility/evaluation';
import {
  capitalize,
  componentLabel,
  describeAnswersNeeded,
  describeClosestRoute,
  describeComponent,
  describeCriterionStanding,
  describeForSpeech,
  describePolicyLine,
  describeProgress,
  describeSourceLine,
  describeStatus,
  describeWindowLine,
  generalNotes,
  groupByPathway,
  outcomeColors,
  outcomeLabels,
  pathwayHeading,
  renderResultText,
  statusColors,
  type ResultRenderOptions,
} from './resultText';

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

export type CardActionJson = OpenUrlActionJson | SubmitActionJson;

export interface AdaptiveCardJson {
  $schema: string;
  type: 'AdaptiveCard';
  version: '1.5';
  body: CardElementJson[];
  actions: CardActionJson[];
  /** Shown by clients that cannot render the card; every fact of the card is in it. */
  fallbackText: string;
  speak: string;
}

export const ADAPTIVE_CARD_SCHEMA = 'http://adaptivecards.io/schemas/adaptive-card.json';

/** The actions a card button can ask the bot for; dialogs read `activity.value.action`. */
export type CardActionName = 'startOver' | 'whatIf' | 'summary' | 'checkEligibility';

/** The button titles, and the text Teams posts for each (the bot can match either the value or the text). */
export const cardActionTexts: Record<CardActionName, { title: string; text: string }> = {
  startOver: { title: 'Start over', text: 'start over' },
  whatIf: { title: 'Try a what-if', text: 'what if' },
  summary: { title: 'Summary for email', text: 'summary' },
  checkEligibility: { title: 'Check my eligibility', text: 'check my eligibility' },
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

function criterionContainer(criterion: CriterionResult, evaluation: Evaluation): ContainerJson {
  const items: CardElementJson[] = [
    {
      type: 'ColumnSet',
      columns: [
        { type: 'Column', width: 'stretch', items: [textBlock(criterion.title, { weight: 'bolder' })] },
        {
          type: 'Column',
          width: 'auto',
          items: [textBlock(capitalize(outcomeLabels[criterion.outcome]), { weight: 'bolder', color: outcomeColors[criterion.outcome] })],
        },
      ],
    },
    textBlock(`Progress: ${describeProgress(criterion)}`, { fontType: 'monospace', spacing: 'small' }),
    {
      type: 'FactSet',
      spacing: 'small',
      facts: criterion.gaps.map((component) => ({
        title: componentLabel(component.metric),
        value: describeComponent(component, evaluation.metricSources),
      })),
    },
  ];
  const standing = describeCriterionStanding(criterion);
  if (standing) items.push(textBlock(standing.text, standing.kind === 'gap' ? { color: 'attention', spacing: 'small' } : { isSubtle: true, spacing: 'small' }));
  return { type: 'Container', spacing: 'medium', separator: true, items };
}

/**
 * An evaluation as an Adaptive Card (schema 1.5) for Teams and Web Chat: the status, every criterion with its
 * progress and its facts, the closest gap, the window, the policy version and the disclaimer. Rendered from the
 * Evaluation's facts only; no rule is recomputed here.
 *
 * @example
 * renderResultCard(evaluateRequest({ asOf: '2026-11-26', azureIpCoSellEligible: true, marketplaceBilledSalesUsd: 3_600_000 }))
 * // { type: 'AdaptiveCard', version: '1.5', body: [{ text: 'Not yet: closest route is ...' }, ...], actions: [...] }
 */
export function renderResultCard(evaluation: Evaluation, options: ResultRenderOptions = {}): AdaptiveCardJson {
  const body: CardElementJson[] = [
    {
      type: 'Container',
      style: statusColors[evaluation.status],
      items: [
        // Default text colour on the status-coloured container: coloured text on a coloured fill fails contrast (3.4:1).
        textBlock(describeStatus(evaluation), { style: 'heading', size: 'large', weight: 'bolder' }),
        textBlock(describeWindowLine(evaluation), { spacing: 'small' }),
        ...describeNotices(evaluation).map((line) => textBlock(line, { weight: 'bolder', spacing: 'small' })),
      ],
    },
  ];
  if (options.whatChanged && options.whatChanged.length > 0) {
    body.push({ type: 'Container', items: [textBlock('What changed', { weight: 'bolder' }), ...bulletList(options.whatChanged)] });
  }
  body.push(textBlock(evaluation.explanation));
  const guidance = [describeClosestRoute(evaluation), describeAnswersNeeded(evaluation)].filter((line): line is string => Boolean(line));
  if (guidance.length > 0) body.push({ type: 'Container', style: 'emphasis', items: guidance.map((line) => textBlock(line, { weight: 'bolder' })) });
  if (options.forecast && options.forecast.length > 0) {
    body.push({ type: 'Container', items: [textBlock('Forecast from your transactions', { weight: 'bolder' }), ...bulletList(options.forecast)] });
  }
  if (options.chart) body.push(options.chart);
  for (const group of groupByPathway(evaluation.criteria)) {
    body.push(heading(pathwayHeading(group.pathway)));
    for (const criterion of group.criteria) body.push(criterionContainer(criterion, evaluation));
  }
  if (evaluation.policy) {
    body.push(heading('Rules used'), textBlock(describePolicyLine(evaluation, evaluation.policy)), textBlock(describeSourceLine(evaluation.policy), { spacing: 'small' }));
  }
  const notes = generalNotes(evaluation);
  if (notes.length > 0) body.push(heading('Notes'), ...bulletList(notes));
  body.push(textBlock(evaluation.disclaimer, { isSubtle: true, size: 'small', spacing: 'large', separator: true }));
  return {
    $schema: ADAPTIVE_CARD_SCHEMA,
    type: 'AdaptiveCard',
    version: '1.5',
    body,
    actions: [
      openUrlAction('Open the resources gallery', evaluation.resourcesUrl),
      submitAction('startOver'),
      submitAction('whatIf'),
      submitAction('summary'),
    ],
    fallbackText: renderResultText(evaluation, options),
    speak: describeForSpeech(evaluation),
  };
}
