import { describe, expect, it } from 'vitest';
import { simplifiedChinese } from '../../src/bot/simplifiedChinese';

describe('simplifiedChinese: Traditional characters a Taiwanese partner types, read the Simplified way', () => {
  it.each([
    ['檢查資格', '检查资格'],
    ['沒有', '没有'],
    ['三百六十萬美元', '三百六十万美元'],
    ['25筆交易，來自6個客戶', '25笔交易，来自6个客户'],
    ['我們還沒有簽署承諾', '我们还没有签署承诺'],
  ])('"%s" -> "%s"', (traditional, simplified) => {
    expect(simplifiedChinese(traditional)).toBe(simplified);
  });

  it('leaves Simplified text, figures and other scripts as they are', () => {
    for (const text of ['检查资格', 'MBS 3.6M', '取引２８件', 'auf Deutsch bitte', '']) expect(simplifiedChinese(text)).toBe(text);
  });
});
