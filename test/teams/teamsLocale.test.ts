import { MemoryStorage } from 'botbuilder';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { catalogues, currentLocale } from '../../src/i18n';
import { visibleText } from '../support/botHarness';
import { startConnectorStandIn, type ConnectorStandIn } from '../support/connectorStandIn';
import { startLocalApp, type LocalApp } from '../support/localApp';
import { inLocale, PAT, SAM, teams } from './teamsActivities';

const UNSUPPORTED = catalogues.en.chat['language.unsupported']!.split('{')[0]!;
const SWITCHED_DE = catalogues.de.chat['language.switched']!.replace('{language}', 'Deutsch');

let app: LocalApp;
let connector: ConnectorStandIn;
/** The language each turn's replies were made in (read at the dialogs' send, inside the turn). */
const turnLocales: string[] = [];

beforeAll(async () => {
  connector = await startConnectorStandIn();
  app = await startLocalApp({ storage: new MemoryStorage() });
  const SEEN = Symbol('seen');
  app.adapter.use(async (context, next) => {
    context.onSendActivities(async (_context, activities, send) => {
      for (const activity of activities as Array<{ [SEEN]?: true }>) {
        if (activity[SEEN]) continue;
        activity[SEEN] = true;
        turnLocales.push(currentLocale());
      }
      return send();
    });
    await next();
  });
});
beforeEach(() => {
  turnLocales.length = 0;
});
afterAll(async () => {
  await app.close();
  await connector.close();
});

async function turn(activity: Record<string, unknown>): Promise<string[]> {
  const before = connector.posts.length;
  const response = await fetch(`${app.baseUrl}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
  expect(response.status).toBeLessThan(300);
  return connector.posts.slice(before).map((post) => visibleText(post.body));
}

describe('Teams: the user’s client language (activity.locale)', () => {
  it('installed from a German Teams client: the welcome is made in a German turn', async () => {
    const replies = await turn(inLocale(teams.personalInstall(connector.serviceUrl, PAT), 'de-DE'));
    expect(replies.join('\n')).toContain('Azure IP co-sell Top-Tier-Vorteile');
    expect(replies.join('\n')).toContain('Berechtigung prüfen');
    expect(replies.join('\n')).not.toContain('Check eligibility');
    expect(new Set(turnLocales)).toEqual(new Set(['de']));
  });

  it('an activity with only the clientInfo entity’s locale (no activity.locale) is read in that language', async () => {
    const { locale: _dropped, ...withoutLocale } = inLocale(teams.personalMessage(connector.serviceUrl, 'help', PAT), 'fr-FR');
    await turn(withoutLocale);
    expect(new Set(turnLocales)).toEqual(new Set(['fr']));
  });

  it('installed from an Italian Teams client: the English welcome after one sentence saying so; not again on the next message', async () => {
    const install = await turn(inLocale(teams.personalInstall(connector.serviceUrl, SAM), 'it-IT'));
    expect(install[0]).toContain(UNSUPPORTED);
    expect(install[1]).toContain('Azure IP co-sell top-tier benefits');
    const next = await turn(inLocale(teams.personalMessage(connector.serviceUrl, 'help', SAM), 'it-IT'));
    expect(next.join('\n')).not.toContain(UNSUPPORTED);
    expect(next.join('\n')).toContain('I ask a few questions');
  });

  it('a request in an English client switches; uninstalling forgets it with the other answers', async () => {
    const url = connector.serviceUrl;
    expect(await turn(teams.personalMessage(url, 'auf Deutsch bitte', SAM))).toContain(SWITCHED_DE);
    turnLocales.length = 0;
    await turn(teams.personalMessage(url, 'help', SAM));
    expect(new Set(turnLocales)).toEqual(new Set(['de']));
    await turn(teams.personalUninstall(url, SAM));
    turnLocales.length = 0;
    await turn(teams.personalInstall(url, SAM));
    expect(new Set(turnLocales)).toEqual(new Set(['en']));
  });
});
