import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogues, runInLocale, supportedLocales, t } from '../../src/i18n';
import { buttonForTitle } from '../../dialogs/buttonTitles';
import { buttonNames, buttonTitle, messages } from '../../dialogs/messages';
import { questionById } from '../../dialogs/questions';
import { understand } from '../../dialogs/understanding';
import { incomingText } from '../../src/bot/incomingText';
import { codeLiterals, codeWithoutComments, looksLikeProse } from '../support/codeLiterals';
import { play, shortCheck, toBilledSalesQuestion } from '../support/conversationTable';

const root = path.resolve(__dirname, '../..');
/** Every module of the conversation: the dialogs and the bot around them. */
const CONVERSATION_FILES = ['dialogs', 'src/bot'].flatMap((dir) =>
  readdirSync(path.join(root, dir))
    .filter((file) => file.endsWith('.ts'))
    .map((file) => `${dir}/${file}`),
);

/** Literals (trimmed) that look like words but are never shown to a person in the conversation, each with why. */
const NOT_SHOWN: Record<string, string> = {
  None: "the intent model's no-intent name",
  Bearer: 'the HTTP authorization scheme',
  'turn failed': 'a log line for operators',
  'could not tell the user about a failed turn': 'a log line for operators',
  // Card submits carry `{ action }`, which the dialogs read before any text; these words only fill the turn's text.
  'start over': 'the text a card submit stands for (the dialogs read its action)',
  'what if': "the text a card submit stands for, and input to the what-if parser ('what if ' + the user's text)",
  'check eligibility': 'the text a card submit stands for (the dialogs read its action)',
  'reuse my answers': 'the text a card submit stands for (the dialogs read its action)',
};

