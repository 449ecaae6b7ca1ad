import { ActivityTypes, type TurnContext } from 'botbuilder';
import { currentLocale } from '../i18n';

/**
 * Labels every message the turn sends with the language it is written in (`activity.locale`), which Web Chat puts
 * in the bubble's `lang` so a screen reader pronounces it right. botbuilder copies the incoming activity's locale
 * onto replies; after "in English please" from an es-MX client that would label English text as Spanish.
 *
 * A reply is labelled when the turn says it. Replies held until the turn's state is saved pass here a second time
 * when released, outside the turn's language: a label already set (not the incoming locale) is kept.
 *
 * @example
 * labelReplyLanguage(context); // before the turn sends anything, and before anything that holds replies back
 */
export function labelReplyLanguage(context: TurnContext): void {
  context.onSendActivities(async (_context, activities, next) => {
    for (const activity of activities) {
      if (activity.type !== ActivityTypes.Message) continue;
      if (activity.locale === undefined || activity.locale === context.activity.locale) activity.locale = currentLocale();
    }
    return next();
  });
}
