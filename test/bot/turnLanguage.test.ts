import { MemoryStorage, TestAdapter, type Activity, type Storage } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { createBot } from '../../src/bot/createBot';
import { decideTurnLanguage } from '../../src/bot/turnLanguage';
import { catalogues, currentLocale, t } from '../../src/i18n';
import { languageRequest } from '../../src/language/languageRequest';
import { policies, TODAY } from '../fixtures/policies';

const SWITCHED_DE = catalogues.de.chat['language.switched']!.replace('{language}', 'Deutsch');
// The language is named the way a sentence in that language names it (Intl.DisplayNames): "en español", lower case.
const SWITCHED_ES = catalogues.es.chat['language.switched']!.replace('{language}', 'español');
const UNSUPPORTED_START = catalogues.en.chat['language.unsupported']!.split('{')[0]!;

describe('decideTurnLanguage: request > remembered choice > clear text > channel locale > English', () => {
  it('a request in the message wins over everything and is remembered as a request', () => {
    expect(decideTurnLanguage({ text: 'en español por favor', remembered: { locale: 'de', chosenBy: 'request' }, channelLocale: 'fr-FR' })).toMatchObject({
      locale: 'es',
      remember: { locale: 'es', chosenBy: 'request' },
    });
  });

  it('a remembered request wins over the text and the channel', () => {
    const decided = decideTurnLanguage({ text: 'Nous avons douze nouveaux clients', remembered: { locale: 'de', chosenBy: 'request' }, channelLocale: 'es-ES' });
    expect(decided).toEqual({ locale: 'de', unsupportedChannelLanguage: false });
  });

  it('clear text in another language wins over the channel and is remembered as read from text', () => {
    expect(decideTurnLanguage({ text: '¿Cumplimos los requisitos para el nivel superior?', channelLocale: 'en-US' })).toMatchObject({
      locale: 'es',
      remember: { locale: 'es', chosenBy: 'text' },
    });
  });

  it('a language read from text stays for figures and gives way to another clearly written language', () => {
    const remembered = { locale: 'es', chosenBy: 'text' } as const;
    expect(decideTurnLanguage({ text: '12', remembered, channelLocale: 'en-US' })).toEqual({ locale: 'es', unsupportedChannelLanguage: false });
    expect(decideTurnLanguage({ text: 'Wir haben zwölf neue Kunden', remembered, channelLocale: 'en-US' }).locale).toBe('de');
  });

  it.each(['MBS 3.6M', '10', 'ok', 'net-new 12', 'yes', 'check eligibility'])('"%s" under de-DE stays German', (text) => {
    expect(decideTurnLanguage({ text, channelLocale: 'de-DE' })).toEqual({ locale: 'de', unsupportedChannelLanguage: false });
  });

  it.each([
    ['取引２８件、顧客７社', 'ja-JP', undefined],
    ['２８ transactions from ７ customers 取引', 'ja-JP', undefined],
    ['我们还没有签署承诺', 'ja-JP', undefined],
    ['我们还没有签署承诺', 'en-US', { locale: 'ja', chosenBy: 'text' }],
    ['没有', 'en-US', { locale: 'ja', chosenBy: 'request' }],
  ] as const)('a Japanese turn is never moved to Chinese by Han characters alone ("%s" under %s)', (text, channelLocale, remembered) => {
    expect(decideTurnLanguage({ text, channelLocale, remembered }).locale).toBe('ja');
  });

  it.each([
    ['360万ドル', 'es-ES', 'es'],
    ['5億円', 'es-ES', 'es'],
    ['三百六十萬美元', 'en-US', 'en'],
    ['💰💰 3.6M 💵 🇯🇵', 'ja-JP', 'ja'],
  ] as const)('figures with a currency or counter word ("%s") keep the %s turn in its language', (text, channelLocale, locale) => {
    expect(decideTurnLanguage({ text, channelLocale })).toEqual({ locale, unsupportedChannelLanguage: false });
  });

  it('zh-TW / zh-HK: English with the "not your language" sentence until they write Chinese, then Simplified Chinese', () => {
    expect(decideTurnLanguage({ text: '三百六十萬美元', channelLocale: 'zh-TW' })).toEqual({ locale: 'en', unsupportedChannelLanguage: true });
    expect(decideTurnLanguage({ text: '檢查資格', channelLocale: 'zh-TW' })).toMatchObject({ locale: 'zh-Hans', remember: { locale: 'zh-Hans', chosenBy: 'text' } });
    expect(decideTurnLanguage({ text: '資格確認', channelLocale: 'zh-HK' }).locale).toBe('zh-Hans');
    expect(decideTurnLanguage({ text: '資格確認', channelLocale: 'ja-JP' }).locale).toBe('ja');
    expect(decideTurnLanguage({ text: '25筆交易，來自6個客戶', channelLocale: 'zh-Hant-TW', remembered: { locale: 'zh-Hans', chosenBy: 'text' } })).toEqual({ locale: 'zh-Hans', unsupportedChannelLanguage: false });
  });

  it('a switch read from the text names the language the turn would have been in; a request or no change names none', () => {
    expect(decideTurnLanguage({ text: '28 transactions from 7 customers', channelLocale: 'de-DE' })).toMatchObject({ locale: 'en', switchedFrom: 'de' });
    expect(decideTurnLanguage({ text: 'English please', channelLocale: 'de-DE' }).switchedFrom).toBeUndefined();
    expect(decideTurnLanguage({ text: 'Wir haben zwölf neue Kunden', channelLocale: 'de-DE' }).switchedFrom).toBeUndefined();
    expect(decideTurnLanguage({ text: 'Do we qualify for the top tier benefits?', channelLocale: 'it-IT' }).switchedFrom).toBeUndefined();
  });

  it.each(['en', 'es', 'pt-BR', 'fr', 'de', 'ja', 'zh-Hans'] as const)('the way back written in %s is a request for that language', (locale) => {
    expect(languageRequest(t('chat.language.wayBack', undefined, locale))).toEqual({ locale, rest: '' });
  });

  it('the channel locale, then English; a channel language without a catalogue is English, said once', () => {
    expect(decideTurnLanguage({ channelLocale: 'pt-PT' }).locale).toBe('pt-BR');
    expect(decideTurnLanguage({}).locale).toBe('en');
    expect(decideTurnLanguage({ text: 'help', channelLocale: 'it-IT' })).toEqual({ locale: 'en', unsupportedChannelLanguage: true });
    expect(decideTurnLanguage({ text: 'in Italian please', channelLocale: 'en-US' })).toMatchObject({ locale: 'en', request: { locale: 'unsupported' } });
  });

  it('clear English under it-IT is remembered, so no "not your language" sentence comes on a later turn', () => {
    const first = decideTurnLanguage({ text: 'Do we qualify for the top tier benefits?', channelLocale: 'it-IT' });
    expect(first).toEqual({ locale: 'en', remember: { locale: 'en', chosenBy: 'text' }, unsupportedChannelLanguage: false });
    expect(decideTurnLanguage({ text: '10', remembered: first.remember, channelLocale: 'it-IT' })).toEqual({ locale: 'en', unsupportedChannelLanguage: false });
  });
});