describe('every word the conversation says comes from the chat catalogue', () => {
  it.each(CONVERSATION_FILES)('%s words nothing itself: no string literal is prose', (file) => {
    const prose = codeLiterals(readFileSync(path.join(root, file), 'utf8')).filter((literal) => looksLikeProse(literal) && !Object.hasOwn(NOT_SHOWN, literal.trim()));
    expect(prose).toEqual([]);
  });

  it('the check itself finds prose: the English catalogue, read as code, is all prose', () => {
    const english = Object.values(catalogues.en.chat).map((message) => `'${message.replace(/'/g, '’').replace(/\n/g, ' ')}'`);
    expect(codeLiterals(english.join('\n')).filter(looksLikeProse).length).toBeGreaterThan(100);
  });

  it.each(CONVERSATION_FILES)('%s never compares what a user typed with English words (a click is matched in every language)', (file) => {
    const code = codeWithoutComments(readFileSync(path.join(root, file), 'utf8'));
    // `text === 'show my result'`, `'yes please' === said`: a sentence literal on either side of a comparison.
    const comparedWithWords = /(?:===|!==)\s*(['"`])[^'"`\n]*[A-Za-z]{2,}\s+[A-Za-z][^'"`\n]*\1|(['"`])[^'"`\n]*[A-Za-z]{2,}\s+[A-Za-z][^'"`\n]*\2\s*(?:===|!==)/;
    // A lookup keyed by titles in the turn's language (`{ [messages.buttons.yes]: 'yes' }`) misses every other language.
    const keyedByTitle = /\[\s*messages\.[\w.]+\s*\]\s*:/;
    const comparedWithTitle = /(?:===|!==)\s*messages\.|messages\.[\w.]+\s*(?:===|!==)/;
    expect(code).not.toMatch(comparedWithWords);
    expect(code).not.toMatch(keyedByTitle);
    expect(code).not.toMatch(comparedWithTitle);
  });

  it('every English chat message the facade reads exists, and a fixed sentence reads the same as its catalogue entry', () => {
    const sentences: string[] = [];
    const walk = (node: object): void => {
      for (const key of Object.keys(node)) {
        const value = (node as Record<string, unknown>)[key];
        if (typeof value === 'string') sentences.push(value);
        else if (value && typeof value === 'object') walk(value);
      }
    };
    walk(messages);
    expect(sentences.length).toBeGreaterThan(90);
    expect(sentences.filter((sentence) => sentence.trim() === '' || /[{}]/.test(sentence))).toEqual([]);
    expect(messages.chat.greeting).toBe(catalogues.en.chat['chat.greeting']);
    expect(messages.invalid['non-usd']).toBe(catalogues.en.chat['invalid.non-usd']);
    expect(messages.invalid['no-such-reason']).toBeUndefined();
  });

  it('every English chat message is read by the facade (no sentence translators would word for nothing)', () => {
    const facade = readFileSync(path.join(root, 'dialogs/messages.ts'), 'utf8');
    const read = (key: string) => {
      if (facade.includes(`'${key}'`)) return true;
      const dot = key.lastIndexOf('.');
      return dot > 0 && facade.includes(`group('${key.slice(0, dot + 1)}'`) && facade.includes(`'${key.slice(dot + 1)}'`);
    };
    // `language.*` is the language wiring's (src/bot), `webPage.*` the Web Chat page's (src/http/webChat), not the dialogs'.
    expect(Object.keys(catalogues.en.chat).filter((key) => !key.startsWith('language.') && !key.startsWith('webPage.') && !read(key))).toEqual([]);
  });

  it('a sentence with values keeps the English wording exactly, numbers grouped the US way', () => {
    expect(messages.upload.read(1234, 'export.csv', '27 Nov 2025 to 26 Nov 2026')).toBe(
      'I read 1,234 transaction rows from export.csv. For 27 Nov 2025 to 26 Nov 2026 they give:',
    );
    expect(messages.upload.badRows(1, 'bad.csv')).toBe('1 row of bad.csv could not be read:');
    expect(messages.upload.badRows(3, 'bad.csv')).toBe('3 rows of bad.csv could not be read:');
    expect(messages.upload.badRow(12, 'amountUsd', 'not a number')).toBe('- row 12, amountUsd: not a number');
    expect(messages.upload.badRow(12345, null, 'too few columns')).toBe('- row 12345: too few columns');
    expect(messages.upload.moreBadRows(1500)).toBe('- and 1,500 more');
    expect(messages.messageTooLong(5000)).toBe('That message is too long for me to read. Please send a shorter one (up to 5,000 characters).');
    expect(messages.chat.tookYesNoAs('no', 'a transactable offer')).toBe('I took "no" as your answer on a transactable offer, the one answer still needed.');
    expect(messages.chat.asOf('30 Jun 2024', '1 Jul 2023')).toBe('I will check as of **30 Jun 2024**, under the rules in force from 1 Jul 2023.');
  });

  it("a phrase read inside a turn is in that turn's language: a question's buttons and example too", () => {
    for (const locale of supportedLocales) {
      runInLocale(locale, () => {
        expect(messages.buttons.yes).toBe(t('chat.buttons.yes', undefined, locale));
        expect(questionById('coSell').choices).toEqual([buttonTitle('yes', locale), buttonTitle('no', locale), buttonTitle('notSure', locale)]);
        expect(questionById('billedSales').example).toBe(t('chat.examples.amount', undefined, locale));
      });
    }
  });
});

describe('a button clicked in any language does what it says', () => {
  it('each English title comes back as its button; a title with other spacing or Unicode form too', () => {
    expect(buttonNames.map((name) => buttonForTitle(buttonTitle(name, 'en')))).toEqual([...buttonNames]);
    expect(buttonForTitle('  Show   my result ')).toBe('showResult');
    expect(buttonForTitle('Show my result please')).toBeUndefined();
  });

  it('typed in lower case, a title is not a click: the intent model reads it in context ("not sure" after a result)', () => {
    expect(buttonForTitle('Not sure')).toBe('notSure');
    expect(buttonForTitle('not sure')).toBeUndefined();
  });

  it.each(supportedLocales)('every %s title comes back as its own button, whatever language the turn is in', (locale) => {
    // Fails when a language gives two buttons one title, or one language's title is another button's title elsewhere.
    for (const name of buttonNames) expect({ name, found: buttonForTitle(buttonTitle(name, locale)) }).toEqual({ name, found: name });
  });

  it.each(supportedLocales)('a %s title sent back by Web Chat (text) or the Teams choice card (`{ text }`) is read as that button, in an English turn', async (locale) => {
    for (const name of buttonNames) {
      const title = buttonTitle(name, locale);
      const english = await understand({}, buttonTitle(name, 'en'));
      const typed = await understand({ text: title }, title);
      const submitted = incomingText({ type: 'message', value: { text: title } });
      expect(typed).toEqual({ ...english, text: title });
      expect((await understand({ value: { text: title } }, submitted)).action).toBe(english.action);
    }
  });
});

describe('"what should I do next?" says one whole sentence per case', () => {
  it('not qualified: the steps and the closest route, its title starting lower case but keeping "USD"', () =>
    play('webchat', {
      name: 'next step on the closest route',
      steps: [
        ...shortCheck,
        ['what should I do next?', ['Fastest next step: USD 400,000 more in marketplace billed sales, on your closest route (USD 4 million in marketplace billed sales).']],
      ],
    }));

  it('qualified: nothing more to do', () =>
    play('webchat', {
      name: 'next step when qualified',
      steps: [
        ...toBilledSalesQuestion,
        ['4.3M', ['already meet']],
        ['show my result', ['You qualify']],
        ['what should I do next?', ['Fastest next step: nothing more to qualify. Confirm your status in Partner Center, and say **summary** for text to paste into an email or ticket.']],
      ],
    }));

  it('undetermined: the answers still needed, in one pair of brackets', () =>
    play('webchat', {
      name: 'next step when answers are missing',
      steps: [
        ...toBilledSalesQuestion,
        ['skip', []],
        ['skip', []],
        ['skip', []],
        ['skip', []],
        [
          'what should I do next?',
          [
            'Fastest next step: answer what is still needed (your marketplace billed sales, your net-new customers over USD 10,000 each, your marketplace transactions of at least USD 100, how many unique customers those transactions came from and any cloud consumption commitment you signed).',
          ],
          ['))'],
        ],
      ],
    }));
});
