/** Aliases, variants (case, accents, other scripts), plain filler and separators: the pieces of random texts in the prefilter's soundness tests. */
export const ALIAS_WORDS = [
  'Sergey', 'Lavrov', 'Sergei', 'LAVROV', 'Lav\u00adrov', 'Putin', 'PUTIN', 'Vladimir', 'Xi', 'XI', 'Jinping', 'Wang', 'Yi', 'Zhao', 'Lijian', 'Li', 'Yonghui',
  'Treaty', 'of', 'Good', 'Neighborliness', 'and', 'Friendly', 'Cooperation', 'Sino', 'Russian', 'trade', 'trading', 'perdagangan', '$107', 'billion',
  'miliar', 'US$', '11', 'consecutive', 'years', 'tahun', 'berturut', 'Лавров', '王毅', 'taxi', 'the', 'said', 'Mérida', 'ﬁ', '_', '\u200b',
  // Letters that fold to those of an alias one for one, and some that do not.
  'Lavróv', 'PÚTIN', 'Ｐｕｔｉｎ', 'Путина', 'ЛАВРОВЫМ', 'Wáng', 'Xí', 'Zhào', 'é', 'Ł', 'ß', 'e\u0301', '\ufe0f', 'Ⓟ', 'ℯ', '年', '連續', 'Ǉ', 'ĳ',
  ' ', '  ', '\n', '\t', '\u00a0', '\u2009', '—', '–', '-', '“', '”', '’', "'", '.', ',', '(', ')', '…', '😀',
];
