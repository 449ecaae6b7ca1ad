import { t, type MessageKey, type MessageValues, type SupportedLocale } from '../src/i18n';

/**
 * Every sentence the conversation says, read from the chat catalogue (src/i18n/catalogues/<locale>/chat.json) in the
 * turn's language. A typed facade over `t`: getters for fixed sentences, functions for sentences with values, so
 * call sites read `messages.readBack(value)` and never name a catalogue key. Whole sentences only: when a sentence
 * has parts (a list, a route, a date), the parts are passed as values and the catalogue orders them, because word
 * order differs per language. Glossary answers use the program page's own wording (src/language).
 */
type ChatKey<Key = MessageKey> = Key extends `chat.${infer Name}` ? Name : never;

const say = (key: ChatKey, values?: MessageValues): string => t(`chat.${key}`, values);

/** Every button the conversation shows, by its catalogue name (`buttons.<name>`). */
export const buttonNames = [
  'check', 'criteria', 'help', 'yes', 'no', 'notSure', 'skip', 'showResult', 'keepGoing', 'reuse', 'fresh', 'startOver',
  'whatIf', 'realNumbers', 'sameFigures', 'newFigures', 'uploadGoOn', 'uploadFix',
] as const;
export type ButtonName = (typeof buttonNames)[number];

/** A button's title in the turn's language, or in `locale` (matching a click in any language needs every title). */
export function buttonTitle(name: ButtonName, locale?: SupportedLocale): string {
  return t(`chat.buttons.${name}`, undefined, locale);
}

/**
 * An object whose properties read `<prefix><name>` from the catalogue at each access, for the groups looked up by a
 * value the evaluator or a parser gives ("non-usd", "not-qualified"): `messages.invalid[reason]`. A name the
 * catalogue lacks reads as undefined, so `?? fallback` keeps working.
 */
function group<Name extends string>(prefix: string, names: readonly Name[]): Readonly<Record<Name, string>> & Readonly<Record<string, string | undefined>> {
  const target = {} as Record<string, string>;
  for (const name of names) {
    Object.defineProperty(target, name, { enumerable: true, get: () => say(`${prefix}${name}` as ChatKey) });
  }
  return target as Readonly<Record<Name, string>>;
}

