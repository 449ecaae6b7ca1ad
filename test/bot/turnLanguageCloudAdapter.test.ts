import type { Activity } from 'botbuilder';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { catalogues, currentLocale } from '../../src/i18n';
import { startConnectorStandIn, type ConnectorStandIn } from '../support/connectorStandIn';
import { startLocalApp, type LocalApp } from '../support/localApp';

const SWITCHED_DE = catalogues.de.chat['language.switched']!.replace('{language}', 'Deutsch');

describe('the turn’s language through botbuilder’s CloudAdapter (real app, local mode, real HTTP)', () => {
  let app: LocalApp;
  let connector: ConnectorStandIn;
  /** The language current when the dialogs sent each reply (seen once, at the send inside the turn). */
  const sentIn: Array<{ locale: string; text?: string }> = [];
  let sequence = 0;

  beforeAll(async () => {
    connector = await startConnectorStandIn();
    app = await startLocalApp({ config: { BOT_RATE_LIMIT_MESSAGES: '1000' } });
    // Held replies are sent again, copied, after the save: an enumerable symbol survives the copy and marks them.
    const SEEN = Symbol('seen');
    // Adapter middleware (public API) observing the dialogs' sends; it changes nothing.
    app.adapter.use(async (context, next) => {
      context.onSendActivities(async (_context, activities, send) => {
        for (const activity of activities) {
          const marked = activity as Partial<Activity> & { [SEEN]?: true };
          if (marked[SEEN]) continue;
          marked[SEEN] = true;
          sentIn.push({ locale: currentLocale(), text: activity.text });
        }
        return send();
      });
      await next();
    });
  });
  beforeEach(() => {
    sentIn.length = 0;
    connector.posts.length = 0;
  });
  afterAll(async () => {
    await app.close();
    await connector.close();
  });

  async function post(user: string, locale: string | undefined, text: string): Promise<void> {
    sequence += 1;
    const activity = {
      type: 'message',
      id: `in-${sequence}`,
      channelId: 'msteams',
      serviceUrl: connector.serviceUrl,
      ...(locale ? { locale } : {}),
      from: { id: user, name: 'Pat' },
      recipient: { id: 'bot', name: 'Bot' },
      conversation: { id: `language-${user}`, conversationType: 'personal' },
      text,
    };
    const response = await fetch(`${app.baseUrl}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
    await response.arrayBuffer();
    expect(response.status).toBe(200);
  }

  it('Teams’ locale de-DE: every reply of the turn is made in German, awaits included', async () => {
    await post('teams-de', 'de-DE', 'check eligibility');
    expect(sentIn.length).toBeGreaterThan(0);
    expect(new Set(sentIn.map((sent) => sent.locale))).toEqual(new Set(['de']));
  });

  it('"auf Deutsch bitte" under en-US: the German sentence reaches the connector, and the next turns stay German', async () => {
    await post('asks-de', 'en-US', 'check eligibility');
    expect(sentIn.every((sent) => sent.locale === 'en')).toBe(true);
    sentIn.length = 0;
    await post('asks-de', 'en-US', 'auf Deutsch bitte');
    expect(connector.posts.map((p) => p.body.text)).toContain(SWITCHED_DE);
    sentIn.length = 0;
    await post('asks-de', 'en-US', 'yes');
    expect(new Set(sentIn.map((sent) => sent.locale))).toEqual(new Set(['de']));
  });

  it('no locale at all is English; it-IT is English with the sentence saying so, once', async () => {
    await post('no-locale', undefined, 'help');
    expect(new Set(sentIn.map((sent) => sent.locale))).toEqual(new Set(['en']));
    sentIn.length = 0;
    await post('italian', 'it-IT', 'help');
    await post('italian', 'it-IT', 'help');
    const notices = connector.posts.filter((p) => String(p.body.text).startsWith(catalogues.en.chat['language.unsupported']!.split('{')[0]!));
    expect(notices).toHaveLength(1);
  });
});
