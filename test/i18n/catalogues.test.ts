import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { catalogues, supportedLocales } from '../../src/i18n';

/** The argument names a message uses, with their ICU type, sorted: translations must use the same ones. */
function argumentsOf(message: string): string[] {
  const found = new Set<string>();
  const walk = (elements: MessageFormatElement[]): void => {
    for (const element of elements) {
      if ('value' in element && element.type !== TYPE.literal) found.add(`${element.value}:${TYPE[element.type]}`);
      if ('options' in element) for (const option of Object.values(element.options)) walk(option.value);
      if (element.type === TYPE.tag) walk(element.children);
    }
  };
  walk(parse(message));
  return [...found].sort();
}

describe('message catalogues', () => {
  const english = catalogues.en;
  for (const locale of supportedLocales) {
    for (const namespace of ['chat', 'result'] as const) {
      const catalogue: Readonly<Record<string, string>> = catalogues[locale][namespace];
      it(`${locale}/${namespace} has every English key and no other`, () => {
        expect(Object.keys(catalogue).sort()).toEqual(Object.keys(english[namespace]).sort());
      });
      it(`${locale}/${namespace} parses as ICU and uses the English messages' arguments`, () => {
        for (const [key, message] of Object.entries(catalogue)) {
          const source = english[namespace][key as keyof (typeof english)[typeof namespace]];
          if (source === undefined) continue;
          expect({ key, args: argumentsOf(message) }).toEqual({ key, args: argumentsOf(source) });
          expect(message.trim(), key).not.toBe('');
        }
      });
    }
  }
});
