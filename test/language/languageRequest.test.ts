import { describe, expect, it } from 'vitest';
import { languageRequest } from '../../src/language/languageRequest';

describe('languageRequest: asking for another language, however it is said', () => {
  it.each([
    ['in Spanish please', 'es'],
    ['en español por favor', 'es'],
    ['¿Puede hablar español?', 'es'],
    ['Español', 'es'],
    ['em português', 'pt-BR'],
    ['Você pode falar em português?', 'pt-BR'],
    ['brazilian portuguese please', 'pt-BR'],
    ['en français svp', 'fr'],
    ['En français, s’il vous plaît', 'fr'],
    ['Parlez-vous français ?', 'fr'],
    ['auf Deutsch bitte', 'de'],
    ['Können Sie Deutsch sprechen?', 'de'],
    ['Antworten Sie bitte auf Deutsch', 'de'],
    ['can you speak German?', 'de'],
    ['日本語でお願いします', 'ja'],
    ['日本語で', 'ja'],
    ['Japanese please', 'ja'],
    ['请用中文', 'zh-Hans'],
    ['用中文回答', 'zh-Hans'],
    ['中文可以吗？', 'zh-Hans'],
    ['English please', 'en'],
    ['in english pls', 'en'],
    ['switch to French', 'fr'],
    ['from English to Spanish please', 'es'],
    ['Do you speak english?', 'en'],
  ])('"%s" asks for %s', (text, locale) => {
    expect(languageRequest(text)).toEqual({ locale, rest: '' });
  });

  it.each(['in Italian please', 'can you speak Dutch?', 'auf Italienisch bitte', '繁體中文', 'en italiano por favor'])('"%s" asks for a language without a catalogue', (text) => {
    expect(languageRequest(text)?.locale).toBe('unsupported');
  });

  it.each([
    'Is the program page available in Spanish?',
    'we sell to German customers',
    'German customers count?',
    'what is MBS',
    'no',
    'MBS 3.6M',
    '我们有10个新客户',
    'our French subsidiary signed the MACC',
    'check eligibility',
  ])('"%s" only mentions a language, or none: no request', (text) => {
    expect(languageRequest(text)).toBeUndefined();
  });

  it('a request said with the real message leaves the message for the dialogs', () => {
    expect(languageRequest('in Spanish please, do we qualify?')).toEqual({ locale: 'es', rest: 'do we qualify?' });
    expect(languageRequest('¿Cumplimos los requisitos? En español por favor.')).toEqual({ locale: 'es', rest: '¿Cumplimos los requisitos?' });
  });
});

describe('a language the bot has no list entry for (finding C7, C9)', () => {
  it.each([
    ['in Klingon please', 'unsupported'],
    ['in klingon please', 'unsupported'],
    ['クリンゴン語でお願いします', 'unsupported'],
    ['in italiano per favore', 'unsupported'],
    ['请用火星语', 'unsupported'],
    ['auf Plattdeutsch bitte', 'unsupported'],
    ['can you speak Klingon?', 'unsupported'],
  ])('"%s" is a request for an unsupported language', (text, locale) => {
    expect(languageRequest(text)?.locale).toBe(locale);
  });

  it.each(['in USD please', 'in total please', 'MBS in USD please', 'in 3 months please', 'please', 'お願いします', 'yes please', 'in summary please'])(
    '"%s" is not a language request',
    (text) => {
      expect(languageRequest(text)).toBeUndefined();
    },
  );
});
