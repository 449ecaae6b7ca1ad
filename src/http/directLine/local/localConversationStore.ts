import { randomBytes } from 'node:crypto';
import { mintLocalToken, readClaimedConversationId, sameToken } from './localToken';

/** An activity as the channel stores it: whatever the sender put in, plus the channel's own id and timestamp. */
export type ChannelActivity = Record<string, unknown> & { type: string; id: string; timestamp: string };

export interface LocalConversationLimits {
  /** Beyond this the least recently active conversation is dropped (its page then sees "conversation ended"). */
  maxConversations: number;
  /** Beyond this a conversation's oldest activities are dropped; clients already past them never notice. */
  maxActivitiesPerConversation: number;
  tokenLifetimeSeconds: number;
  /**
   * Uploaded files a conversation keeps in memory; beyond this its oldest files are dropped (the bot has long
   * fetched them by then). Must be at least one whole upload, so the newest upload always stays.
   */
  maxAttachmentBytesPerConversation: number;
  /** Uploaded files all conversations keep together; beyond this the least recently active lose theirs first. */
  maxAttachmentBytesInAll: number;
}

export const DEFAULT_LOCAL_CONVERSATION_LIMITS: LocalConversationLimits = {
  maxConversations: 500,
  maxActivitiesPerConversation: 500,
  // Direct Line's own tokens last an hour; Web Chat refreshes every 15 minutes, so three refreshes fit.
  tokenLifetimeSeconds: 3600,
  // Two full uploads (6 MB each) per conversation; a dozen across the process, so memory stays bounded.
  maxAttachmentBytesPerConversation: 12 * 1024 * 1024,
  maxAttachmentBytesInAll: 64 * 1024 * 1024,
};

/** A file uploaded in a conversation, served back (to the bot) at an unguessable URL until it is evicted. */
export interface StoredAttachment {
  readonly id: string;
  readonly name: string;
  readonly contentType: string;
  readonly bytes: Buffer;
}

interface IssuedToken {
  token: string;
  expiresAtMs: number;
}

export interface LocalConversation {
  readonly id: string;
  readonly userId: string;
  /** The browser's language the page asked with: the join activity carries it, so the welcome is in it. */
  readonly locale?: string;
  /** Whether a client has opened it (and the bot been told the user joined). */
  started: boolean;
  /** The newest token and the one it replaced: a refresh must not break a request already in flight. */
  tokens: IssuedToken[];
  /** The stream clients poll; `position` is what a watermark counts. */
  stream: { position: number; activity: ChannelActivity }[];
  lastPosition: number;
  lastActivityNumber: number;
  /** Uploaded files by id, oldest first. */
  attachments: Map<string, StoredAttachment>;
  attachmentBytes: number;
}

export type Authentication =
  | { outcome: 'ok'; conversation: LocalConversation; expiresInSeconds: number }
  | { outcome: 'unknownConversation' }
  | { outcome: 'forbidden' };

/**
 * The local Direct Line endpoint's memory: conversations, their tokens and their activity streams, bounded so a
 * page left open (or a script hammering the endpoint) cannot grow the process without limit.
 */
export class LocalConversationStore {
  private readonly conversations = new Map<string, LocalConversation>();
  private attachmentBytesInAll = 0;

  constructor(
    private readonly limits: LocalConversationLimits = DEFAULT_LOCAL_CONVERSATION_LIMITS,
    private readonly now: () => number = Date.now,
  ) {}

  get size(): number {
    return this.conversations.size;
  }

  /** Opens a conversation for one user and issues its first token. */
  open(userId: string, locale?: string): { conversation: LocalConversation; token: string } {
    const conversation: LocalConversation = {
      id: randomBytes(18).toString('base64url'),
      userId,
      ...(locale ? { locale } : {}),
      started: false,
      tokens: [],
      stream: [],
      lastPosition: 0,
      lastActivityNumber: 0,
      attachments: new Map(),
      attachmentBytes: 0,
    };
    this.conversations.set(conversation.id, conversation);
    this.evictBeyondLimit();
    return { conversation, token: this.issueToken(conversation) };
  }

  /** The conversation a request's URL names, if the token presented is one of its live tokens. */
  authenticate(conversationId: string, presentedToken: string | undefined): Authentication {
    const conversation = this.conversations.get(conversationId);
    if (!conversation) return { outcome: 'unknownConversation' };
    const nowMs = this.now();
    const match = conversation.tokens.find(
      (issued) => presentedToken !== undefined && issued.expiresAtMs > nowMs && sameToken(presentedToken, issued.token),
    );
    if (!match) return { outcome: 'forbidden' };
    return { outcome: 'ok', conversation, expiresInSeconds: Math.floor((match.expiresAtMs - nowMs) / 1000) };
  }

