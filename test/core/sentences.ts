export type Expect = [entity: string, surface: string];
/** Our own multilingual examples: what must be found, and the traps (expected: nothing). */
export const TABLE: [string, Expect[]][] = [
  // Indonesian (the article's language)
  ['Menteri Luar Negeri Rusia Sergey Lavrov akan melakukan kunjungan dua hari ke Tiongkok.', [['person/sergey-lavrov', 'Sergey Lavrov']]],
  ['Menlu Lavrov tiba di Beijing.', [['person/sergey-lavrov', 'Lavrov']]],
  ['Presiden Xi menerima tamunya.', [['person/xi-jinping', 'Xi']]],
  ['Tiongkok telah menjadi mitra dagang terbesar Rusia selama 11 tahun berturut-turut, dan perdagangan bilateral melebihi $107 miliar pada tahun lalu.',
    [['figure/top-partner-11-years', '11 tahun berturut-turut'], ['figure/trade-2020', '$107 miliar']]],
  ['Perdagangan kedua negara mencapai 107 miliar dolar AS.', [['figure/trade-2020', '107 miliar dolar AS']]],
  ['peringatan 20 tahun Perjanjian Tetangga yang Baik dan Kerja Sama Ramah antara Tiongkok dan Rusia', [['treaty/good-neighborliness-2001', 'Perjanjian Tetangga yang Baik dan Kerja Sama Ramah']]],
  // English
  ["Sergei Lavrov's visit; Lavrov’s remarks; FM Lavrov said.", [['person/sergey-lavrov', 'Sergei Lavrov'], ['person/sergey-lavrov', 'Lavrov'], ['person/sergey-lavrov', 'Lavrov']]],
  ['VLADIMIR PUTIN and Vladi\u00admir Putin and Vladimir\u00a0Putin.', [['person/vladimir-putin', 'VLADIMIR PUTIN'], ['person/vladimir-putin', 'Vladi\u00admir Putin'], ['person/vladimir-putin', 'Vladimir\u00a0Putin']]],
  ['Pu\u200btin spoke.', [['person/vladimir-putin', 'Pu\u200btin']]],
  ['Ｐｕｔｉｎ in fullwidth.', [['person/vladimir-putin', 'Ｐｕｔｉｎ']]],
  ['Bilateral trade hit US$107.76 billion in 2020.', [['figure/trade-2020', 'US$107.76 billion']]],
  ['Trade reached USD 107.8bn.', [['figure/trade-2020', 'USD 107.8bn']]],
  ["China has been Russia's largest trading partner for 11 consecutive years.", [['figure/top-partner-11-years', '11 consecutive years']]],
  ['The Treaty of Good-Neighbourliness and Friendly Cooperation was signed in 2001.', [['treaty/good-neighborliness-2001', 'Treaty of Good-Neighbourliness and Friendly Cooperation']]],
  ['the Treaty of Good Neighborliness and Friendly Cooperation', [['treaty/good-neighborliness-2001', 'Treaty of Good Neighborliness and Friendly Cooperation']]],
  ['The Sino-Russian Treaty of Friendship is 20.', [['treaty/good-neighborliness-2001', 'Sino-Russian Treaty of Friendship']]],
  ['Wang Yi met Lavrov. Later Wang said talks went well.', [['person/wang-yi', 'Wang Yi'], ['person/sergey-lavrov', 'Lavrov'], ['person/wang-yi', 'Wang']]],
  ['Zhao Lijian briefed reporters. Zhao added more.', [['person/zhao-lijian', 'Zhao Lijian'], ['person/zhao-lijian', 'Zhao']]],
  ['Li Yonghui of CASS spoke. Li said ties were strong.', [['person/li-yonghui', 'Li Yonghui'], ['person/li-yonghui', 'Li']]],
  // Russian
  ['Сергей Лавров прибыл в Пекин.', [['person/sergey-lavrov', 'Сергей Лавров']]],
  ['Встреча Лаврова с Ван И; Лаврову, Лавровым.', [['person/sergey-lavrov', 'Лаврова'], ['person/wang-yi', 'Ван И'], ['person/sergey-lavrov', 'Лаврову'], ['person/sergey-lavrov', 'Лавровым']]],
  ['Путин и Си Цзиньпином; Путина.', [['person/vladimir-putin', 'Путин'], ['person/xi-jinping', 'Си Цзиньпином'], ['person/vladimir-putin', 'Путина']]],
  ['Товарооборот составил 107,76 млрд долларов.', [['figure/trade-2020', '107,76 млрд долларов']]],
  ['Китай 11 лет подряд остаётся крупнейшим торговым партнёром России.', [['figure/top-partner-11-years', '11 лет подряд']]],
  ['двадцатилетие Договора о добрососедстве, дружбе и сотрудничестве', [['treaty/good-neighborliness-2001', 'Договора о добрососедстве, дружбе и сотрудничестве']]],
  // Chinese
  ['拉夫罗夫与王毅会谈，习近平会见普京。', [['person/sergey-lavrov', '拉夫罗夫'], ['person/wang-yi', '王毅'], ['person/xi-jinping', '习近平'], ['person/vladimir-putin', '普京']]],
  ['拉夫羅夫與習近平、普丁。', [['person/sergey-lavrov', '拉夫羅夫'], ['person/xi-jinping', '習近平'], ['person/vladimir-putin', '普丁']]],
  ['中俄双边贸易额达1077.7亿美元，中国连续11年成为俄罗斯第一大贸易伙伴。', [['figure/trade-2020', '1077.7亿美元'], ['figure/top-partner-11-years', '连续11年']]],
  ['双边贸易额为1,077亿美元。', [['figure/trade-2020', '1,077亿美元']]],
  ['《中俄睦邻友好合作条约》签署20周年', [['treaty/good-neighborliness-2001', '中俄睦邻友好合作条约']]],
  ['赵立坚表示，李永辉认为', [['person/zhao-lijian', '赵立坚'], ['person/li-yonghui', '李永辉']]],
  // German
  ['Sergej Lawrow traf Wladimir Putin.', [['person/sergey-lavrov', 'Sergej Lawrow'], ['person/vladimir-putin', 'Wladimir Putin']]],
  // Traps: no mention at all.
  ['Rasputin was a mystic.', []],
  ['Louis XI ruled France.', []],
  ['Xiamen is a city; xi is a letter.', []],
  ['Wang said the bank would cut rates.', []], // a bare surname with no full name in the document
  ['Wang Yi met Wang Wenbin. Wang spoke first.', [['person/wang-yi', 'Wang Yi']]], // another Wang: ambiguous
  ['Li Yonghui and Li Keqiang met. Li spoke.', [['person/li-yonghui', 'Li Yonghui']]],
  ['Bilateral trade reached $107 million.', []],
  ['Bilateral trade reached $10.7 billion.', []],
  ['Bilateral trade reached $104 billion.', []],
  ['The company spent $107 billion on buybacks.', []], // no trade word in the sentence
  ['Trade fell. The firm spent $107 billion.', []], // trade word in another sentence
  ['Trade fell.\n\nThe firm spent $107 billion.', []], // ... in another paragraph
  ['bilateral trade\n    exceeded $107 billion', [['figure/trade-2020', '$107 billion']]], // a wrapped source line is not a sentence end
  ['Trade with Hong Kong reached HK$107 billion.', []], // not US dollars
  ['The team won 11 consecutive years.', []], // no trade context
  ['Russia\u2019s largest trading partner for 12 consecutive years.', []],
  ['Lavrovsky street; the Putinist line.', []],
  ['Sergey Lavrov2', []],
];
