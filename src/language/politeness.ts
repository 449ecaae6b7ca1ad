// "Please" alone in each language, with the punctuation people add: a courtesy, not a yes.
const ONLY_PLEASE =
  /^\s*(?:please|pls|plz|por\s+favor|bitte(?:\s+sch[öo]n)?|s'il\s+(?:vous|te)\s+pla[iî]t|svp|stp|per\s+favore|お願いします|おねがいします|お願い|お願いいたします|ください|请|請|拜托)\s*[.!。！…]*\s*$/iu;

/**
 * Whether a message is only "please" ("please", "por favor", "bitte", "お願いします", "请"): at a yes/no question it
 * answers nothing, however polite, so it is never recorded as yes.
 *
 * @example
 * saysOnlyPlease('お願いします'); // true
 * saysOnlyPlease('yes please'); // false
 */
export function saysOnlyPlease(text: string): boolean {
  return ONLY_PLEASE.test(text.replace(/[\u2018\u2019]/g, "'"));
}
