/**
 * Our own multilingual examples (written by us, never copied from pages): per language,
 * what must be found and the traps (expected: nothing, or less). The engine test prints
 * precision and recall per language.
 */
export type Expect = [entity: string, surface: string];
export type Row = [text: string, expected: Expect[], lang: string];

const LAV = 'person/sergey-lavrov';
const WANG = 'person/wang-yi';
const ZHAO = 'person/zhao-lijian';
const XI = 'person/xi-jinping';
const PUT = 'person/vladimir-putin';
const LI = 'person/li-yonghui';
const TREATY = 'treaty/good-neighborliness-2001';
const TRADE = 'figure/trade-2020';
const STREAK = 'figure/top-partner-11-years';

const rows: Record<string, [string, Expect[]][]> = {
  id: [
    ['Menteri Luar Negeri Rusia Sergey Lavrov akan melakukan kunjungan dua hari ke Tiongkok.', [[LAV, 'Sergey Lavrov']]],
    ['Menlu Lavrov tiba di Beijing.', [[LAV, 'Lavrov']]],
    ['Presiden Xi menerima tamunya.', [[XI, 'Xi']]],
    ['Tiongkok telah menjadi mitra dagang terbesar Rusia selama 11 tahun berturut-turut, dan perdagangan bilateral melebihi $107 miliar pada tahun lalu.',
      [[STREAK, '11 tahun berturut-turut'], [TRADE, '$107 miliar']]],
    ['Perdagangan Rusia dan Tiongkok mencapai 107 miliar dolar AS.', [[TRADE, '107 miliar dolar AS']]],
    ['peringatan 20 tahun Perjanjian Tetangga yang Baik dan Kerja Sama Ramah antara Tiongkok dan Rusia', [[TREATY, 'Perjanjian Tetangga yang Baik dan Kerja Sama Ramah']]],
    ['Perdagangan Indonesia dan Jepang mencapai 107 miliar dolar AS.', []], // no Russia, no China
  ],
  en: [
    ["Sergei Lavrov's visit; Lavrov’s remarks; FM Lavrov said.", [[LAV, 'Sergei Lavrov'], [LAV, 'Lavrov'], [LAV, 'Lavrov']]],
    ['VLADIMIR PUTIN and Vladi\u00admir Putin and Vladimir\u00a0Putin.', [[PUT, 'VLADIMIR PUTIN'], [PUT, 'Vladi\u00admir Putin'], [PUT, 'Vladimir\u00a0Putin']]],
    ['Pu\u200btin spoke.', [[PUT, 'Pu\u200btin']]],
    ['Ｐｕｔｉｎ in fullwidth.', [[PUT, 'Ｐｕｔｉｎ']]],
    ['Russia-China bilateral trade hit US$107.76 billion in 2020.', [[TRADE, 'US$107.76 billion']]],
    ['Trade between Moscow and Beijing reached USD 107.8bn.', [[TRADE, 'USD 107.8bn']]],
    ["China has been Russia's largest trading partner for 11 consecutive years.", [[STREAK, '11 consecutive years']]],
    ['Russia and China signed the Treaty of Good-Neighbourliness and Friendly Cooperation in 2001.', [[TREATY, 'Treaty of Good-Neighbourliness and Friendly Cooperation']]],
    ['the Sino-Russian Treaty of Good Neighborliness and Friendly Cooperation', [[TREATY, 'Treaty of Good Neighborliness and Friendly Cooperation']]],
    ['The Sino-Russian Treaty of Friendship is 20.', [[TREATY, 'Sino-Russian Treaty of Friendship']]],
    ['Wang Yi met Lavrov. Later Wang said talks went well.', [[WANG, 'Wang Yi'], [LAV, 'Lavrov'], [WANG, 'Wang']]],
    ['Zhao Lijian briefed reporters. Zhao added more.', [[ZHAO, 'Zhao Lijian'], [ZHAO, 'Zhao']]],
    ['Li Yonghui of CASS spoke. Li said ties were strong.', [[LI, 'Li Yonghui'], [LI, 'Li']]],
    ['Rasputin was a mystic.', []],
    ['Louis XI ruled France.', []],
    ['Xiamen is a city; xi is a letter.', []],
    ['Wang said the bank would cut rates.', []], // a bare surname with no full name in the document
    ['Wang Yi met Wang Wenbin. Wang spoke first.', [[WANG, 'Wang Yi']]], // another Wang: ambiguous
    ['Li Yonghui and Li Keqiang met. Li spoke.', [[LI, 'Li Yonghui']]],
    ['Russia-China trade reached $107 million.', []],
    ['Russia-China trade reached $10.7 billion.', []],
    ['Russia-China trade reached $104 billion.', []],
    ['The Russian company spent $107 billion on buybacks.', []], // no trade word in the sentence
    ['Trade with Russia fell. The firm spent $107 billion.', []], // trade word in another sentence
    ['Trade with Russia fell.\n\nThe firm spent $107 billion.', []], // ... in another paragraph
    ['Russia-China bilateral trade\n    exceeded $107 billion', [[TRADE, '$107 billion']]], // a wrapped source line is not a sentence end
    ['The trade surplus of Samsung reached $107 billion.', []], // neither Russia nor China near it
    ['Trade with Hong Kong and China reached HK$107 billion.', []], // not US dollars
    ['The team won 11 consecutive years.', []], // no trade context
    ["China has been Brazil's largest trading partner for 11 consecutive years.", []], // not Russia
    ['Russia\u2019s largest trading partner for 12 consecutive years.', []],
    ['Lavrovsky street; the Putinist line.', []],
    ['Sergey Lavrov2', []],
    ['The actor Kirill Lavrov starred in the film. Lavrov was born in 1925.', []], // a namesake blocks the bare surname
    ['K. Lavrov wrote the essay; later Lavrov revised it.', []],
    ['S. Lavrov arrived; Lavrov met Wang Yi.', [[LAV, 'Lavrov'], [LAV, 'Lavrov'], [WANG, 'Wang Yi']]], // our initial
    ['China and Kazakhstan signed a Treaty of Good-Neighborliness and Friendly Cooperation in 2002.', []], // a sibling treaty
  ],
  ru: [
    ['Сергей Лавров прибыл в Пекин.', [[LAV, 'Сергей Лавров']]],
    ['Встреча Лаврова с Ван И; Лаврову, Лавровым.', [[LAV, 'Лаврова'], [WANG, 'Ван И'], [LAV, 'Лаврову'], [LAV, 'Лавровым']]],
    ['Путин и Си Цзиньпином; Путина.', [[PUT, 'Путин'], [XI, 'Си Цзиньпином'], [PUT, 'Путина']]],
    ['Вопрос задали Чжао Лицзяню, и ответ Чжао Лицзяня был кратким.', [[ZHAO, 'Чжао Лицзяню'], [ZHAO, 'Чжао Лицзяня']]],
    ['Товарооборот России и Китая составил 107,76 млрд долларов.', [[TRADE, '107,76 млрд долларов']]],
    ['Китай 11 лет подряд остаётся крупнейшим торговым партнёром России.', [[STREAK, '11 лет подряд']]],
    ['двадцатилетие российско-китайского Договора о добрососедстве, дружбе и сотрудничестве', [[TREATY, 'Договора о добрососедстве, дружбе и сотрудничестве']]],
    ['Памяти артиста Кирилла Лаврова. Лавров сыграл много ролей.', []],
    ['К.Лавров и его книга; Лавров писал о войне.', []],
  ],
  'zh-Hans': [
    ['拉夫罗夫与王毅会谈，习近平会见普京。', [[LAV, '拉夫罗夫'], [WANG, '王毅'], [XI, '习近平'], [PUT, '普京']]],
    ['中俄双边贸易额达1077.7亿美元，中国连续11年成为俄罗斯第一大贸易伙伴。', [[TRADE, '1077.7亿美元'], [STREAK, '连续11年']]],
    ['中俄双边贸易额为1,077亿美元。', [[TRADE, '1,077亿美元']]],
    ['《中俄睦邻友好合作条约》签署20周年', [[TREATY, '中俄睦邻友好合作条约']]],
    ['外交部长王毅表示，赵立坚也表示欢迎。', [[WANG, '王毅'], [ZHAO, '赵立坚']]],
    ['国王毅然决定退位。', []], // 王毅 inside 国王 | 毅然
    ['2002年签署的中哈睦邻友好合作条约', []], // China–Kazakhstan
    ['中俄贸易额达107亿美元。', []], // 10.7 billion
    ['北京外国语大学的李永辉教授认为', []], // another scholar (our Li Yonghui's Chinese name could not be established: none ships)
  ],
  'zh-Hant': [
    ['拉夫羅夫與習近平、普丁。', [[LAV, '拉夫羅夫'], [XI, '習近平'], [PUT, '普丁']]],
    ['趙立堅說，中俄貿易額達1077億美元。', [[ZHAO, '趙立堅'], [TRADE, '1077億美元']]],
    ['中國連續11年成為俄羅斯最大貿易夥伴。', [[STREAK, '連續11年']]],
    ['《中俄睦鄰友好合作條約》', [[TREATY, '中俄睦鄰友好合作條約']]],
    ['中國連續11年成為巴西最大貿易夥伴。', []], // not Russia
  ],
  de: [
    ['Sergej Lawrow traf Wladimir Putin.', [[LAV, 'Sergej Lawrow'], [PUT, 'Wladimir Putin']]],
    ['Der russische Außenminister Sergej Lawrow ist in Peking eingetroffen.', [[LAV, 'Sergej Lawrow']]],
    ['Lawrows Besuch dauerte zwei Tage.', [[LAV, 'Lawrows']]],
    ['Der Handel zwischen Russland und China erreichte 107,8 Milliarden Dollar.', [[TRADE, '107,8 Milliarden Dollar']]],
    ['China ist seit 11 Jahren in Folge der größte Handelspartner Russlands.', [[STREAK, '11 Jahren in Folge']]],
    ['Der Handel zwischen Deutschland und Frankreich erreichte 107,8 Milliarden Dollar.', []],
    ['Der Schauspieler Kirill Lawrow spielte im Film. Lawrow war bekannt.', []],
  ],
  ms: [
    ['Menteri Luar Rusia Sergey Lavrov tiba di Beijing.', [[LAV, 'Sergey Lavrov']]],
    ['Wang Yi bertemu Lavrov di ibu negara.', [[WANG, 'Wang Yi'], [LAV, 'Lavrov']]],
    // Not "107.8 bilion dolar AS": bilion is 10^12 in Polish and Czech, so the money table drops it (a gap, in the closing note).
    ['Vladimir Putin dan Xi Jinping berbual melalui telefon.', [[PUT, 'Vladimir Putin'], [XI, 'Xi Jinping']]],
    ['China telah menjadi rakan dagang terbesar Rusia selama 11 tahun berturut-turut.', [[STREAK, '11 tahun berturut-turut']]],
    ['Pelakon Kirill Lavrov berlakon dalam filem itu. Lavrov terkenal di Moscow.', []], // a namesake blocks the bare surname
  ],
  es: [
    ['El canciller ruso Serguéi Lavrov llegó a Pekín.', [[LAV, 'Serguéi Lavrov']]],
    ['Vladímir Putin y Xi Jinping hablaron por teléfono.', [[PUT, 'Vladímir Putin'], [XI, 'Xi Jinping']]],
    ['El comercio entre Rusia y China alcanzó 107.760 millones de dólares.', [[TRADE, '107.760 millones de dólares']]],
    ['China es el principal socio comercial de Rusia por undécimo año consecutivo.', [[STREAK, 'undécimo año consecutivo']]],
    ['Ambos países renovarán el Tratado de Buena Vecindad y Cooperación Amistosa entre China y Rusia.', [[TREATY, 'Tratado de Buena Vecindad y Cooperación Amistosa']]],
    ['El comercio de España con Francia llegó a 107.760 millones de dólares.', []],
  ],
  pt: [
    ['O chanceler russo Serguei Lavrov chegou a Pequim.', [[LAV, 'Serguei Lavrov']]],
    ['O comércio entre a Rússia e a China somou US$ 107,76 bilhões.', [[TRADE, 'US$ 107,76 bilhões']]],
    ['A China é o maior parceiro comercial da Rússia há 11 anos consecutivos.', [[STREAK, '11 anos consecutivos']]],
    ['O Tratado de Boa Vizinhança, Amizade e Cooperação entre a China e a Rússia faz 20 anos.', [[TREATY, 'Tratado de Boa Vizinhança, Amizade e Cooperação']]],
    ['O comércio do Brasil com a Argentina somou US$ 107,76 bilhões.', []],
  ],
  fr: [
    ['Le ministre russe Sergueï Lavrov est arrivé à Pékin.', [[LAV, 'Sergueï Lavrov']]],
    ['Vladimir Poutine a parlé avec Xi Jinping. Poutine a salué la visite.', [[PUT, 'Vladimir Poutine'], [XI, 'Xi Jinping'], [PUT, 'Poutine']]],
    ["Le commerce entre la Russie et la Chine a atteint 107,8 milliards de dollars.", [[TRADE, '107,8 milliards de dollars']]],
    ['La Chine est le premier partenaire commercial de la Russie pour la onzième année consécutive.', [[STREAK, 'onzième année consécutive']]],
    ["La Russie et la Chine ont prolongé le traité de bon voisinage, d'amitié et de coopération.", [[TREATY, "traité de bon voisinage, d'amitié et de coopération"]]],
    ["Le commerce de la France avec l'Allemagne a atteint 107,8 milliards d'euros.", []],
  ],
  it: [
    ['Il ministro degli Esteri russo Sergej Lavrov è arrivato a Pechino.', [[LAV, 'Sergej Lavrov']]],
    ["L'interscambio tra Russia e Cina ha raggiunto 107,8 miliardi di dollari.", [[TRADE, '107,8 miliardi di dollari']]],
    ["La Cina è il primo partner commerciale della Russia per l'undicesimo anno consecutivo.", [[STREAK, 'undicesimo anno consecutivo']]],
    ['Russia e Cina rinnovano il Trattato di buon vicinato, amicizia e cooperazione.', [[TREATY, 'Trattato di buon vicinato, amicizia e cooperazione']]],
    ["L'interscambio tra Italia e Francia ha raggiunto 107,8 miliardi di dollari.", []],
  ],
  ro: [
    ['Ministrul rus de externe, Serghei Lavrov, a ajuns la Beijing.', [[LAV, 'Serghei Lavrov']]],
    ['Comerțul dintre Rusia și China a ajuns la 107,8 miliarde de dolari.', [[TRADE, '107,8 miliarde de dolari']]],
    ['China este principalul partener comercial al Rusiei pentru al 11-lea an consecutiv.', [[STREAK, 'al 11-lea an consecutiv']]],
    ['Rusia și China au prelungit Tratatul de bună vecinătate și cooperare.', [[TREATY, 'Tratatul de bună vecinătate și cooperare']]],
    ['Comerțul dintre România și Ungaria a ajuns la 107,8 miliarde de dolari.', []],
  ],
  ja: [
    ['ロシアのラブロフ外相は北京を訪れた。', [[LAV, 'ラブロフ']]],
    ['王毅外相と習近平国家主席がプーチン大統領について語った。', [[WANG, '王毅'], [XI, '習近平'], [PUT, 'プーチン']]],
    ['中露貿易は1078億ドルに達した。', [[TRADE, '1078億ドル']]],
    ['中国はロシアにとって11年連続で最大の貿易相手国だ。', [[STREAK, '11年連続']]],
    ['中露善隣友好協力条約の署名から20年。', [[TREATY, '中露善隣友好協力条約']]],
    ['国王毅然として退位を決めた。', []],
  ],
  ko: [
    ['세르게이 라브로프 러시아 외무장관이 베이징에 도착했다.', [[LAV, '세르게이 라브로프']]],
    ['라브로프는 푸틴과 시진핑의 회담을 준비했다.', [[LAV, '라브로프'], [PUT, '푸틴'], [XI, '시진핑']]],
    ['왕이 중국 외교부장은 회담을 환영했다.', [[WANG, '왕이']]],
    ['중러 교역액은 1078억 달러를 기록했다.', [[TRADE, '1078억 달러']]],
    ['중국은 11년 연속 러시아의 최대 교역국이다.', [[STREAK, '11년 연속']]],
    ['국왕이 궁전에 돌아왔다.', []], // the king + a subject particle
    ['왕이 말했다.', []], // "the king said": no cue, no story on the page
  ],
  vi: [
    ['Ngoại trưởng Nga Sergei Lavrov đã đến Bắc Kinh.', [[LAV, 'Sergei Lavrov']]],
    ['Ông Vương Nghị gặp ông Lavrov.', [[WANG, 'Vương Nghị'], [LAV, 'Lavrov']]],
    ['Chủ tịch Tập Cận Bình và Tổng thống Vladimir Putin điện đàm.', [[XI, 'Tập Cận Bình'], [PUT, 'Vladimir Putin']]],
    ['Kim ngạch thương mại Nga - Trung đạt 107,8 tỷ USD.', [[TRADE, '107,8 tỷ USD']]],
    ['Trung Quốc là đối tác thương mại lớn nhất của Nga 11 năm liên tiếp.', [[STREAK, '11 năm liên tiếp']]],
    ['Kim ngạch thương mại Việt Nam - Nhật Bản đạt 107,8 tỷ USD.', []],
  ],
  th: [
    ['นายเซอร์เกย์ ลาฟรอฟ รัฐมนตรีต่างประเทศรัสเซียเดินทางถึงปักกิ่ง', [[LAV, 'เซอร์เกย์ ลาฟรอฟ']]],
    ['ประธานาธิบดีปูตินหารือกับประธานาธิบดีสี จิ้นผิง', [[PUT, 'ปูติน'], [XI, 'สี จิ้นผิง']]],
    ['นายหวัง อี้กล่าวว่าการเจรจาเป็นไปด้วยดี', [[WANG, 'หวัง อี้']]],
    ['มูลค่าการค้าจีน-รัสเซียอยู่ที่ 107,760 ล้านดอลลาร์สหรัฐ', [[TRADE, '107,760 ล้านดอลลาร์สหรัฐ']]],
    ['มูลค่าการค้าไทย-ญี่ปุ่นอยู่ที่ 107,760 ล้านดอลลาร์สหรัฐ', []],
  ],
  hi: [
    ['रूस के विदेश मंत्री सर्गेई लावरोव बीजिंग पहुंचे।', [[LAV, 'सर्गेई लावरोव']]],
    ['व्लादिमीर पुतिन ने शी जिनपिंग से बात की।', [[PUT, 'व्लादिमीर पुतिन'], [XI, 'शी जिनपिंग']]],
    ['वांग यी और लावरोव ने मुलाकात की।', [[WANG, 'वांग यी'], [LAV, 'लावरोव']]],
    ['रूस और चीन का द्विपक्षीय व्यापार 107.8 अरब डॉलर रहा।', [[TRADE, '107.8 अरब डॉलर']]],
    ['भारत और जापान का व्यापार 107.8 अरब डॉलर रहा।', []],
    ['यह पतन की कहानी है।', []], // पतन (a fall) is not पुतिन once vowel signs are kept
  ],
  uk: [
    ['Міністр закордонних справ Росії Сергій Лавров прибув до Пекіна.', [[LAV, 'Сергій Лавров']]],
    ['Зустріч Лаврова з Ван І; розмова з Лавровим.', [[LAV, 'Лаврова'], [WANG, 'Ван І'], [LAV, 'Лавровим']]],
    ['Володимир Путін зустрівся із Сі Цзіньпіном. Путіна запросили знову.', [[PUT, 'Володимир Путін'], [XI, 'Сі Цзіньпіном'], [PUT, 'Путіна']]],
    ['Китай 11 років поспіль є найбільшим торговельним партнером Росії.', [[STREAK, '11 років поспіль']]],
    ['Китай 11 років поспіль є найбільшим торговельним партнером Бразилії.', []],
  ],
  bg: [
    ['Руският външен министър Сергей Лавров пристигна в Пекин.', [[LAV, 'Сергей Лавров']]],
    ['Владимир Путин разговаря със Си Дзинпин.', [[PUT, 'Владимир Путин'], [XI, 'Си Дзинпин']]],
    ['Ван И и Джао Лиджиан говориха пред медиите.', [[WANG, 'Ван И'], [ZHAO, 'Джао Лиджиан']]],
    ['Търговията между Русия и Китай достигна 107,8 милиарда долара.', [[TRADE, '107,8 милиарда долара']]],
    ['Търговията между България и Гърция достигна 107,8 милиарда долара.', []],
  ],
  'sr-Cyrl': [
    ['Руски министар спољних послова Сергеј Лавров стигао је у Пекинг.', [[LAV, 'Сергеј Лавров']]],
    ['Састанак са Лавровом и са Си Ђинпингом.', [[LAV, 'Лавровом'], [XI, 'Си Ђинпингом']]],
    ['Трговина између Русије и Кине достигла је 107,8 милијарди долара.', [[TRADE, '107,8 милијарди долара']]],
    ['Кина је 11 година заредом највећи трговински партнер Русије.', [[STREAK, '11 година заредом']]],
    ['Кина је 11 година заредом највећи трговински партнер Бразила.', []],
  ],
  pl: [
    ['Minister spraw zagranicznych Rosji Siergiej Ławrow przyleciał do Pekinu.', [[LAV, 'Siergiej Ławrow']]],
    ['Wizyta Ławrowa trwała dwa dni; Wang Yi podziękował Ławrowowi.', [[LAV, 'Ławrowa'], [WANG, 'Wang Yi'], [LAV, 'Ławrowowi']]],
    ['Rozmowa z Władimirem Putinem i z Xi Jinpingiem.', [[PUT, 'Władimirem Putinem'], [XI, 'Xi Jinpingiem']]],
    ['Handel Rosji i Chin wyniósł 107,8 mld dolarów.', [[TRADE, '107,8 mld dolarów']]],
    ['Aktor Kirył Ławrow zagrał w filmie. Ławrow był znany.', []],
    ['Handel Polski i Niemiec wyniósł 107,8 mld dolarów.', []],
  ],
  cs: [
    ['Ruský ministr zahraničí Sergej Lavrov přiletěl do Pekingu.', [[LAV, 'Sergej Lavrov']]],
    ['Jednání s Lavrovem vedl Wang I.', [[LAV, 'Lavrovem'], [WANG, 'Wang I']]],
    ['Vladimir Putin telefonoval se Si Ťin-pchingem. Putinovi poděkoval.', [[PUT, 'Vladimir Putin'], [XI, 'Si Ťin-pchingem'], [PUT, 'Putinovi']]],
    ['Obchod mezi Ruskem a Čínou dosáhl 107,8 miliardy dolarů.', [[TRADE, '107,8 miliardy dolarů']]],
    ['Obchod mezi Českem a Polskem dosáhl 107,8 miliardy dolarů.', []],
  ],
  hu: [
    ['Szergej Lavrov orosz külügyminiszter Pekingbe érkezett.', [[LAV, 'Szergej Lavrov']]],
    ['Vang Ji tárgyalt Lavrovval.', [[WANG, 'Vang Ji'], [LAV, 'Lavrovval']]],
    ['Hszi Csin-ping találkozott Vlagyimir Putyinnal. Putyint Hszi fogadta.', [[XI, 'Hszi Csin-ping'], [PUT, 'Vlagyimir Putyinnal'], [PUT, 'Putyint'], [XI, 'Hszi']]],
    ['Az orosz–kínai kereskedelmi forgalom 107,8 milliárd dollár volt.', [[TRADE, '107,8 milliárd dollár']]],
    ['A magyar–osztrák kereskedelmi forgalom 107,8 milliárd dollár volt.', []],
  ],
  tr: [
    ["Rusya Dışişleri Bakanı Sergey Lavrov Pekin'e geldi.", [[LAV, 'Sergey Lavrov']]],
    ["Lavrov'un ziyareti sırasında Wang Yi konuştu.", [[LAV, "Lavrov'un"], [WANG, 'Wang Yi']]],
    ["Şi Cinping, Putin'e teşekkür etti.", [[XI, 'Şi Cinping'], [PUT, "Putin'e"]]],
    ['Rusya ile Çin arasındaki ticaret hacmi 107,8 milyar dolara ulaştı.', [[TRADE, '107,8 milyar dolara']]],
    ['Sergey Lavrov ve Şi Cinping görüştü; Şi daha sonra konuştu.', [[LAV, 'Sergey Lavrov'], [XI, 'Şi Cinping'], [XI, 'Şi']]],
    ['Türkiye ile Almanya arasındaki ticaret hacmi 107,8 milyar dolara ulaştı.', []],
  ],
  ar: [
    ['وصل وزير الخارجية الروسي سيرغي لافروف إلى بكين.', [[LAV, 'سيرغي لافروف']]],
    ['التقى وانغ يي ولافروف في العاصمة.', [[WANG, 'وانغ يي'], [LAV, 'لافروف']]],
    ['اتصل فلاديمير بوتين بشي جين بينغ.', [[PUT, 'فلاديمير بوتين'], [XI, 'شي جين بينغ']]],
    ['بلغ حجم التبادل التجاري بين روسيا والصين ١٠٧٫٨ مليار دولار.', [[TRADE, '١٠٧٫٨ مليار دولار']]],
    ['أصبحت الصين أكبر شريك تجاري لروسيا للعام الـ11 على التوالي.', [[STREAK, 'للعام الـ11 على التوالي']]],
    ['وقّعت روسيا والصين معاهدة حسن الجوار والصداقة والتعاون عام 2001.', [[TREATY, 'معاهدة حسن الجوار والصداقة والتعاون']]],
    ['أصبحت الصين أكبر شريك تجاري للبرازيل للعام الـ11 على التوالي.', []],
    ['صعد الممثل كيريل لافروف إلى المسرح، وانحنى لافروف للجمهور.', []],
  ],
  nl: [
    ['De Russische minister van Buitenlandse Zaken Sergej Lavrov kwam aan in Peking.', [[LAV, 'Sergej Lavrov']]],
    ['Lavrovs bezoek duurde twee dagen; hij sprak met Wang Yi.', [[LAV, 'Lavrovs'], [WANG, 'Wang Yi']]],
    ['Vladimir Poetin belde met Xi Jinping. Poetins woorden waren warm.', [[PUT, 'Vladimir Poetin'], [XI, 'Xi Jinping'], [PUT, 'Poetins']]],
    ['De handel tussen Rusland en China bedroeg 107,8 miljard dollar.', [[TRADE, '107,8 miljard dollar']]],
    ['De handel tussen Nederland en België bedroeg 107,8 miljard dollar.', []],
  ],
  sv: [
    ['Rysslands utrikesminister Sergej Lavrov anlände till Peking.', [[LAV, 'Sergej Lavrov']]],
    ['Lavrovs besök varade i två dagar; han träffade Wang Yi.', [[LAV, 'Lavrovs'], [WANG, 'Wang Yi']]],
    ['Vladimir Putin talade med Xi Jinping. Putins tal var kort.', [[PUT, 'Vladimir Putin'], [XI, 'Xi Jinping'], [PUT, 'Putins']]],
    ['Handeln mellan Ryssland och Kina uppgick till 107,8 miljarder dollar.', [[TRADE, '107,8 miljarder dollar']]],
    ['Handeln mellan Sverige och Norge uppgick till 107,8 miljarder dollar.', []],
  ],
  el: [
    ['Ο Ρώσος υπουργός Εξωτερικών Σεργκέι Λαβρόφ έφτασε στο Πεκίνο.', [[LAV, 'Σεργκέι Λαβρόφ']]],
    ['Ο Λαβρόφ συναντήθηκε με τον Γουάνγκ Γι.', [[LAV, 'Λαβρόφ'], [WANG, 'Γουάνγκ Γι']]],
    ['Ο Βλαντιμίρ Πούτιν και ο Σι Τζινπίνγκ μίλησαν. Ο Πούτιν χαιρέτισε τη συμφωνία.', [[PUT, 'Βλαντιμίρ Πούτιν'], [XI, 'Σι Τζινπίνγκ'], [PUT, 'Πούτιν']]],
    ['Το εμπόριο Ρωσίας και Κίνας έφτασε τα 107,8 δισ. δολάρια.', [[TRADE, '107,8 δισ. δολάρια']]],
    ['Το εμπόριο Ελλάδας και Ιταλίας έφτασε τα 107,8 δισ. δολάρια.', []],
  ],
  fa: [
    ['سرگئی لاوروف، وزیر امور خارجه روسیه، وارد پکن شد.', [[LAV, 'سرگئی لاوروف']]],
    ['وانگ یی و لاوروف در پکن دیدار کردند.', [[WANG, 'وانگ یی'], [LAV, 'لاوروف']]],
    ['ولادیمیر پوتین با شی جین\u200cپینگ تلفنی گفتگو کرد و پوتین از او تشکر کرد.', [[PUT, 'ولادیمیر پوتین'], [XI, 'شی جین\u200cپینگ'], [PUT, 'پوتین']]],
    ['حجم تجارت روسیه و چین به ۱۰۷٫۸ میلیارد دلار رسید.', [[TRADE, '۱۰۷٫۸ میلیارد دلار']]],
    ['ژائو لیجان، سخنگوی وزارت امور خارجه چین، این سفر را مهم خواند.', [[ZHAO, 'ژائو لیجان']]],
    ['وانگ وبین، سخنگوی وزارت امور خارجه چین، سخن گفت.', []],
    ['حجم تجارت ایران و ترکیه به ۱۰۷٫۸ میلیارد دلار رسید.', []],
  ],
  he: [
    ['שר החוץ של רוסיה סרגיי לברוב הגיע לבייג\'ינג.', [[LAV, 'סרגיי לברוב']]],
    ['ולברוב נפגש עם נשיא סין שי ג\'ינפינג.', [[LAV, 'לברוב'], [XI, 'שי ג\'ינפינג']]],
    ['נשיא רוסיה ולדימיר פוטין שוחח עם עמיתו, ולפוטין היו מילים חמות.', [[PUT, 'ולדימיר פוטין'], [PUT, 'פוטין']]],
    ['הסחר בין רוסיה לסין הגיע ל-107.8 מיליארד דולר.', [[TRADE, '107.8 מיליארד דולר']]],
    ['השחקן ויטלי לברוב עלה לבמה, ולברוב קד לקהל.', []],
    ['הסחר בין ישראל ליוון הגיע ל-107.8 מיליארד דולר.', []],
  ],
};

export const TABLE: Row[] = Object.entries(rows).flatMap(([lang, list]) => list.map(([text, expected]) => [text, expected, lang] as Row));