/** The real bot on botbuilder's TestAdapter; `locales` records the turn language each handler saw after an await. */
function languageBot(options: { storage?: Storage; locale?: string; conversationId?: string } = {}) {
  const storage = options.storage ?? new MemoryStorage();
  const { bot } = createBot({ storage, policies, today: () => TODAY, localMode: true });
  const locales: string[] = [];
  bot.onMessage(async (context, next) => {
    await new Promise((resolve) => setTimeout(resolve, 1));
    locales.push(currentLocale());
    await next();
  });
  const adapter = new TestAdapter((context) => bot.run(context), {
    channelId: 'webchat',
    conversation: { id: options.conversationId ?? 'language-1', isGroup: false, conversationType: 'personal', name: '' },
    from: { id: 'user-1', name: 'Pat' },
    recipient: { id: 'bot-1', name: 'Eligibility Bot' },
    locale: options.locale ?? 'en-US',
  } as Partial<Activity>);
  async function say(text: string, extra: Partial<Activity> = {}): Promise<string[]> {
    adapter.activeQueue.splice(0);
    await adapter.processActivity({ type: 'message', text, ...extra });
    return adapter.activeQueue.splice(0).filter((reply) => reply.type === 'message').map((reply) => JSON.stringify(reply.text ?? reply.attachments ?? ''));
  }
  return { storage, say, locales };
}

