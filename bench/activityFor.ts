import type { ScriptTurn } from './conversationScript';

/** How replies travel: in the HTTP response (`expectReplies`), or posted back to the channel's `serviceUrl`. */
export type DeliveryPath = 'expectReplies' | 'normal';

export interface TurnAddress {
  /** Distinct per conversation and per run, so no two runs (or rounds) share state. */
  conversationId: string;
  /** One partner per conversation: the bot keeps per-user answers, and a returning user is offered them again. */
  userId: string;
  activityId: string;
  delivery: DeliveryPath;
  /** The connector stand-in's base URL; replies on the normal path are posted there. */
  serviceUrl: string;
}

/**
 * The Bot Framework activity Web Chat would send for one scripted turn, as a JSON body.
 *
 * @example
 * activityFor({ kind: 'message', text: 'yes' }, { conversationId: 'c-1', userId: 'u-1', activityId: 'c-1-2',
 *   delivery: 'expectReplies', serviceUrl: 'http://127.0.0.1:40000/' })
 */
export function activityFor(turn: ScriptTurn, address: TurnAddress): string {
  const from = { id: address.userId, name: 'Partner' };
  const common = {
    id: address.activityId,
    channelId: 'webchat',
    serviceUrl: address.serviceUrl,
    from,
    recipient: { id: 'bot', name: 'Bot' },
    conversation: { id: address.conversationId },
    ...(address.delivery === 'expectReplies' ? { deliveryMode: 'expectReplies' } : {}),
  };
  const activity = turn.kind === 'join' ? { type: 'conversationUpdate', membersAdded: [from], ...common } : { type: 'message', text: turn.text, ...common };
  return JSON.stringify(activity);
}
