/**
 * Activities shaped as Microsoft Teams sends them to a bot (Teams platform docs, "Conversation events in your Teams
 * bot" and "installationUpdate"): ids with their Teams prefixes (`28:` bots, `29:` users, `a:` personal chats,
 * `19:…@thread.tacv2` team channels, `19:…@thread.v2` group chats), the tenant in both `conversation` and
 * `channelData`, and `eventType` for team membership. Only the `serviceUrl` is ours: replies go to a loopback stand-in.
 */
export const TENANT_ID = '72f988bf-86f1-41af-91ab-2d7cd011db47';
export const BOT = { id: '28:7f3c2a1e-0c4b-4d8e-9a55-3c1d2e4f6a7b', name: 'Co-sell eligibility' };
export const PAT = { id: '29:1GcS4EyB_oSI8A88XmWBN7NJFyMqe3QGnJdgLfFGkJnVelzRGos0bPbpsfJjcbAD22bmKc4GMbrY2g4JDrrA8vM06X1-cHHle4zOE6U4ttcc', name: 'Pat Kim', aadObjectId: '8a6c1b62-3a3e-4f0f-9f4a-2c1d5e7b9a01' };
export const SAM = { id: '29:1Ry8N9wq7x6-dfyzS3RwZ7xPrZfDkq8fNw3A8hJ4xPz0WQk9Tn0b5Gm6T2EYhUoO7cLq9yVvQ1sK4uX2cJ3dA5', name: 'Sam Ortiz', aadObjectId: 'c41e0b7d-6d2b-4a5e-8b1c-7f9e3a2d6b44' };
const TEAM_CHANNEL = '19:8e2c4f6a1b3d4e5f9a7b6c5d4e3f2a1b@thread.tacv2';
const GROUP_CHAT = '19:meeting_ZTk5Y2E4NzItMWQ3OS00YjE5LWE3N2EtYzg1ZjIyNmQ5YjFm@thread.v2';

type Person = typeof PAT;
let sequence = 0;

function envelope(serviceUrl: string, from: Person, conversation: { id: string; conversationType: string; isGroup?: boolean }, channelData: Record<string, unknown>) {
  sequence += 1;
  return {
    id: `f:${String(sequence).padStart(19, '0')}`,
    timestamp: '2026-11-26T10:00:00.000Z',
    localTimestamp: '2026-11-26T10:00:00.000+00:00',
    channelId: 'msteams',
    serviceUrl,
    from: { id: from.id, name: from.name, aadObjectId: from.aadObjectId },
    recipient: BOT,
    conversation: { tenantId: TENANT_ID, ...conversation },
    channelData: { tenant: { id: TENANT_ID }, ...channelData },
    locale: 'en-US',
    entities: [{ type: 'clientInfo', locale: 'en-US', country: 'US', platform: 'Web', timezone: 'Europe/London' }],
  };
}

/**
 * The same activity from a Teams client set to another language: Teams puts the user's language in `locale` and
 * in the `clientInfo` entity.
 *
 * @example
 * inLocale(teams.personalMessage(serviceUrl, 'help'), 'de-DE')
 */
export function inLocale<T extends { entities: Array<Record<string, unknown>> }>(activity: T, locale: string): T & { locale: string } {
  return { ...activity, locale, entities: activity.entities.map((entity) => (entity.type === 'clientInfo' ? { ...entity, locale } : entity)) };
}

/** Each person's one-to-one chat with the bot has its own `a:` id. */
const personalChatOf = (person: Person) => ({ conversationType: 'personal', id: `a:1pL6KdH4w0S-3E2xYcVfZ0_${person.aadObjectId.replaceAll('-', '')}` });
const teamChannel = { isGroup: true, conversationType: 'channel', id: TEAM_CHANNEL };
const teamData = { team: { id: TEAM_CHANNEL, name: 'Contoso partner team', aadGroupId: '02ce3874-dd86-41ba-bddc-013f34019978' } };
const groupChat = { isGroup: true, conversationType: 'groupChat', id: GROUP_CHAT };

export const teams = {
  /** Installed in personal scope: Teams sends this conversationUpdate with the bot as the member added... */
  personalInstallMembersAdded: (serviceUrl: string, by: Person = PAT) => ({ ...envelope(serviceUrl, by, personalChatOf(by), {}), type: 'conversationUpdate', membersAdded: [{ id: BOT.id }] }),
  /** ...and this installationUpdate, in either order. */
  personalInstall: (serviceUrl: string, by: Person = PAT) => ({ ...envelope(serviceUrl, by, personalChatOf(by), { source: { name: 'message' } }), type: 'installationUpdate', action: 'add' }),
  personalUninstall: (serviceUrl: string, by: Person = PAT) => ({ ...envelope(serviceUrl, by, personalChatOf(by), {}), type: 'installationUpdate', action: 'remove' }),
  /** The app was upgraded to a new version: not a new install. */
  personalUpgrade: (serviceUrl: string, by: Person = PAT) => ({ ...envelope(serviceUrl, by, personalChatOf(by), {}), type: 'installationUpdate', action: 'add-upgrade' }),
  personalMessage: (serviceUrl: string, text: string, by: Person = PAT) => ({ ...envelope(serviceUrl, by, personalChatOf(by), {}), type: 'message', text, textFormat: 'plain' }),

  /** Added to a team: the bot joins the team's General channel (conversation id = team id). */
  teamInstallMembersAdded: (serviceUrl: string, by: Person = PAT) => ({ ...envelope(serviceUrl, by, teamChannel, { ...teamData, eventType: 'teamMemberAdded' }), type: 'conversationUpdate', membersAdded: [{ id: BOT.id }] }),
  teamInstall: (serviceUrl: string, by: Person = PAT) => ({
    ...envelope(serviceUrl, by, teamChannel, { ...teamData, channel: { id: TEAM_CHANNEL }, settings: { selectedChannel: { id: TEAM_CHANNEL } }, source: { name: 'message' } }),
    type: 'installationUpdate',
    action: 'add',
  }),
  /** A person joins a team the bot is already in. */
  personJoinsTeam: (serviceUrl: string, joiner: Person, by: Person = PAT) => ({ ...envelope(serviceUrl, by, teamChannel, { ...teamData, eventType: 'teamMemberAdded' }), type: 'conversationUpdate', membersAdded: [{ id: joiner.id, aadObjectId: joiner.aadObjectId }] }),
  teamRemove: (serviceUrl: string, by: Person = PAT) => ({ ...envelope(serviceUrl, by, teamChannel, { ...teamData, eventType: 'teamMemberRemoved' }), type: 'conversationUpdate', membersRemoved: [{ id: BOT.id }] }),

  groupChatAdd: (serviceUrl: string, by: Person = PAT) => ({ ...envelope(serviceUrl, by, groupChat, {}), type: 'conversationUpdate', membersAdded: [{ id: BOT.id }] }),
  /** In a group chat or channel people @mention the bot; Teams puts the tag in the text and a mention entity. */
  groupChatMessage: (serviceUrl: string, text: string, by: Person) => {
    const base = envelope(serviceUrl, by, groupChat, {});
    return {
      ...base,
      type: 'message',
      text: `<at>${BOT.name}</at> ${text}`,
      textFormat: 'plain',
      entities: [...base.entities, { type: 'mention', text: `<at>${BOT.name}</at>`, mentioned: BOT }],
    };
  },
};
