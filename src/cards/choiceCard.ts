import { ADAPTIVE_CARD_SCHEMA } from './resultCard';

export interface ChoiceCardJson {
  $schema: string;
  type: 'AdaptiveCard';
  version: '1.5';
  body: Array<{ type: 'TextBlock'; text: string; wrap: true }>;
  actions: Array<{ type: 'Action.Submit'; title: string; data: { text: string } }>;
  fallbackText: string;
}

/**
 * A question with one button per answer, for Teams. Each button is a plain `Action.Submit` whose data carries the
 * answer's words (`{ text }`, read by `incomingText` as if typed). Not the hero card botbuilder's ChoiceFactory makes
 * (imBack buttons) nor Teams' `msteams.messageBack` submit: the Microsoft 365 Agents Playground, where Teams
 * developers try a bot first, ignores both (0.2.28 shows "Action type imBack is not supported yet", and drops a
 * messageBack submit silently); Teams and the Playground both send a plain submit.
 *
 * @example
 * renderChoiceCard('Are you co-sell eligible?', ['Yes', 'No']).actions[0] // { type: 'Action.Submit', title: 'Yes', … }
 */
export function renderChoiceCard(text: string, choices: readonly string[]): ChoiceCardJson {
  return {
    $schema: ADAPTIVE_CARD_SCHEMA,
    type: 'AdaptiveCard',
    version: '1.5',
    body: [{ type: 'TextBlock', text, wrap: true }],
    actions: choices.map((choice) => ({ type: 'Action.Submit', title: choice, data: { text: choice } })),
    fallbackText: `${text}\n\n${choices.join(' | ')}`,
  };
}
