import type { Activity } from 'botbuilder';
import { detectCommand, recognizeIntent, type IntentName } from '../src/language';
import { messages } from './messages';

/** Card buttons that are not intents of their own: they answer the prompt that showed them. */
export type ButtonAction = 'showResult' | 'keepGoing' | 'startFresh' | 'uploadGoOn' | 'uploadFix' | 'sameFigures' | 'newFigures';
export type Action = IntentName | ButtonAction;

export interface Understanding {
  text: string;
  action: Action;
  /** True when a button sent it: no text parsing applies. */
  fromButton: boolean;
}

// Adaptive Card submits send `{ action }`; choice buttons send their title. Both arrive here as named actions.
const submitActions: Record<string, Action> = {
  startOver: 'startOver',
  whatIf: 'whatIf',
  summary: 'summary',
  checkEligibility: 'startCheck',
  criteria: 'criteria',
  help: 'help',
  reuse: 'reuse',
  realNumbers: 'realNumbers',
};

const buttonTitles: Record<string, Action> = {
  [messages.buttons.check]: 'startCheck',
  [messages.buttons.criteria]: 'criteria',
  [messages.buttons.help]: 'help',
  [messages.buttons.yes]: 'yes',
  [messages.buttons.no]: 'no',
  [messages.buttons.notSure]: 'skip',
  [messages.buttons.skip]: 'skip',
  [messages.buttons.showResult]: 'showResult',
  [messages.buttons.keepGoing]: 'keepGoing',
  [messages.buttons.reuse]: 'reuse',
  [messages.buttons.fresh]: 'startFresh',
  [messages.buttons.startOver]: 'startOver',
  [messages.buttons.whatIf]: 'whatIf',
  [messages.buttons.realNumbers]: 'realNumbers',
  [messages.upload.goOn]: 'uploadGoOn',
  [messages.buttons.sameFigures]: 'sameFigures',
  [messages.buttons.newFigures]: 'newFigures',
  [messages.upload.fix]: 'uploadFix',
};

const commandIntents: Record<string, IntentName> = {
  help: 'help', cancel: 'cancel', startOver: 'startOver', back: 'back', skip: 'skip', criteria: 'criteria',
  summary: 'summary', rules: 'rules', checkEligibility: 'startCheck', reuse: 'reuse',
};

function buttonAction(activity: Partial<Activity>, text: string): Action | undefined {
  const value = activity.value as { action?: unknown } | undefined;
  if (value && typeof value === 'object' && typeof value.action === 'string' && Object.hasOwn(submitActions, value.action)) {
    return submitActions[value.action];
  }
  return Object.hasOwn(buttonTitles, text) ? buttonTitles[text] : undefined;
}

/**
 * What a message is for: a button's named action first (no text round trip), then the trained intent model.
 * When the model is unsure, the exact command phrasings still count ("what's TTM?").
 */
export async function understand(activity: Partial<Activity>, text: string): Promise<Understanding> {
  const action = buttonAction(activity, text);
  if (action) return { text, action, fromButton: true };
  const guess = await recognizeIntent(text);
  if (guess.intent !== 'None') return { text, action: guess.intent, fromButton: false };
  const command = detectCommand(text);
  if (command?.kind === 'glossary') return { text, action: `glossary.${command.term}`, fromButton: false };
  return { text, action: command ? (commandIntents[command.kind] ?? 'None') : 'None', fromButton: false };
}