export const messages = {
  get welcome() { return say('welcome'); },
  get welcomeBack() { return say('welcomeBack'); },
  get reuseQuestion() { return say('reuseQuestion'); },
  buttons: group('buttons.', buttonNames),
  get help() { return say('help'); },
  get cancelled() { return say('cancelled'); },
  get nothingToGoBackTo() { return say('nothingToGoBackTo'); },
  get startingOver() { return say('startingOver'); },
  get understood() { return say('understood'); },
  /** "summary" before any answer: said plainly rather than an empty "Here is what I understood:". */
  get understoodNothingYet() { return say('understood.nothingYet'); },
  /** One line of "Here is what I understood": "- Marketplace billed sales: USD 3,600,000". */
  understoodLine: (label: string, value: string) => say('understood.line', { label, value }),
  /** One corrected answer: "- Marketplace billed sales: USD 3,600,000 → USD 4,200,000". */
  correctionLine: (label: string, before: string, after: string) => say('understood.correction', { label, before, after }),
  criterionMet: (title: string) => say('criterionMet', { title }),
  get stopOrContinue() { return say('stopOrContinue'); },
  readBack: (value: string) => say('readBack', { value }),
  get readBackRejected() { return say('readBackRejected'); },
  tooManyTries: (example: string) => say('tooManyTries', { example }),
  get noResultYet() { return say('noResultYet'); },
  whatIf: {
    change: (label: string, before: string, after: string) => say('whatIf.change', { label, before, after }),
    statusChange: (before: string, after: string) => say('whatIf.statusChange', { before, after }),
    get notKnown() { return say('whatIf.notKnown'); },
  },
  statusWords: group('statusWords.', ['qualified', 'not-qualified', 'undetermined', 'not-co-sell-eligible', 'not-in-effect']),
  get noChange() { return say('noChange'); },
  get turnError() { return say('turnError'); },
  get saveError() { return say('saveError'); },
  get tenantRefused() { return say('tenantRefused'); },
  messageTooLong: (limit: number) => say('messageTooLong', { limit }),
  get slowDown() { return say('slowDown'); },
  invalid: group('invalid.', [
    'empty', 'unparseable', 'negative', 'fractional', 'non-usd', 'too-large', 'locale-format', 'multiple-numbers', 'amount-for-count', 'yesNo',
    'customersExceedTransactions', 'invalidDate', 'designationDate',
  ]),
  /** Two answers that cannot both be true, said in plain words (keyed by the evaluator's field path). */
  contradictions: group('contradictions.', ['hasTransactableOffer', 'uniqueCustomersOver100', 'marketplaceTransactions', 'other']),
  chat: {
    get greetingMidCheck() { return say('chat.greetingMidCheck'); },
    get greeting() { return say('chat.greeting'); },
    get thanks() { return say('chat.thanks'); },
    get thanksAfterResult() { return say('chat.thanksAfterResult'); },
    get goodbye() { return say('chat.goodbye'); },
    get alreadyChecking() { return say('chat.alreadyChecking'); },
    get whyMidCheck() { return say('chat.whyMidCheck'); },
    get whatNextMidCheck() { return say('chat.whatNextMidCheck'); },
    get customerMaccNoted() { return say('chat.customerMaccNoted'); },
    tookAsNextAnswer: (said: string, label: string) => say('chat.tookAsNextAnswer', { said, label }),
    /** "I took "yes" as your answer on …": the answer is a choice, so each language words yes and no itself. */
    tookYesNoAs: (answer: 'yes' | 'no', label: string) => say('chat.tookYesNoAs', { answer, label }),
    /**
     * "What should I do next?", one whole sentence per case, its parts passed in: nothing more to do (qualified), the
     * answers still missing (a list), or what to add to the closest route (a list), naming that route when known.
     */
    fastestNextStep: {
      get qualified() { return say('chat.fastestNextStep.qualified'); },
      answer: (missing: string) => say('chat.fastestNextStep.answer', { missing }),
      step: (steps: string, route?: string) =>
        route ? say('chat.fastestNextStep.stepOnRoute', { steps, route }) : say('chat.fastestNextStep.step', { steps }),
    },
    answerKept: (answer: string) => say('chat.answerKept', { answer }),
    get whatIfBeforeResult() { return say('chat.whatIfBeforeResult'); },
    get realNumbersMidCheck() { return say('chat.realNumbersMidCheck'); },
    get sameFiguresMidCheck() { return say('chat.sameFiguresMidCheck'); },
    get unsureAfterResult() { return say('chat.unsureAfterResult'); },
    get fallback() { return say('chat.fallback'); },
    source: (url: string) => say('chat.source', { url }),
    sameFiguresQuestion: (given: string, asked: string) => say('chat.sameFiguresQuestion', { given, asked }),
    figuresReused: (given: string, asked: string) => say('chat.figuresReused', { given, asked }),
    get designationNotCounted() { return say('chat.designationNotCounted'); },
    tookFigureAs: (figure: string, label: string) => say('chat.tookFigureAs', { figure, label }),
    whichStillNeeded: (figure: string) => say('chat.whichStillNeeded', { figure }),
    whichFigureAfterResult: (figure: string) => say('chat.whichFigureAfterResult', { figure }),
    get whichFigure() { return say('chat.whichFigure'); },
    get changed() { return say('chat.changed'); },
    /** `rulesFrom`: the date the rules in force took effect, formatted. */
    asOf: (date: string, rulesFrom: string) => say('chat.asOf', { date, rulesFrom }),
    asOfNoRules: (date: string) => say('chat.asOfNoRules', { date }),
    customerMacc: (amount: string) => say('chat.customerMacc', { amount }),
    signerQuestion: (amount: string) => say('chat.signerQuestion', { amount }),
    approximate: (label: string, threshold: string) => say('chat.approximate', { label, threshold }),
    /** The heading above a what-if's changes (bold, with a colon). */
    get hypothetical() { return say('chat.hypothetical'); },
    /** The same words as a plain sentence, above the what-if's buttons. */
    get hypotheticalNote() { return say('chat.hypotheticalNote'); },
    get realNumbersRestored() { return say('chat.realNumbersRestored'); },
    get noWhatIf() { return say('chat.noWhatIf'); },
    get whatIfReady() { return say('chat.whatIfReady'); },
    checkedOn: (date: string, rulesFrom: string) => say('chat.checkedOn', { date, rulesFrom }),
  },
  /** The guided check's questions; `window` is the trailing twelve months written out ("27 Nov 2025 to 26 Nov 2026"). */
  questions: {
    get coSell() { return say('questions.coSell'); },
    get offer() { return say('questions.offer'); },
    /** FY25 named Azure and Security; the PRACR page (2026) names Azure and Industry AI on Azure only, and says nothing of Security. */
    designations: (securityCounts: boolean) => say(securityCounts ? 'questions.designationsAzureOrSecurity' : 'questions.designationsAzureOnly'),
    billedSales: (window: string) => say('questions.billedSales', { window }),
    netNew: (window: string, byCustomerTotal: boolean) => say(byCustomerTotal ? 'questions.netNewCustomerTotal' : 'questions.netNewPerDeal', { window }),
    transactions: (window: string) => say('questions.transactions', { window }),
    get uniqueCustomers() { return say('questions.uniqueCustomers'); },
    get commitment() { return say('questions.commitment'); },
    allTransactions: (window: string) => say('questions.allTransactions', { window }),
  },
  examples: group('examples.', ['yesNo', 'designations', 'amount', 'netNew', 'transactions', 'count', 'commitment']),
  upload: {
    read: (rows: number, fileName: string, window: string) => say('upload.read', { rows, fileName, window }),
    badRows: (count: number, fileName: string) => say('upload.badRows', { count, fileName }),
    /** One unreadable row: "- row 4, amountUsd: …"; `problem` is the reader's description. */
    badRow: (row: number, column: string | null | undefined, problem: string) =>
      column ? say('upload.badRowColumn', { row, column, problem }) : say('upload.badRow', { row, problem }),
    moreBadRows: (count: number) => say('upload.moreBadRows', { count }),
    /** One field the rows fail validation on: "- transactions.3.amountUsd: …". */
    invalidField: (field: string, problem: string) => say('upload.invalidField', { field, problem }),
    get fixOrGoOn() { return say('upload.fixOrGoOn'); },
    get fixLater() { return say('upload.fixLater'); },
    refused: group('upload.refused.', ['not-csv', 'too-large', 'untrusted-url', 'download-failed', 'busy']),
    get noRows() { return say('upload.noRows'); },
  },
};
