import type { Lexicon } from './types';

/** Chinese (Simplified): "," groups thousands; 万/亿 are magnitudes; measure words (个, 笔, 家) follow figures. */
export const zhHans: Lexicon = {
  locale: 'zh-Hans',
  decimalComma: false,
  spaced: false,
  numberWords: {},
  magnitudes: { '千亿': 11, '百亿': 10, '十亿': 9, '亿': 8, '億': 8, '千万': 7, '百万': 6, '十万': 5, '万': 4, '千': 3, k: 3, m: 6 },
  yes: ['应该是', '可能是', '是', '是的', '对', '对的', '有', '有的', '当然', '没错', '可以', '好的', '正确', '符合'],
  // "没错" (that's right) and "不错" (not bad) say yes although they start like "没" and "不".
  no: ['应该没有', '可能没有', '应该不是', '否', '不是', '不(?!错)', '没有', '还没有', '没(?!错)', '不对', '不符合', '无'],
  none: ['没有', '无', '零', '一个也没有', '还没有', '没', '暂无', '否'],
  unknown: ['不知道', '不清楚', '不确定', '不晓得', '跳过', '下一个', '未知', '不适用'],
  unsure: ['不知道', '不清楚', '不确定'],
  guess: ['也许', '可能', '应该', '大概', '我觉得', '左右'],
  approximately: ['大约', '约', '大概', '差不多', '将近'],
  usd: ['美元', '美金', '美刀', 'us\\$'],
  foreign: ['人民币', '欧元', '英镑', '日元', '円', '港币', '港元', '加元', '元', '块'],
  foreignAnywhere: ['人民币', '欧元', '英镑', '日元', '円', '港币', '港元', '加元'],
  currencyJoiner: '',
  periods: ['个月', '年', '周', '天', '季度'],
  metrics: {
    billedSales: ['账单销售额', '计费销售额', '销售额'],
    looseSales: ['营收', '收入'],
    netNew: ['(?:个|家|位)?(?:净新增客户|净新客户|新客户|新增客户)'],
    transactions: ['(?:笔|次|个)?交易'],
    customers: ['(?:个|家|位)?客户'],
    uniqueCustomers: ['(?:个)?不同的客户', '(?:个)?唯一客户', '(?:个)?独立客户'],
    commitment: ['承诺(?:消费)?', '消费承诺'],
  },
  figureOf: [],
  counters: ['个', '家', '位'],
  comparatorsBefore: ['每个超过', '超过', '高于', '大于', '至少'],
  comparatorsAfter: ['以上(?:的)?'],
  // "25 笔交易，来自 6 个客户": a comma and 来自 together join the transactions to their customers.
  pairJoiners: ['[，,]\\s*来自', '来自', '的', '从', '和', '，', '、'],
  connectors: ['是', '为', '有', '达到', '再多', '多', '再', '的'],
  zeroBefore: ['没有', '无', '暂无'],
  zeroAfter: ['(?:为|是)?(?:零|无|没有)'],
  more: ['再多', '多', '增加', '额外'],
  fewer: ['少', '减少'],
  months: [],
  asOf: ['截至', '截止', '时', '底', '末', '那天'],
  // "万一" (in case) but not inside a numeral: "三百万一千" is 3,001,000.
  hypothetical: ['如果', '假如', '要是', '假设', '(?<![\\d零一二三四五六七八九十百千两])万一'],
  questionStarts: ['什么', '怎么', '如何', '为什么', '哪', '是否', '能否', '请问'],
  questionEnds: ['吗', '呢', '什么', '么', '如何', '怎么办', '是什么', '啥'],
};
