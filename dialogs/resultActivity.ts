import { ActivityTypes, CardFactory, type Activity } from 'botbuilder';
import { renderResultCard, renderResultText, type ResultRenderOptions } from '../src/cards';
import type { Evaluation } from '../src/eligibility/evaluation';

/** Channels that render Adaptive Cards: the card alone is the answer there, with no full-text twin beside it. */
export const CARD_CHANNELS: ReadonlySet<string> = new Set(['msteams', 'webchat', 'directline', 'emulator']);

/**
 * The result as one message for the channel it goes to. Where cards render, the card alone (its `speak` and
 * `fallbackText` carry the short version), so the channel does not show a wall of text above it; elsewhere the
 * full plain text, which carries every fact of the card.
 *
 * @example
 * await context.sendActivity(resultActivity(context.activity.channelId, evaluation, options));
 */
export function resultActivity(channelId: string, evaluation: Evaluation, options: ResultRenderOptions = {}): Partial<Activity> {
  if (!CARD_CHANNELS.has(channelId)) return { type: ActivityTypes.Message, text: renderResultText(evaluation, options) };
  const card = renderResultCard(evaluation, options);
  return { type: ActivityTypes.Message, attachments: [CardFactory.adaptiveCard(card)], speak: card.speak };
}
