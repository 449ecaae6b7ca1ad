import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * Two independent checks of a card: our own walk against the Adaptive Cards 1.5 schema's element and property
 * names, and the parser Web Chat itself renders with (adaptivecards, as bundled by botframework-webchat), which
 * reports unknown types and invalid property values.
 */

/** The elements our cards may use: the 1.5 schema's layout and text elements that Teams and Web Chat both render. */
export const ALLOWED_ELEMENT_TYPES = new Set(['TextBlock', 'FactSet', 'ColumnSet', 'Column', 'Container', 'ActionSet', 'Image']);
export const ALLOWED_ACTION_TYPES = new Set(['Action.OpenUrl', 'Action.Submit', 'Action.ShowCard']);

const commonElementProperties = ['type', 'id', 'spacing', 'separator', 'height', 'isVisible', 'requires', 'fallback'];
/** Property names per type, from the Adaptive Cards 1.5 schema (adaptivecards.io/explorer). */
const allowedProperties: Record<string, Set<string>> = {
  // `msteams` is Teams' documented extension (msteams.width "Full"); other hosts ignore it.
  AdaptiveCard: new Set(['type', '$schema', 'version', 'body', 'actions', 'fallbackText', 'speak', 'lang', 'selectAction', 'minHeight', 'verticalContentAlignment', 'rtl', 'backgroundImage', 'msteams']),
  TextBlock: new Set([...commonElementProperties, 'text', 'color', 'fontType', 'horizontalAlignment', 'isSubtle', 'maxLines', 'size', 'weight', 'wrap', 'style']),
  FactSet: new Set([...commonElementProperties, 'facts']),
  Container: new Set([...commonElementProperties, 'items', 'selectAction', 'style', 'verticalContentAlignment', 'bleed', 'backgroundImage', 'minHeight', 'rtl']),
  ColumnSet: new Set([...commonElementProperties, 'columns', 'selectAction', 'style', 'bleed', 'minHeight', 'horizontalAlignment']),
  Column: new Set([...commonElementProperties, 'items', 'backgroundImage', 'bleed', 'minHeight', 'rtl', 'selectAction', 'style', 'verticalContentAlignment', 'width']),
  ActionSet: new Set([...commonElementProperties, 'actions']),
  Image: new Set([...commonElementProperties, 'url', 'altText', 'backgroundColor', 'horizontalAlignment', 'selectAction', 'size', 'style', 'width']),
  'Action.OpenUrl': new Set(['type', 'title', 'iconUrl', 'id', 'style', 'fallback', 'tooltip', 'isEnabled', 'mode', 'requires', 'url']),
  'Action.Submit': new Set(['type', 'title', 'iconUrl', 'id', 'style', 'fallback', 'tooltip', 'isEnabled', 'mode', 'requires', 'data', 'associatedInputs']),
  'Action.ShowCard': new Set(['type', 'title', 'iconUrl', 'id', 'style', 'fallback', 'tooltip', 'isEnabled', 'mode', 'requires', 'card']),
  Fact: new Set(['title', 'value']),
};

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function unexpectedProperties(node: Json, kind: string, where: string): string[] {
  const allowed = allowedProperties[kind];
  if (!allowed) return [`${where}: no property list for ${kind}`];
  return Object.keys(node)
    .filter((key) => !allowed.has(key))
    .map((key) => `${where}: ${kind} has no property "${key}" in schema 1.5`);
}