describe('the turn’s language through the bot', () => {
  it('"auf Deutsch bitte" mid-check: the German switch sentence, then the open question again, in a German turn', async () => {
    const { say, locales } = languageBot();
    const question = await say('check eligibility');
    const replies = await say('auf Deutsch bitte');
    expect(replies[0]).toContain(SWITCHED_DE);
    expect(question.at(-1)).toContain('First: is your organisation');
    expect(replies.slice(1)).toEqual([JSON.stringify(t('chat.questions.coSell', undefined, 'de'))]);
    expect(replies[1]).toContain('Zuerst: Ist Ihre Organisation');
    expect(locales).toEqual(['en', 'de']);
  });

  it('a request with the message in it switches and answers the rest', async () => {
    const { say, locales } = languageBot();
    const replies = await say('in Spanish please, check eligibility');
    expect(replies[0]).toContain(SWITCHED_ES);
    expect(replies.join('\n')).toMatch(/co-sell/i);
    expect(locales).toEqual(['es']);
  });

  it('the choice is remembered for the user in other conversations and after a restart (same storage)', async () => {
    const storage = new MemoryStorage();
    await languageBot({ storage }).say('auf Deutsch bitte');
    const restarted = languageBot({ storage, conversationId: 'language-2' });
    await restarted.say('help');
    await restarted.say('MBS 3.6M');
    expect(restarted.locales).toEqual(['de', 'de']);
  });

  it('a new request replaces the remembered one', async () => {
    const bot = languageBot();
    await bot.say('auf Deutsch bitte');
    await bot.say('English please');
    await bot.say('help');
    expect(bot.locales).toEqual(['de', 'en', 'en']);
  });

  it('a channel locale with a catalogue is the turn language; figures and jargon never switch it', async () => {
    const bot = languageBot({ locale: 'de-DE' });
    for (const text of ['check eligibility', 'yes', 'MBS 3.6M', '10', 'ok', 'net-new 12']) await bot.say(text);
    expect(bot.locales).toEqual(['de', 'de', 'de', 'de', 'de', 'de']);
  });

  it('it-IT: English, and the "not your language yet" sentence once per conversation before the normal reply', async () => {
    const bot = languageBot({ locale: 'it-IT' });
    const first = await bot.say('help');
    expect(first[0]).toContain(UNSUPPORTED_START);
    expect(first[0]).toContain('I also speak Español, Português (Brasil), Français, Deutsch, 日本語, and 简体中文.');
    expect(first.slice(1).join('\n')).toContain('I ask a few questions');
    const second = await bot.say('help');
    expect(second.join('\n')).not.toContain(UNSUPPORTED_START);
    expect(bot.locales).toEqual(['en', 'en']);
  });

  it('a German client typing English: one sentence in English naming the way back in German, then English without it', async () => {
    const bot = languageBot({ locale: 'de-DE' });
    await bot.say('check eligibility');
    const switched = await bot.say('We have 28 transactions from 7 customers');
    expect(switched[0]).toBe(JSON.stringify('I will continue in English; say **auf Deutsch bitte** to switch back.'));
    expect(switched.slice(1).join('\n')).not.toContain('auf Deutsch bitte');
    const next = await bot.say('what is the MBS threshold for the top tier?');
    expect(next.join('\n')).not.toContain('I will continue in English');
    const back = await bot.say('auf Deutsch bitte');
    expect(back[0]).toContain(SWITCHED_DE);
    expect(bot.locales).toEqual(['de', 'en', 'en', 'de']);
  });

  it('figures and kanji-only answers in a Japanese chat say no switch sentence and stay Japanese', async () => {
    const bot = languageBot({ locale: 'ja-JP' });
    const replies = [...(await bot.say('資格をチェック')), ...(await bot.say('取引２８件、顧客７社')), ...(await bot.say('360万ドル'))];
    expect(replies.join('\n')).not.toMatch(/[们这没您]/u);
    expect(bot.locales).toEqual(['ja', 'ja', 'ja']);
  });

  it('5,000 random ideographs at a Japanese question: no switch, no greeting, the question again in Japanese', async () => {
    let seed = 19;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const noise = Array.from({ length: 4900 }, () => String.fromCodePoint(0x4e00 + Math.floor(random() * 20000))).join('');
    const bot = languageBot({ locale: 'ja-JP' });
    await bot.say('資格をチェック');
    const question = await bot.say('はい');
    const replies = await bot.say(noise);
    expect(replies.at(-1)).toBe(question.at(-1));
    for (const locale of ['ja', 'zh-Hans'] as const) expect(replies.join('\n')).not.toContain(t('chat.chat.greetingMidCheck', undefined, locale).slice(0, 6));
    const after = await bot.say('💰💰 3.6M 💵 🇯🇵');
    expect(after.join('\n')).not.toMatch(/[们这您]/u);
    expect(bot.locales).toEqual(['ja', 'ja', 'ja', 'ja']);
  });

  it('zh-TW: typed Traditional Chinese is answered in Simplified Chinese, said once, and read like the same words in Simplified', async () => {
    const traditional = ['檢查資格', '是', '三百六十萬美元', '沒有', '25筆交易，來自6個客戶', '沒有'];
    const simplified = ['检查资格', '是', '三百六十万美元', '没有', '25笔交易，来自6个客户', '没有'];
    const taiwan = languageBot({ locale: 'zh-TW', conversationId: 'tw' });
    const china = languageBot({ locale: 'zh-CN', conversationId: 'cn' });
    const fromTaiwan: string[][] = [];
    const fromChina: string[][] = [];
    for (const text of traditional) fromTaiwan.push(await taiwan.say(text));
    for (const text of simplified) fromChina.push(await china.say(text));
    const notice = JSON.stringify(t('chat.language.simplifiedForTraditional', { back: 'English please' }, 'zh-Hans'));
    expect(fromTaiwan[0]![0]).toBe(notice);
    expect(fromTaiwan.flat().filter((reply) => reply === notice)).toHaveLength(1);
    expect([fromTaiwan[0]!.slice(1), ...fromTaiwan.slice(1)]).toEqual(fromChina);
    expect(fromChina.flat().join('\n')).not.toContain('没有理解');
    expect(taiwan.locales).toEqual(Array(traditional.length).fill('zh-Hans'));
  });

  it('"in Italian please": the sentence in English, and the open question again', async () => {
    const bot = languageBot();
    const question = await bot.say('check eligibility');
    const replies = await bot.say('in Italian please');
    expect(replies[0]).toContain(UNSUPPORTED_START);
    expect(replies.slice(1)).toEqual(question.slice(-1));
  });
});

describe('the switch sentence names the language as that language writes it mid-sentence (B6)', () => {
  const cases: Array<[request: string, sentence: string]> = [
    ['en français s’il vous plaît', 'D’accord, je vous répondrai désormais en français.'],
    ['auf Deutsch bitte', 'Gern, ich antworte ab jetzt auf Deutsch.'],
    ['en español por favor', 'De acuerdo, a partir de ahora responderé en español.'],
    ['em português por favor', 'Certo, a partir de agora vou responder em português (Brasil).'],
    ['日本語でお願いします', '承知しました。これからは日本語でお答えします。'],
    ['请用中文', '好的，之后我将用简体中文回答。'],
  ];
  for (const [request, sentence] of cases) {
    it(`"${request}" → "${sentence}"`, async () => {
      const replies = await languageBot().say(request);
      expect(replies[0]).toContain(sentence);
    });
  }

  it('the list for someone who may not read the current language keeps each language’s own name', async () => {
    const replies = await languageBot().say('in Italian please');
    expect(replies[0]).toContain('Español, Português (Brasil), Français, Deutsch, 日本語, and 简体中文');
  });
});
