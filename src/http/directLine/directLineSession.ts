/**
 * What the embed page needs to open a chat: a Direct Line token bound to one user and one conversation, and where
 * to use it. The same shape comes from the Azure Direct Line service (production) and from the built-in local
 * endpoint, so the page has a single code path.
 */
export interface DirectLineSession {
  token: string;
  conversationId: string;
  /** Seconds until the token expires; Web Chat refreshes it every 15 minutes, well inside this. */
  expires_in: number;
  /** `dl_` + random: Direct Line reserves the prefix for user ids burnt into a token, so they cannot be forged. */
  userId: string;
  directLine: {
    /** The `/v3/directline` base URL to give Web Chat's `createDirectLine({ domain })`. */
    domain: string;
    /** The Azure service streams over a WebSocket; the local endpoint is polled. */
    webSocket: boolean;
  };
}

/** What the page says about the visitor when it asks for a session. */
export interface SessionRequest {
  /** The browser's language (BCP 47, `navigator.language`), already checked for shape. */
  locale?: string;
}

/** Starts a Direct Line session for one new visitor of the page. */
export type DirectLineSessionSource = (request?: SessionRequest) => Promise<DirectLineSession>;
