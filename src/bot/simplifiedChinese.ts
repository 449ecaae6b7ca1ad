/*
 * Traditional characters and the Simplified ones the bot's Chinese words are written with, for the words a partner
 * in Taiwan or Hong Kong types to this bot: its commands (檢查資格, 說明, 跳過, 重新開始), answers (是, 沒有, 不確定),
 * figures (三百六十萬美元, 25筆交易，來自6個客戶) and program words (淨新客戶, 承諾, 雲端消費, 認證, 夥伴).
 * Characters written the same in both are absent. Not a general converter: one character each, no phrases.
 */
const PAIRS =
  '檢检資资沒没個个筆笔來来戶户萬万億亿額额銷销們们這这嗎吗說说確确認认證证書书與与對对為为過过時时問问題题讓让給给' +
  '從从實实現现買买賣卖單单務务業业產产費费請请該该識识經经營营標标準准夠够達达樣样簽签諾诺約约幣币謝谢還还麼么' +
  '雲云計计劃划顯显結结條条幫帮開开繼继續续總总場场價价數数層层級级權权夥伙決决後后淨净兩两無无錯错區区灣湾國国' +
  '際际歐欧圓圆員员電电網网頁页預预測测試试間间週周歷历曆历選选擇择項项變变動动邊边門门關关於于係系獲获處处報报' +
  '號号碼码傳传檔档匯汇換换轉转東东長长進进遠远應应當当將将會会發发點点聯联繫系連连讀读寫写語语簡简體体';

const SIMPLIFIED = new Map<string, string>();
for (let i = 0; i + 1 < PAIRS.length; i += 2) SIMPLIFIED.set(PAIRS[i]!, PAIRS[i + 1]!);

/**
 * The message with its Traditional characters written the Simplified way, so a Chinese turn reads "檢查資格" as the
 * command "检查资格". Only for Chinese turns: Japanese writes some of these characters (個, 資, 筆 are Japanese too).
 *
 * @example
 * simplifiedChinese('25筆交易，來自6個客戶'); // '25笔交易，来自6个客户'
 */
export function simplifiedChinese(text: string): string {
  return text.replace(/\p{Script=Han}/gu, (character) => SIMPLIFIED.get(character) ?? character);
}
