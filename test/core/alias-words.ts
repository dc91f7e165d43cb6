/** Aliases, variants (case, accents, other scripts), plain filler and separators: the pieces of random texts in the prefilter's soundness tests. */
export const ALIAS_WORDS = [
  'Sergey', 'Lavrov', 'Sergei', 'LAVROV', 'Lav\u00adrov', 'Putin', 'PUTIN', 'Vladimir', 'Xi', 'XI', 'Jinping', 'Wang', 'Yi', 'Zhao', 'Lijian', 'Li', 'Yonghui',
  'Treaty', 'of', 'Good', 'Neighborliness', 'and', 'Friendly', 'Cooperation', 'Sino', 'Russian', 'trade', 'trading', 'perdagangan', '$107', 'billion',
  'miliar', 'US$', '11', 'consecutive', 'years', 'tahun', 'berturut', 'Лавров', '王毅', 'taxi', 'the', 'said', 'Mérida', 'ﬁ', '_', '\u200b',
  // Letters that fold to those of an alias one for one, and some that do not.
  'Lavróv', 'PÚTIN', 'Ｐｕｔｉｎ', 'Путина', 'ЛАВРОВЫМ', 'Wáng', 'Xí', 'Zhào', 'é', 'Ł', 'ß', 'e\u0301', '\ufe0f', 'Ⓟ', 'ℯ', '年', '連續', 'Ǉ', 'ĳ',
  // Chinese and Japanese: names, context words and streak phrases in running text, and Han and kana that hold none.
  '拉夫罗夫', '拉夫羅夫', '普京', '普丁', '习近平', '習近平', '赵立坚', '李永辉', '王', '毅', '贸易', '貿易', '连续', '連續', '第', '亿美元', '1070', '中俄',
  '睦邻友好合作条约', '外交部长', '北京', '東京', 'の', 'が', 'ガ', 'ｶﾞ', '，', '。', '、', '　', '１１', '〇',
  ' ', '  ', '\n', '\t', '\u00a0', '\u2009', '—', '–', '-', '“', '”', '’', "'", '.', ',', '(', ')', '…', '😀',
];
