/**
 * The Teams app id used when `--allow-placeholder-id` is given and no MicrosoftAppId is set. It is a well-formed GUID
 * (version 4 shape, so the schema's pattern accepts it) that is obviously not a real app registration, so a package
 * built with it can be inspected and sideloaded for a look at the manifest but never talks to a real bot.
 */
export const PLACEHOLDER_TEAMS_APP_ID = '00000000-0000-4000-8000-000000000000';

// The Teams schema's own GUID pattern (definitions.guid), repeated here so the message can name the setting.
const GUID_PATTERN = /^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/;

/** What packaging will use as the Teams app id and bot id, or why it cannot package. */
export type TeamsAppIdChoice =
  | { ok: true; appId: string; usedPlaceholder: boolean }
  | { ok: false; problem: string };

/**
 * Chooses the Teams app id from the bot's MicrosoftAppId. Teams requires a GUID, and the bot id must be the Azure Bot
 * registration's app id, so an empty id is refused unless the caller explicitly accepts the placeholder GUID.
 *
 * @example
 * resolveTeamsAppId({ microsoftAppId: '', allowPlaceholderId: true });
 * // => { ok: true, appId: '00000000-0000-4000-8000-000000000000', usedPlaceholder: true }
 */
export function resolveTeamsAppId(options: { microsoftAppId: string | undefined; allowPlaceholderId: boolean }): TeamsAppIdChoice {
  const microsoftAppId = (options.microsoftAppId ?? '').trim();
  if (microsoftAppId === '') {
    if (options.allowPlaceholderId) {
      return { ok: true, appId: PLACEHOLDER_TEAMS_APP_ID, usedPlaceholder: true };
    }
    return {
      ok: false,
      problem:
        'MicrosoftAppId is empty: set it to the Azure Bot registration\'s app id (a GUID), ' +
        `or pass --allow-placeholder-id to package with the placeholder id ${PLACEHOLDER_TEAMS_APP_ID}.`,
    };
  }
  if (!isGuid(microsoftAppId)) {
    return { ok: false, problem: `MicrosoftAppId "${microsoftAppId}" is not a GUID; Teams app and bot ids must be GUIDs.` };
  }
  return { ok: true, appId: microsoftAppId, usedPlaceholder: false };
}

/**
 * True when the text is a GUID in the 8-4-4-4-12 hexadecimal form Teams accepts.
 *
 * @example
 * isGuid('6f1a3c2e-1b2d-4e5f-8a9b-0c1d2e3f4a5b'); // => true
 */
export function isGuid(text: string): boolean {
  return GUID_PATTERN.test(text);
}
