import type { Activity } from 'botbuilder';
import { detectCommand, recognizeIntent, saysOnlyPlease, type IntentName } from '../src/language';
import { buttonForTitle } from './buttonTitles';
import type { ButtonName } from './messages';

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

// Each button's action; the title that comes back is matched in every language (see `buttonForTitle`).
const buttonActions: Record<ButtonName, Action> = {
  check: 'startCheck',
  criteria: 'criteria',
  help: 'help',
  yes: 'yes',
  no: 'no',
  notSure: 'skip',
  skip: 'skip',
  showResult: 'showResult',
  keepGoing: 'keepGoing',
  reuse: 'reuse',
  fresh: 'startFresh',
  startOver: 'startOver',
  whatIf: 'whatIf',
  realNumbers: 'realNumbers',
  uploadGoOn: 'uploadGoOn',
  sameFigures: 'sameFigures',
  newFigures: 'newFigures',
  uploadFix: 'uploadFix',
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
  const button = buttonForTitle(text);
  return button ? buttonActions[button] : undefined;
}

/**
 * What a message is for: a button's named action first (no text round trip), then the trained intent model.
 * When the model is unsure, the exact command phrasings still count ("what's TTM?").
 */
export async function understand(activity: Partial<Activity>, text: string): Promise<Understanding> {
  const action = buttonAction(activity, text);
  if (action) return { text, action, fromButton: true };
  // "Please" / "por favor" / "お願いします" alone asks for nothing: the models read it as yes or skip.
  if (saysOnlyPlease(text)) return { text, action: 'None', fromButton: false };
  const guess = await recognizeIntent(text);
  if (guess.intent !== 'None') return { text, action: guess.intent, fromButton: false };
  const command = detectCommand(text);
  if (command?.kind === 'glossary') return { text, action: `glossary.${command.term}`, fromButton: false };
  return { text, action: command ? (commandIntents[command.kind] ?? 'None') : 'None', fromButton: false };
}
