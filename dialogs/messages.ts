import { RESOURCES_URL } from '../src/eligibility/evaluation';

/**
 * Every sentence the bot says, in one place so it can be translated later. Glossary answers use the program
 * page's own wording (shared/seeds/azure-ip-co-sell-top-tier-benefits.md).
 */
export const messages = {
  welcome:
    'Hi! I check whether your organisation qualifies for **Azure IP co-sell top-tier benefits** and, if not, exactly what gap remains. It takes about a minute.',
  welcomeBack: 'Welcome back! Last time you told me:',
  reuseQuestion: 'Shall I reuse those answers?',
  buttons: {
    check: 'Check eligibility',
    criteria: 'Explain the criteria',
    help: 'Help',
    yes: 'Yes',
    no: 'No',
    notSure: 'Not sure',
    skip: 'Skip',
    showResult: 'Show my result',
    keepGoing: 'Keep going',
    reuse: 'Reuse my answers',
    fresh: 'Start fresh',
    startOver: 'Start over',
    whatIf: 'Try a what-if',
    realNumbers: 'Back to my real numbers',
    sameFigures: 'Yes, same figures',
    newFigures: 'No, new figures',
  },
  help: [
    'I ask a few questions about your marketplace results and any cloud consumption commitment, then tell you which pathway qualifies or what is still missing.',
    'At any question you can say **skip** or **not sure**, **back** (previous question), **start over**, **cancel**, or ask what a term means: net-new, MBS, TTM, MACC, PRACR, transactable offer, consumption commitment.',
    'You can also paste everything at once, for example: "$3.2M MBS, 10 net-new customers over $10k, 25 transactions from 6 customers, no commitment".',
    'After a result, try "what if we add 2 net-new customers?", "change billed sales to 4.1M", "summary" or "which rules do you use?".',
  ].join('\n\n'),
  cancelled: 'Stopped. Your answers so far are kept: say **check eligibility** to pick up where you left off, or **start over**.',
  nothingToGoBackTo: 'This is the first question, so there is nothing to go back to.',
  startingOver: 'Starting over with a clean slate.',
  understood: 'Here is what I understood:',
  criterionMet: (title: string) => `Good news: you already meet **${title}**.`,
  stopOrContinue: 'I can show your result now, or keep going for the full picture across every pathway.',
  readBack: (value: string) => `I read that as **${value}**. Is that right?`,
  readBackRejected: 'No problem, let us try again.',
  tooManyTries: (example: string) =>
    `Let me help. ${example} If you do not know, say **skip**: the result will say what it would take. You can also say **start over** or **help**.`,
  noResultYet: 'There is no result yet to change. Say **check eligibility** to start.',
  whatChangedTitle: 'What changed:',
  statusWords: {
    qualified: 'qualified',
    'not-qualified': 'not yet qualified',
    undetermined: 'undetermined',
    'not-co-sell-eligible': 'not co-sell eligible yet',
    'not-in-effect': 'rules not in effect',
  } as Record<string, string>,
  noChange: 'That gives the same result as before.',
  turnError: 'Sorry, something went wrong on my side while handling that. Your answers are kept; please send your last message again.',
  saveError: 'I could not save that, please send it again.',
  tenantRefused: 'Sorry, this assistant is not available for your organisation.',
  messageTooLong: 'That message is too long for me to read. Please send a shorter one (up to 5,000 characters).',
  slowDown: 'You are sending messages faster than I can answer. Please wait a moment and try again.',
  resources: `Resources gallery: ${RESOURCES_URL}`,
  invalid: {
    empty: 'I did not get an answer there.',
    unparseable: 'I could not read a number in that.',
    negative: 'That looks negative; amounts and counts start at zero.',
    fractional: 'That needs a whole number.',
    'non-usd': 'Please give the amount in US dollars (for example "USD 3.6M"); I do not convert currencies.',
    'too-large': 'That is more than USD 1 trillion, which looks like a typo.',
    'locale-format': 'I read numbers in US format: please write it like "4,000,000" or "4M".',
    'multiple-numbers': 'I see more than one number there; please give just one.',
    yesNo: 'Please answer yes, no or not sure.',
    customersExceedTransactions: 'There cannot be more unique customers than transactions. Please check the two numbers.',
    invalidDate: 'Please give the date as YYYY-MM-DD, for example 2024-09-15.',
    designationDate:
      'Which designation, and on what date did you attain it? For example "certified software for Azure, 2024-09-15", "Industry AI, March 2025" or "no".',
  } as Record<string, string>,
  /** Two answers that cannot both be true, said in plain words (keyed by the evaluator's field path). */
  contradictions: {
    hasTransactableOffer:
      'Azure IP co-sell eligibility includes having a transactable offer published in the commercial marketplace, so without one you are not co-sell eligible yet.',
    uniqueCustomersOver100: 'There cannot be more unique customers than transactions: each customer needs at least one transaction.',
    marketplaceTransactions: 'Your total marketplace transactions cannot be fewer than your transactions of at least USD 100.',
    other: 'Two of your answers contradict each other; please check them.',
  } as Record<string, string>,
  chat: {
    greetingMidCheck: 'Hi! We are in the middle of your check.',
    greeting: 'Hi! I check whether your organisation qualifies for **Azure IP co-sell top-tier benefits** and what gap remains.',
    thanks: 'You are welcome!',
    thanksAfterResult: 'You are welcome! Say **summary** for text to paste into an email or ticket, or **what if** to try other numbers.',
    goodbye: 'Goodbye! Your answers are kept: say **check eligibility** any time to pick up again.',
    alreadyChecking: 'We are already checking; here is where we are.',
    whyMidCheck: 'I can explain once I have the numbers that decide it.',
    whatNextMidCheck: 'The fastest next step is the open question; answer it and I will show your result as soon as it is decided.',
    customerMaccNoted: 'Noted: a customer\'s MACC does not count toward the commitment routes, so I leave it out. Here is the open question again:',
    tookAsNextAnswer: (said: string, label: string) => `Keeping going: I took "${said}" as your ${label}. Say **back** to change it.`,
    tookYesNoAs: (said: string, label: string) => `I took "${said}" as your answer on ${label}, the one answer still needed.`,
    fastestNextStep: (step: string, route?: string) =>
      `Fastest next step: ${step.replace(/^Next step:\s*/, '').replace(/\.$/, '')}${route ? `, on your closest route (${route})` : ''}.`,
    nextWhenQualified: 'nothing more to qualify. Confirm your status in Partner Center, and say **summary** for text to paste into an email or ticket.',
    nextAnswer: (stillNeeded: string) => `answer what is still needed (${stillNeeded.replace(/^Still needed:\s*/, '').replace(/\.$/, '')})).`,
    answerKept: (answer: string) => `Your answer so far stays until you give another:\n${answer}`,
    whatIfBeforeResult: 'I will run what-ifs once your result is ready; your answers so far are unchanged. First, the open question:',
    realNumbersMidCheck: 'No what-if is applied: the answers so far are your real numbers. Here is the open question again:',
    sameFiguresMidCheck: 'Noted: I keep the figures you gave. Here is the open question again:',
    unsureAfterResult:
      'No problem. Say **why?** to see what your result rests on, **what should I do next?** for the fastest next step, **what if** to try other numbers, or **back** to change your last answer.',
    fallback: 'Sorry, I did not follow that. Say **check eligibility** to start, **explain the criteria**, ask what a term means (MBS, net-new, MACC, PRACR), or paste your numbers in one message.',
    source: (url: string) => `Source: ${url}`,
    noted: 'Noted:',
    sameFiguresQuestion: (given: string, asked: string) =>
      `Your figures were for ${given}; that date looks at ${asked}. Were your figures the same for ${asked}? If not, I will ask for that window's figures.`,
    figuresReused: (given: string, asked: string) =>
      `The figures you already gave were for ${given}. I will read them as the figures for ${asked}; if they were different then, correct them (for example "billed sales 3.1M").`,
    designationNotCounted: 'Partner designations do not count toward top-tier benefits under the rules in force on that date, so your result stays as it is.',
    tookFigureAs: (figure: string, label: string) => `I took ${figure} as your ${label}, the one answer still needed.`,
    whichStillNeeded: (figure: string) => `Which figure is ${figure}? Here is the first one I still need; answer it and I will update your result.`,
    whichFigureAfterResult: (figure: string) =>
      `Which figure is ${figure}? Label it, for example "${figure} net-new customers" or "${figure} transactions", and I will update your result.`,
    whichFigure: 'That names another figure than the one I asked about. Please label it, for example "billed sales 4.1M" or "28 transactions from 7 customers".',
    changed: 'Changed:',
    asOf: (date: string, version: string) => `I will check as of **${date}**, under ${version}.`,
    asOfNoRules: (date: string) => `There were no published top-tier rules in force on ${date}, so I cannot check that date.`,
    customerMacc: (amount: string) =>
      `A customer's MACC (${amount}) is not counted: the USD 30M and USD 200M routes need a cloud consumption commitment your organisation itself signed. Purchases of your solution can still count toward the customer's MACC.`,
    signerQuestion: (amount: string) =>
      `Did your organisation **itself sign** that ${amount} commitment? A customer's MACC does not count for the commitment routes.`,
    approximate: (label: string, threshold: string) =>
      `You gave an estimate for ${label}, and it is within 10% of the ${threshold} threshold: check the exact figure before relying on this result.`,
    hypothetical: '**What-if (hypothetical, not your real figures):**',
    realNumbersRestored: 'Back to your real numbers.',
    noWhatIf: 'You are already looking at your real numbers.',
    whatIfReady: 'Tell me what to change, for example "5 more transactions", "2 more net-new customers" or "billed sales 4.1M".',
    checkedOn: (date: string, version: string) => `Checked as of ${date} under ${version}.`,
  },
  summaryTitle: 'Summary for your email or ticket',
  /** The guided check's questions; `window` is the trailing twelve months written out ("27 Nov 2025 to 26 Nov 2026"). */
  questions: {
    coSell: 'First: is your organisation **Azure IP co-sell eligible**? That includes having a transactable offer published in the commercial marketplace.',
    offer: 'Do you have a **transactable offer** published in the commercial marketplace (customers can buy it through the marketplace)?',
    /** FY25 named Azure and Security; the PRACR page (2026) names Azure and Industry AI on Azure only, and says nothing of Security. */
    designations: (securityCounts: boolean) =>
      securityCounts
        ? 'Has your organisation attained a **Solutions Partner with certified software** designation (Azure or Security) or an **Industry AI** designation? If yes, which one, and on what date (YYYY-MM-DD)?'
        : "Has your organisation attained a **Solutions Partner with certified software** designation for **Azure**, or an **Industry AI** designation on Azure? If yes, which one, and on what date (YYYY-MM-DD)? (Microsoft's PRACR page does not name the Security designation.)",
    billedSales: (window: string) => `What were your **marketplace billed sales** (MBS) in the trailing twelve months (${window}), in US dollars?`,
    netNew: (window: string, byCustomerTotal: boolean) =>
      byCustomerTotal
        ? `How many **net-new customers** (new to the marketplace or to you) bought **more than USD 10,000** each, in total, in the trailing twelve months (${window})?`
        : `How many **net-new customers** (new to the marketplace or to you) bought a deal of **more than USD 10,000** each in the trailing twelve months (${window})?`,
    transactions: (window: string) =>
      `How many **marketplace transactions of at least USD 100** did you have in the trailing twelve months (${window}), and from how many unique customers?`,
    uniqueCustomers: 'And how many **unique customers** were those transactions from?',
    commitment: 'Has your organisation **itself signed a cloud consumption commitment**? If so, for how much in US dollars? Say "none" if not.',
    allTransactions: (window: string) => `How many **marketplace transactions** did you have in total in the trailing twelve months (${window}), of any value?`,
  },
  examples: {
    yesNo: 'Answer yes, no or not sure.',
    designations: 'For example "yes, Azure, 2024-09-15" or "no".',
    amount: 'For example "$3.6M", "4,200,000" or "none".',
    netNew: 'For example "10", "ten" or "none".',
    transactions: 'For example "28 transactions from 7 customers".',
    count: 'For example "7".',
    commitment: 'For example "$35M", "200 million" or "none".',
  },
  upload: {
    read: (rows: number, fileName: string, window: string) => `I read ${rows.toLocaleString('en-US')} transaction rows from ${fileName}. For ${window} they give:`,
    badRows: (count: number, fileName: string) =>
      `${count.toLocaleString('en-US')} ${count === 1 ? 'row' : 'rows'} of ${fileName} could not be read:`,
    moreBadRows: (count: number) => `- and ${count.toLocaleString('en-US')} more`,
    fixOrGoOn: 'Fix the file and send it again, or go on without those rows?',
    goOn: 'Go on without them',
    fix: 'I will fix the file',
    fixLater: 'OK. Send the corrected file when it is ready; nothing from this one was kept.',
    refused: {
      'not-csv': 'I can read a CSV export of marketplace transactions (columns date, customerId, amountUsd, netNew, and optionally offerId). Please send the file as .csv.',
      'too-large': 'That file is larger than I accept in chat (5 MB). Use the evaluator API or the command line for large exports.',
      'untrusted-url': 'I can only open files shared directly in this chat.',
      'download-failed': 'I could not download that file. Please send it again.',
      busy: 'I am reading other large files right now. Please send yours again in a minute; nothing from it was kept.',
    } as Record<string, string>,
    noRows: 'That file has no transaction rows.',
  },
};
