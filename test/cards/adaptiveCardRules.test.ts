import { describe, expect, it } from 'vitest';
import { schemaProblems, webChatParserWarnings } from './adaptiveCardRules';

const valid = { $schema: 'http://adaptivecards.io/schemas/adaptive-card.json', type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: 'Hello', wrap: true }] };

describe('the card checks themselves', () => {
  it('a minimal valid card passes both checks', () => {
    expect(schemaProblems(valid)).toEqual([]);
    expect(webChatParserWarnings(valid)).toEqual([]);
  });

  it('the schema walk rejects a Table, a Media element, an unknown property, unwrapped text, an unknown action and an older version', () => {
    const problems = schemaProblems({
      ...valid,
      version: '1.4',
      body: [
        { type: 'Table', columns: [] },
        { type: 'Container', items: [{ type: 'Media', sources: [{ url: 'https://example.com/a.mp4' }] }] },
        { type: 'TextBlock', text: 'x', wrap: true, colour: 'good' },
        { type: 'TextBlock', text: 'unwrapped' },
      ],
      actions: [{ type: 'Action.Execute', title: 'Go' }],
    });
    expect(problems).toEqual([
      'version is 1.4, not 1.5',
      'body[0]: element type Table is not allowed',
      'body[1].items[0]: element type Media is not allowed',
      'body[2]: TextBlock has no property "colour" in schema 1.5',
      'body[3]: TextBlock without wrap: true',
      'actions[0]: action type Action.Execute is not allowed',
    ]);
  });

  it("Web Chat's parser flags an invalid colour and an unknown element", () => {
    const warnings = webChatParserWarnings({ ...valid, body: [{ type: 'TextBlock', text: 'x', wrap: true, color: 'green' }, { type: 'Bogus' }] });
    expect(warnings).toEqual(['Invalid value "green" for property "color".', 'Unknown element type "Bogus". Fallback will be used if present.']);
  });
});