  /** For routes whose URL names no conversation (start, refresh): the token says which, then must match it. */
  authenticateToken(presentedToken: string | undefined): Authentication {
    const conversationId = presentedToken === undefined ? undefined : readClaimedConversationId(presentedToken);
    if (conversationId === undefined) return { outcome: 'forbidden' };
    const authentication = this.authenticate(conversationId, presentedToken);
    return authentication.outcome === 'unknownConversation' ? { outcome: 'forbidden' } : authentication;
  }

  find(conversationId: string): LocalConversation | undefined {
    return this.conversations.get(conversationId);
  }

  /** A new token for the conversation; the previous one stays valid until it expires on its own. */
  issueToken(conversation: LocalConversation): string {
    const expiresAtMs = this.now() + this.limits.tokenLifetimeSeconds * 1000;
    const token = mintLocalToken({ user: conversation.userId, conv: conversation.id, exp: Math.floor(expiresAtMs / 1000) });
    conversation.tokens = [{ token, expiresAtMs }, ...conversation.tokens].slice(0, 2);
    return token;
  }

  get tokenLifetimeSeconds(): number {
    return this.limits.tokenLifetimeSeconds;
  }

  /** A Direct Line style activity id, `<conversation>|<number>`, unique within the conversation. */
  nextActivityId(conversation: LocalConversation): string {
    conversation.lastActivityNumber += 1;
    return `${conversation.id}|${String(conversation.lastActivityNumber).padStart(7, '0')}`;
  }

  /** Stamps an activity with an id and the channel's timestamp and appends it to the stream clients poll. */
  append(conversation: LocalConversation, activity: Record<string, unknown> & { type: string }, id?: string): ChannelActivity {
    const stored: ChannelActivity = {
      ...activity,
      id: id ?? this.nextActivityId(conversation),
      timestamp: new Date(this.now()).toISOString(),
    };
    conversation.lastPosition += 1;
    conversation.stream.push({ position: conversation.lastPosition, activity: stored });
    if (conversation.stream.length > this.limits.maxActivitiesPerConversation) conversation.stream.shift();
    this.markActive(conversation);
    return stored;
  }

  /** Whether an activity with this id is still in the stream (an update must name one). */
  contains(conversation: LocalConversation, activityId: string): boolean {
    return conversation.stream.some((entry) => entry.activity.id === activityId);
  }

  /**
   * The activities after a watermark and the watermark to send next time. A watermark is the stream position
   * of the last activity the client has; Direct Line sends it as a string.
   */
  activitiesAfter(conversation: LocalConversation, watermark: number): { activities: ChannelActivity[]; watermark: string } {
    const newer = conversation.stream.filter((entry) => entry.position > watermark);
    const last = newer.at(-1)?.position ?? Math.max(watermark, 0);
    return { activities: newer.map((entry) => entry.activity), watermark: String(last) };
  }

  /**
   * Keeps an uploaded file in the conversation under a new random id (144 bits: its URL needs no token, so the id
   * is what must not be guessed), then drops the oldest files over the limits.
   */
  addAttachment(conversation: LocalConversation, file: { name: string; contentType: string; bytes: Buffer }): StoredAttachment {
    const attachment: StoredAttachment = { id: randomBytes(18).toString('base64url'), ...file };
    conversation.attachments.set(attachment.id, attachment);
    conversation.attachmentBytes += file.bytes.length;
    this.attachmentBytesInAll += file.bytes.length;
    this.markActive(conversation);
    this.dropOldestAttachmentsWhile(conversation, () => conversation.attachmentBytes > this.limits.maxAttachmentBytesPerConversation);
    // Least recently active first; this conversation, just marked active, comes last.
    for (const candidate of this.conversations.values()) {
      this.dropOldestAttachmentsWhile(candidate, () => this.attachmentBytesInAll > this.limits.maxAttachmentBytesInAll);
    }
    return attachment;
  }

  /** A file by the conversation and id its URL names; a file of another conversation is not found. */
  findAttachment(conversationId: string, attachmentId: string): StoredAttachment | undefined {
    return this.conversations.get(conversationId)?.attachments.get(attachmentId);
  }

  /** The bytes of uploaded files held across all conversations. */
  get attachmentBytes(): number {
    return this.attachmentBytesInAll;
  }

  private dropOldestAttachmentsWhile(conversation: LocalConversation, overLimit: () => boolean): void {
    for (const oldest of conversation.attachments.values()) {
      if (!overLimit()) return;
      conversation.attachments.delete(oldest.id);
      conversation.attachmentBytes -= oldest.bytes.length;
      this.attachmentBytesInAll -= oldest.bytes.length;
    }
  }

  private markActive(conversation: LocalConversation): void {
    // A Map iterates in insertion order; re-inserting keeps the least recently active conversation first.
    this.conversations.delete(conversation.id);
    this.conversations.set(conversation.id, conversation);
  }

  private evictBeyondLimit(): void {
    while (this.conversations.size > this.limits.maxConversations) {
      const oldest = this.conversations.values().next().value;
      if (oldest === undefined) return;
      this.conversations.delete(oldest.id);
      // Its files go with it.
      this.attachmentBytesInAll -= oldest.attachmentBytes;
    }
  }
}
