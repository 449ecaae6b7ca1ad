import type { Lexicon } from './types';

/** Chinese (Simplified): "," groups thousands; 万/亿 are magnitudes; measure words (个, 笔, 家) follow figures. */
export const zhHans: Lexicon = {
  locale: 'zh-Hans',
  decimalComma: false,
  spaced: false,
  numberWords: {},
  magnitudes: { '千亿': 11, '百亿': 10, '十亿': 9, '亿': 8, '億': 8, '千万': 7, '百万': 6, '十万': 5, '万': 4, '千': 3, k: 3, m: 6 },
  yes: ['是', '是的', '对', '对的', '有', '有的', '当然', '没错', '可以', '好的', '正确', '符合'],
  no: ['否', '不是', '不', '没有', '还没有', '没', '不对', '不符合', '无'],
  none: ['没有', '无', '零', '一个也没有', '还没有', '没', '暂无', '否'],
  unknown: ['不知道', '不清楚', '不确定', '不晓得', '跳过', '下一个', '未知', '不适用'],
  unsure: ['不知道', '不清楚', '不确定'],
  guess: ['也许', '可能', '大概', '我觉得', '左右'],
  approximately: ['大约', '约', '大概', '差不多', '将近'],
  usd: ['美元', '美金', '美刀', 'us\\$'],
  foreign: ['人民币', '欧元', '英镑', '日元', '港币', '港元', '加元', '元', '块'],
  foreignAnywhere: ['人民币', '欧元', '英镑', '日元', '港币', '港元', '加元'],
  currencyJoiner: '',
  periods: ['个月', '年', '周', '天', '季度'],
  metrics: {
    billedSales: ['账单销售额', '计费销售额', '销售额', '营收', '收入'],
    netNew: ['净新增客户', '新客户', '新增客户'],
    transactions: ['(?:笔|次|个)?交易'],
    customers: ['(?:个|家|位)?客户'],
    commitment: ['承诺(?:消费)?', '消费承诺'],
  },
  pairJoiners: ['来自', '的', '从', '和', '，', '、'],
  connectors: ['是', '为', '有', '达到', '再多', '多', '再', '的'],
  more: ['再多', '多', '增加', '额外'],
  fewer: ['少', '减少'],
  hypothetical: ['如果', '假如', '要是', '假设', '万一'],
};