/** Every problem found walking the card: unknown element or action types, unknown properties, unwrapped text. */
export function schemaProblems(card: unknown): string[] {
  const problems: string[] = [];
  if (!isObject(card)) return ['the card is not an object'];
  if (card.type !== 'AdaptiveCard') problems.push('type is not AdaptiveCard');
  if (card.version !== '1.5') problems.push(`version is ${String(card.version)}, not 1.5`);
  if (typeof card.$schema !== 'string') problems.push('no $schema');
  problems.push(...unexpectedProperties(card, 'AdaptiveCard', 'card'));

  const walkAction = (action: unknown, where: string) => {
    if (!isObject(action) || typeof action.type !== 'string' || !ALLOWED_ACTION_TYPES.has(action.type)) {
      problems.push(`${where}: action type ${String(isObject(action) ? action.type : action)} is not allowed`);
      return;
    }
    if (typeof action.title !== 'string' || action.title === '') problems.push(`${where}: action without a title`);
    problems.push(...unexpectedProperties(action, action.type, where));
    if (action.type === 'Action.ShowCard') {
      const inner = action.card;
      if (!isObject(inner) || inner.type !== 'AdaptiveCard' || !Array.isArray(inner.body) || inner.body.length === 0) problems.push(`${where}: ShowCard without a card body`);
      else inner.body.forEach((element, index) => walkElement(element, `${where}.card.body[${index}]`));
    }
  };
  const walkElement = (element: unknown, where: string) => {
    if (!isObject(element) || typeof element.type !== 'string' || !ALLOWED_ELEMENT_TYPES.has(element.type)) {
      problems.push(`${where}: element type ${String(isObject(element) ? element.type : element)} is not allowed`);
      return;
    }
    problems.push(...unexpectedProperties(element, element.type, where));
    if (element.type === 'TextBlock') {
      if (element.wrap !== true) problems.push(`${where}: TextBlock without wrap: true`);
      if (typeof element.text !== 'string' || element.text.trim() === '') problems.push(`${where}: TextBlock without text`);
    }
    if (element.type === 'FactSet') {
      const facts = Array.isArray(element.facts) ? element.facts : [];
      if (facts.length === 0) problems.push(`${where}: empty FactSet`);
      facts.forEach((fact, index) => {
        if (!isObject(fact) || typeof fact.title !== 'string' || typeof fact.value !== 'string') problems.push(`${where}.facts[${index}]: fact is not { title, value }`);
        else problems.push(...unexpectedProperties(fact, 'Fact', `${where}.facts[${index}]`));
      });
    }
    const children = element.type === 'ColumnSet' ? element.columns : element.items;
    if ((element.type === 'Container' || element.type === 'Column' || element.type === 'ColumnSet') && (!Array.isArray(children) || children.length === 0)) {
      problems.push(`${where}: ${element.type} with no children`);
    }
    if (Array.isArray(children)) children.forEach((child, index) => walkElement(child, `${where}.${element.type === 'ColumnSet' ? 'columns' : 'items'}[${index}]`));
    if (element.type === 'ActionSet' && Array.isArray(element.actions)) element.actions.forEach((action, index) => walkAction(action, `${where}.actions[${index}]`));
  };

  if (!Array.isArray(card.body) || card.body.length === 0) problems.push('empty body');
  else card.body.forEach((element, index) => walkElement(element, `body[${index}]`));
  if (Array.isArray(card.actions)) card.actions.forEach((action, index) => walkAction(action, `actions[${index}]`));
  return problems;
}

/** Every element and action in the card, depth first, so a test can find them by type. */
export function allNodes(card: unknown): Json[] {
  const nodes: Json[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (isObject(value)) {
      if (typeof value.type === 'string') nodes.push(value);
      for (const [key, child] of Object.entries(value)) if (key !== 'data') visit(child);
    }
  };
  visit(card);
  return nodes;
}

/** The card as it first shows: what "Show all criteria" (an Action.ShowCard) opens is left out. */
export function collapsed(card: unknown): unknown {
  if (!isObject(card)) return card;
  return { ...card, actions: Array.isArray(card.actions) ? card.actions.filter((action) => !isObject(action) || action.type !== 'Action.ShowCard') : card.actions };
}

/** The card a ShowCard button opens, or undefined. */
export function shownCard(card: unknown): Json | undefined {
  if (!isObject(card) || !Array.isArray(card.actions)) return undefined;
  const action = card.actions.find((candidate) => isObject(candidate) && candidate.type === 'Action.ShowCard') as Json | undefined;
  return action && isObject(action.card) ? action.card : undefined;
}

/** What a person sees on the card: every TextBlock and fact, in order. The fallback text is left out on purpose. */
export function visibleText(card: unknown): string {
  const parts: string[] = [];
  for (const node of allNodes(card)) {
    if (node.type === 'TextBlock') parts.push(String(node.text));
    if (node.type === 'FactSet' && Array.isArray(node.facts)) {
      for (const fact of node.facts as Array<{ title: string; value: string }>) parts.push(`${fact.title}: ${fact.value}`);
    }
  }
  return parts.join('\n');
}

interface ParserEvent {
  message: string;
}
interface AdaptiveCardsModule {
  AdaptiveCard: new () => { parse(json: unknown, context: unknown): void };
  SerializationContext: new (version?: unknown) => { eventCount: number; getEventAt(index: number): ParserEvent };
  Versions: { v1_5: unknown };
}

/** The adaptivecards build Web Chat bundles, loaded from where Web Chat resolves it. */
function loadWebChatAdaptiveCards(): AdaptiveCardsModule {
  const fromHere = createRequire(path.join(__dirname, 'adaptiveCardRules.ts'));
  const fromWebChat = createRequire(fromHere.resolve('botframework-webchat'));
  const packageJson = fromWebChat.resolve('adaptivecards/package.json');
  // The package's `lib` is ESM without file extensions; its UMD bundle loads in Node as is.
  return fromHere(path.join(path.dirname(packageJson), 'dist', 'adaptivecards.js')) as AdaptiveCardsModule;
}

let adaptiveCards: AdaptiveCardsModule | undefined;

/** What Web Chat's Adaptive Cards parser complains about when it reads the card targeting schema 1.5. */
export function webChatParserWarnings(card: unknown): string[] {
  adaptiveCards ??= loadWebChatAdaptiveCards();
  const parsed = new adaptiveCards.AdaptiveCard();
  const context = new adaptiveCards.SerializationContext(adaptiveCards.Versions.v1_5);
  parsed.parse(card, context);
  const warnings: string[] = [];
  for (let index = 0; index < context.eventCount; index += 1) warnings.push(context.getEventAt(index).message);
  return warnings;
}
