// The small words around a month name of the languages other than English and Hebrew, as rows,
// under the names of the tables of dateWords.ts they join (which says what each holds). Spaces in a
// row match one or two spaces, Latin letters either case. The lean browser build leaves them out
// (tsup.config.ts, englishHebrewOnly).

/** Rows of BEFORE_MONTH (dateWords.ts). */
export const BEFORE_MONTH_LANGUAGES: readonly string[] = [
  "de",
  // "с наступлением 25-го дня месяца кислев" (tass.ru), "du mois de", "del mes de", "des Monats".
  "дня месяца",
  "числа месяца",
  "дня місяця",
  "числа місяця",
  // The nominative: "15 число месяца шват" (mjcc.ru).
  "число месяца",
  "число місяця",
  // The day as an ordinal before "day of the month": uk "у 15-й день місяця нісан", ru "на 15-й день
  // месяца нисан", cs "Datum: 10. den měsíce Tišri" (gloria.tv), de "am 15. Tag des Monats Nisan".
  "день місяця",
  "день месяца",
  "den měsíce",
  // The month called Hebrew, sk and cs: "6. deň hebrejského mesiaca sivan" (znonitra.sk), "15. den
  // hebrejského měsíce nisan".
  "deň mesiaca",
  "deň hebrejského mesiaca",
  "deň židovského mesiaca",
  "den hebrejského měsíce",
  "den židovského měsíce",
  "Tag des Monats",
  // The month called Jewish, as "del mese ebraico di" below: "25-го числа еврейского месяца кислева"
  // (golos.ua), uk "14 числа єврейського місяця адар".
  "числа еврейского месяца",
  "дня еврейского месяца",
  "числа єврейського місяця",
  "дня єврейського місяця",
  "du mois de",
  "del mes de",
  "do mês de",
  "del mese di",
  // "il giorno 14 del mese ebraico di Adar", "le 15 du mois hébraïque de Nissan", "il 14° giorno del
  // mese di Nisan", "le 10e jour du mois de Tichri": the Hebrew month named as such, the day as such.
  "del mese ebraico di",
  "du mois hébraïque de",
  "giorno del mese di",
  "giorno del mese ebraico di",
  "jour du mois de",
  "jour du mois hébraïque de",
  // The same in Portuguese and Spanish: "no 15º dia do mês de tishrei" (domoi.org), "el 15 día del mes
  // hebreo de Shevat" (es.knowledger.de), "o 10º dia do mês hebraico de Tishrei".
  "dia do mês de",
  "dia do mês hebraico de",
  "do mês hebraico de",
  "día del mes de",
  "día del mes hebreo de",
  "del mes hebreo de",
  // it "il 25 di Kislev" (deputazioneebraica.com), "Il 6 e il 7 di Sivan" (shalom.it).
  "di",
  "des Monats",
  // el "στις 10 του μηνός Τισρί" (timeforgoodnews.gr), ro "15 – 23 a lunii Nisan" (ziarelive.ro).
  "του μηνός",
  "a lunii",
];

/**
 * The word "month" that Hungarian writes between a month's name and its day (the month first):
 * "Tisri hó 10., Jom Kippúr" (szimsalom.hu), "ádár hónap 14. napján" (penzcentrum.hu), "Nissan hó
 * 15." (kmfap.hu), "Kiszlév havának 25." (read by extractors/hungarianMonthFirst.ts).
 */
export const MONTH_NOUN_AFTER_NAME_LANGUAGES: readonly string[] = ["hó", "hónap", "hava", "havának"];

/** Rows of BEFORE_YEAR (dateWords.ts). */
export const BEFORE_YEAR_LANGUAGES: readonly string[] = [
  "de",
  "del",
  "des Jahres",
  "im Jahr",
  "im Jahre",
  "roku",
  // cs and sk "in the year": "13. septembra v roku 1988" (hnonline.sk), "5. října v roce 2011".
  "v roku",
  "v roce",
];

/** Rows of AFTER_YEAR (dateWords.ts). */
export const AFTER_YEAR_LANGUAGES: readonly string[] = [
  "года",
  "году",
  "год",
  "г.",
  "року",
  "рік",
  "р.",
  "roku",
  "r.",
];

/** Rows of EVENING_AFTER_DATE (dateWords.ts). */
export const EVENING_AFTER_DATE_LANGUAGES: readonly string[] = [
  "au soir",
  "au coucher du soleil",
  "dès le coucher du soleil",
  "à la tombée de la nuit",
  "abends",
  "am Abend",
  "bei Sonnenuntergang",
  // allanshere.com ("beginnt am Montag, den 2. April 2007, kurz nach Sonnenuntergang").
  "kurz nach Sonnenuntergang",
  "nach Sonnenuntergang",
  "mit Sonnenuntergang",
  "вечером",
  "с заходом солнца",
  "увечері",
  "ввечері",
  "por la noche",
  "al atardecer",
  "al anochecer",
  "a la puesta del sol",
  "à noite",
  "ao pôr do sol",
  "ao anoitecer",
  "ao entardecer",
  "al tramonto",
  "in serata",
  "'s avonds",
  "bij zonsondergang",
  "wieczorem",
  "po zachodzie słońca",
  "napnyugtakor",
  "το βράδυ",
  "με τη δύση του ηλίου",
  // Catalan: "aquest divendres 15 de setembre a la nit" (catalunyapress.cat).
  "a la nit",
  // Czech and Slovak, after the civil era's mark maybe: "na nedeľu 9.9.2018 o.l. večer" (kehilazilina.sk).
  "večer",
  "o. l. večer",
];

/** Rows of OCCURRENCE_VERBS (dateWords.ts). */
export const OCCURRENCE_VERBS_LANGUAGES: readonly string[] = [
  "se enciende",
  "se encienden",
  // Other languages, the verb before its date as in English: es "Rosh Hashaná, el año nuevo judío,
  // en 2024 comienza al atardecer de este miércoles 2 de octubre" (llamas.especialistaswebdemos.com.mx),
  // sk "Roš ha-šana … tento rok pripadne na nedeľu 9.9.2018" (kehilazilina.sk), de "Pessach 2023
  // begann am Abend des 5. April" (de.pluspedia.org), pt "culmina com o Yom Kipur, … dia 14 de
  // setembro" (nunocanilho.pt), he "ראש השנה יחול השנה ב-" ("will fall this year on").
  "comienza",
  "comenzará",
  "empieza",
  "empezará",
  "inicia",
  "se celebra",
  "se celebrará",
  "cae",
  "caerá",
  "começa",
  "começará",
  "se inicia",
  "cai",
  "culmina",
  // pt "Em 2025, Purim será celebrado entre o pôr do sol do dia 13 de março e …" (lidernews.com.br),
  // the future only ("é celebrado neste domingo, 24 de setembro, e na segunda" names both days of a
  // fast); es "arranca el domingo 9 de septiembre al atardecer" (aimdigital.com.ar).
  "será celebrado",
  "será celebrada",
  "será celebrado entre",
  "será celebrada entre",
  "será comemorado",
  "será comemorada",
  // pt verbs of beginning as a noun or reflexive: "o Rosh Hashaná tem início ao pôr do sol de", "a
  // festa inicia-se no dia", "o jejum será iniciado ao pôr do sol em".
  "tem início",
  "terá início",
  "teve início",
  "inicia-se",
  "iniciou-se",
  "iniciará",
  "será iniciado",
  "será iniciada",
  // pt "occurs", "happens": "Sucot ocorre de 16 a 23 de outubro", "o jejum acontecerá em".
  "ocorre",
  "ocorrerá",
  "ocorreu",
  "acontece",
  "acontecerá",
  "aconteceu",
  "arranca",
  // The other languages read, as their pages write the verb after a holiday's name: fr "Roch Hachana a
  // lieu du 2 octobre au soir" (credi29.com), "Hanoucca tombe un 25 décembre" (lci.fr); es "el 1 de
  // Nisán ocurrirá el 9 de abril" (es.stringtranslate.com); ru "Песаха начнется в среду, 10 апреля"
  // (eros-alex.ru), "Песах начался с заходом солнца 12 апреля" (rk-news.ru); el "Πέσαχ … αρχίζει το
  // Σάββατο 27 Μαρτίου" (in.gr); it "si celebra quest'anno a partire dal tramonto del 4 settembre"
  // (it.paperblog.com); pl "święto rozpoczyna się wieczorem 14 maja" (polin.pl).
  "a lieu",
  "aura lieu",
  "avait lieu",
  "tombe",
  "tombera",
  "tombait",
  "commencera",
  "débute",
  "débutera",
  "ocurre",
  "ocurrirá",
  "comenzó",
  "começou",
  "cairá",
  "inizia",
  "comincia",
  "cade",
  "si celebra",
  "si festeggia",
  "beginnt",
  "begann",
  "fällt",
  "fiel",
  "inizierà",
  "cadrà",
  "ricorre",
  "begint",
  "valt",
  "начинается",
  "начнётся",
  "начнется",
  "наступает",
  "выпадает",
  "приходится",
  "починається",
  "припадає",
  "rozpoczyna się",
  "zaczyna się",
  "przypada",
  "wypada",
  // The same "falls on" in the past and the future: uk "1 Тевета припало на 1 січня" (jewishnews.com.ua),
  // "припаде на"; ru "выпал", "выпадет", "пришёлся на"; pl "przypadł", "przypadnie", "wypadnie".
  "припало",
  "припав",
  "припала",
  "припаде",
  "выпал",
  "выпало",
  "выпала",
  "выпадет",
  "пришёлся",
  "пришелся",
  "пришлось",
  "пришлась",
  "придётся",
  "придется",
  "przypadł",
  "przypadło",
  "przypadła",
  "przypadnie",
  "wypadł",
  "wypadło",
  "wypadła",
  "wypadnie",
  "pripadne",
  "pripadá",
  "začína",
  "připadá",
  "začíná",
  "începe",
  "kezdődik",
  "αρχίζει",
  "ξεκινά",
  "πέφτει",
  "начался",
  "началась",
  "розпочинається",
  "почнеться",
  "розпочався",
  // uk "Цього року Ханука розпочалася 7 грудня" (amp.my.ua), fr "Elle commence cette année le dimanche
  // 22 décembre au soir" (hassidout.org).
  "розпочалася",
  "розпочалось",
  "розпочнеться",
  "commence",
  "rozpocznie się",
  "rozpoczęło się",
  "rozpoczął się",
  "ξεκινάει",
  // "is kept" after the name, as ru and uk pages write it: "Лаг ба-Омер отмечается с вечера четверга 15
  // мая" (dzen.ru), "Песах в 2021 році відзначається 27 березня - 4 квітня" (lenta.ua); pl "Tegoroczna
  // Chanuka rozpoczęła się w 7 grudnia" (gazetakrakowska.pl); nl "wordt Joods Nieuwjaar gevierd op 16
  // september" (wcrp.be).
  "отмечается",
  "празднуется",
  "начинаются",
  "відзначається",
  "святкується",
  // The impersonal "(they) keep" after the name, as ru and uk write "is kept": "Песах, свято Виходу
  // євреїв з Єгипту, у 2017 році відзначають 10-18 квітня" (unn.ua), ru "Хануку празднуют с …".
  "отмечают",
  "празднуют",
  "відзначають",
  "святкують",
  "rozpoczęła się",
  "gevierd",
  // ro "Hanuka va fi sărbătorită în 2014 între 16 şi 24 decembrie" (informatiicumasura.blogspot.ro).
  // de "Das offizielle Datum für Purim 2024 ist Dienstag, der 7. März" (augsburger-allgemeine.de).
  "ist",
  "va fi sărbătorită",
  "este sărbătorită",
  // ro "is (will be, was) on": "Roș Hașana, sărbătoare care în acest an este pe 19-20 septembrie".
  "este pe",
  "va fi pe",
  "a fost pe",
  "se sărbătorește",
  // A holiday's span after its name: ru "в 2025 году Ханука продлится с 14 по 22 декабря"
  // (news.mail.ru), uk "триватиме", pt "o Ano Novo judaico será de 22 a 24 de setembro" (em.com.br),
  // cs "Yom Kippur 2011 spadá na 8. října" (cs.srathbun.com).
  "продлится",
  "триватиме",
  // The present "lasts" before a span: uk "Ханука триває з 25 грудня до 2 січня", ru "длится с … по".
  "триває",
  "длится",
  // Bulgarian "begins", "is celebrated", "falls": "Ханука започва на 25 декември", "Пурим се празнува на".
  "започва",
  "ще започне",
  "започна",
  "се празнува",
  "ще се празнува",
  "се отбелязва",
  "ще се отбележи",
  "се пада",
  "será",
  "spadá",
  // sk and cs "was" ("will be"), as English "was": "Roš Hašana bol naposledy 13. septembra" (hnonline.sk).
  "bol",
  "byl",
  "bude",
  // pt "O Dia de Yom Kipur assinala-se na tarde de 15 de setembro" (euquerosabertudo.com).
  "assinala-se",
  // "lasts" before a span of days: de "Pessach dauert vom 10. bis 18. April", pl "Chanuka trwa od … do",
  // nl "duurt van … tot", es/pt/it "dura del … al", fr "durera du … au".
  "dauert",
  "trwa",
  "duurt",
  "dura",
  "durera",
  // de "took place" and "takes place", the "statt" after the date: "Dieses Jahr fand es vom 22. bis
  // 30. April statt" (hilfeundhoffnung.at), "Purim findet am 24. März statt".
  "fand",
  "findet",
  // fr "En 2030, les festivités se dérouleront les 28 et 29 septembre", "Chavouot sera célébrée les
  // 7 et 8 juin"; it "Shavuot si celebrerà il 7 e l'8 giugno", "verrà celebrata"; the plural after
  // a plural subject ("i festeggiamenti cominciano il 12 ottobre", "les fêtes débutent le").
  "se déroule",
  "se déroulera",
  "se dérouleront",
  "sera célébré",
  "sera célébrée",
  "sera fêté",
  "sera fêtée",
  "si celebrerà",
  "verrà celebrata",
  "verrà celebrato",
  // it "will be", "is celebrated": "sarà celebrata l'8-9 ottobre del 2019", "viene celebrato il".
  "sarà celebrata",
  "sarà celebrato",
  "viene celebrata",
  "viene celebrato",
  "iniziano",
  "cominciano",
  "commencent",
  "débutent",
  // Catalan: "enguany la celebració serà del 22 al 30 d'abril" (ajuntament.barcelona.cat), "que
  // enguany s'ha iniciat a la vigília del 29 de setembre" (diariodemallorca.es).
  "serà",
  "s'ha iniciat",
  "comença",
];

/** Rows of AFTER_OCCURRENCE_VERB (dateWords.ts). */
export const AFTER_OCCURRENCE_VERB_LANGUAGES: readonly string[] = [
  // sk and cs "last (time)", "this year": "bol naposledy 13. septembra", "bude letos 2. října".
  "naposledy",
  "letos",
  // The small words of the languages above: "comienza al atardecer de este", "begann am Abend des",
  // "pripadne na", "inizia al tramonto di", "начнётся вечером", "יחול השנה ב-".
  "el",
  "la",
  "de",
  "del",
  "al",
  // es/pt "with": "comienza con la puesta de sol del", "começa com o pôr do sol de".
  "con",
  "com",
  // Catalan "s'ha iniciat a la vigília del 29 de setembre" (diariodemallorca.es).
  "a",
  "vigília",
  "en",
  "este",
  "esta",
  "atardecer",
  "puesta",
  "sol",
  "noche",
  "dia",
  "no",
  "na",
  "ao",
  "do",
  "da",
  "pôr",
  "noite",
  // pt "começa ao anoitecer de 1 de outubro", "ao entardecer de", "ao pôr-do-sol de".
  "anoitecer",
  "entardecer",
  "pôr-do-sol",
  "por-do-sol",
  // "será celebrado entre o pôr do sol do dia 13 de março" (lidernews.com.br).
  "o",
  "le",
  "du",
  "au",
  "ce",
  "soir",
  "coucher",
  "am",
  "dem",
  "den",
  "des",
  "abend",
  // "dauert vom Abend vor dem 10. September" (anschnallenoderloslassen.blogspot.com): the evening
  // before the date, so the date is the holiday's first day, not its eve (joins.ts).
  "abend vor dem",
  "sonnenuntergang",
  "il",
  // The Italian article elided before a day of a vowel: "cade l'8 ottobre", "l'11".
  "l'",
  "l’",
  "di",
  "sera",
  "tramonto",
  "op",
  "avond",
  "в",
  "во",
  "вечером",
  // "В 2019 году начало приходится на вечер 22 декабря" (kaluga-news.net).
  "вечер",
  // "празднование Хануки начинается с вечера 22 декабря" (vestinn.ru), uk "з вечора".
  "вечера",
  "вечора",
  "у",
  // The same small words of the other languages: "a lieu du", "ocurrirá el", "начнется в", "αρχίζει
  // το", "si celebra quest'anno a partire dal tramonto del", "rozpoczyna się wieczorem".
  "un",
  "año",
  // "today" before the date it names: pt "O ano de 5765 … começa hoje, 16 de Setembro"
  // (agencia.ecclesia.pt), es "comienza hoy, 2 de octubre", it "inizia oggi, 16 settembre".
  "hoje",
  "hoy",
  "oggi",
  "anochecer",
  "em",
  "dal",
  "quest'anno",
  "partire",
  "auf",
  "на",
  // bg "започва вечерта на 23 март" (on the evening of).
  "вечерта",
  // ru and uk "falls on the period from", "on the day (and night) from": "приходятся на период с
  // вечера 22 декабря" (golos.ua), "припало на добу з 31 грудня по 1 січня" (jewishnews.com.ua).
  "период",
  "період",
  "сутки",
  "добу",
  "с",
  "заходом",
  "солнца",
  "з",
  "ввечері",
  "w",
  "we",
  "wieczorem",
  "v",
  "večer",
  "pe",
  "în",
  "seara",
  // ro "se sărbătorește din seara de 16 septembrie până pe 18 septembrie" (the "from" of a span).
  "din",
  // ro "începe în seara zilei de vineri, 11 octombrie" (the evening of the day of).
  "zilei",
  "între",
  "την",
  "το",
  "βράδυ",
  "τη",
  // "iniciaram no pôr do sol do dia 06 de setembro", "a început după apusul soarelui în data de 15
  // septembrie" (curtoconselho.com.pt, monitorulsv.ro).
  "día",
  "data",
  "după",
  // "Der Versöhnungstag beginnt in diesem Jahr am Freitagabend (11. Oktober)" (zdf.de); the pronoun
  // after the verb of an inverted German sentence: "In diesem Jahr beginnt er mit dem Sonnenuntergang
  // des 24. September" (of the day named in the sentence before).
  "er",
  "es",
  // The referring subject after the inverted verb: "In diesem Jahr beginnt das Fest am 25. Mai",
  // nl "Dit jaar begint het (feest) op 14 december" (of the day named in the sentence before).
  "das Fest",
  "dieses Fest",
  "het",
  "het feest",
  "mit",
  "diesem",
  "dieses",
  "jahr",
  // "Elle commence cette année le dimanche 22 décembre au soir" (hassidout.org).
  "cette",
  "année",
  // "se celebra neste domingo", "se celebra desde la tarde del martes 18 de septiembre"
  // (nuevodiarioweb.com.ar), "na tarde de 15 de setembro", nl "begint dit jaar (2013, 5774) op
  // woensdagavond 18 september" (pillaroffire.nl).
  "neste",
  "nesta",
  "tarde",
  "dit",
  "jaar",
  // The "from" before a span: "dauert vom", "trwa od", "duurt van", "se celebra desde el atardecer de".
  "desde",
  "vom",
  "od",
  "van",
  // de "fällt nach dem gregorianischen Kalender im Jahr 2026 auf den 12. und 13. September"
  // (jmberlin.de): the calendar named and the year between the verb and its date.
  "im",
  "nach",
  "gregorianischen",
  "kalender",
  // "Roch Hachana débutera dans la soirée du dimanche 25 septembre 2022" (news-24.fr), "Yom Kippur
  // inizia dalla sera di", "commence à partir du".
  "dans",
  "soirée",
  "dalla",
  "à",
  // The French plural article before two days: "tombe les 28 et 29 septembre", "a lieu aux".
  "les",
  "aux",
  // "between", before a span's first day: nl "valt dit jaar tussen 16 en 24 december", fr "a lieu
  // entre le", de "fällt zwischen den". (Italian "tra" stays out: the year-less span after it takes a
  // dateline's year on a news page, a false alarm.)
  "entre",
  "zwischen",
  "tussen",
];

/** Rows of DATE_FIRST_VERBS (dateWords.ts). */
export const DATE_FIRST_VERBS_LANGUAGES: readonly string[] = [
  "отмечают",
  "отметят",
  "начнут отмечать",
  "начинают отмечать",
  "празднуют",
  "соблюдают",
  "встречают",
  "встретят",
  "відзначають",
  "святкують",
  "se celebra",
  "celebran",
  // Romanian "takes place": "Anul acesta, pe data de 15 septembrie, are loc Noul An Evreiesc 5784" (wowbiz.ro).
  "are loc",
  // Hungarian, the verb before its subject when the date opens the sentence: "Kedden, április 13-án
  // este veszi kezdetét a Pészach", "október 2-án köszönt be a Ros Hásáná" (begins, comes in).
  "veszi kezdetét",
  "kezdetét veszi",
  "kezdődik",
  "kezdődött",
  "köszönt be",
  "va avea loc",
  // ro "celebrate": "Între 8 și 16 aprilie, evreii din întreaga lume sărbătoresc Pesah" (europalibera.org).
  "sărbătoresc",
  "sărbătorește",
  "vor sărbători",
  "au sărbătorit",
  "celebrează",
  // The future after the date: es "… miércoles 4 de septiembre, y el viernes 6 el mundo judío
  // celebrará Rosh Hashaná" (vocesdebaires.com.ar), pt "a comunidade celebrará".
  "celebrará",
  "celebrarán",
  // "we (will) celebrate", a community's notice: es "A partir del 6/12/2015, celebraremos Janucá"
  // (weitzman.org.ar), pt "celebraremos", it "il 24 dicembre festeggeremo Chanukkà".
  "celebraremos",
  "celebramos",
  "comemoraremos",
  "comemoramos",
  "celebreremo",
  "festeggeremo",
  "festeggiamo",
  "se celebrará",
  "celebrarão",
  "comemorará",
  "comemorarão",
  "conmemoran",
  "se conmemora",
  "comemoram",
  "se comemora",
  "celebram",
  "on célèbre",
  "on fête",
  "célèbrent",
  "fêtent",
  "si celebra",
  "si festeggia",
  "celebrano",
  "festeggiano",
  "ricorre",
  "feiern",
  "begehen",
  // "Vom 2. bis 4. Oktober 2024 wird das jüdische Neujahrsfest gefeiert" (papierkunst.info).
  "wird",
  "werden",
  "obchodzą",
  "świętują",
  // Seen on pages with the date first, a verb of keeping or beginning after it: fr "Le 15 septembre
  // commencera la fête de Roch Hachana" (desinfos.com); pt "Na noite de sexta-feira 15 de setembro,
  // judeus de todo o mundo começam as comemorações do Rosh Hashaná" (sinagogapf.com.br), "Entre os dias
  // 2 e 4 de outubro, a comunidade judaica celebra o Rosh Hashaná" (jsnewsusa.com); uk "З 7 до 15
  // грудня єврейська громада Буковини проводитиме святкування Хануки" (molbuk.ua); sk "Na 30. septembra
  // pripadol v tomto roku židovský sviatok Jom kippur" (24hod.sk: "fell", a fact of the calendar, not
  // an event's report).
  "commence",
  "commencera",
  "débute",
  "débutera",
  "celebra",
  "começa",
  "começam",
  "começará",
  "começarão",
  "comienza",
  "comenzará",
  "святкуватиме",
  "відзначатиме",
  "відзначатимуть",
  "проводитиме",
  "проводять",
  "pripadá",
  "pripadne",
  "pripadol",
  "připadá",
  "připadne",
  // pt "O pôr do sol deste 24 de setembro de 2023 dará início ao Dia da Expiação" ("will begin": the
  // evening, when the day after is the holiday's, refiners/holidayBegins.ts).
  "dará início",
  "darão início",
  // ru and uk with the date first, the verb "is kept" or "is held" after it: "С вечера 1 февраля до
  // вечера 2 февраля в этом году отмечается Ту би-Шват" (vestikavkaza.ru), "12 лютого проводиться Ту
  // бі-Шват" (dilovamova.com).
  "отмечается",
  "празднуется",
  "відзначається",
  "проводиться",
  // de "Am 12. April 2025 beginnt das jüdische Pessachfest" (infoportal-diakonie-hochfranken.de), "Am
  // 01. Juni, mit Sonnenuntergang beginnt das jüdische Fest „Schawuot“" (kirche-scharnebeck.de); ro
  // "Astăzi, 7 decembrie 2023, începe Hanuka" (esp.md). A verb of beginning: its day is the evening
  // or the first day (refiners/holidayBegins.ts).
  "beginnt",
  "începe",
  // nl, the date first as in German: "Op maandagavond 6 maart begint Poeriem" (crescas.nl).
  "begint",
  // sk and cs, the date first and the Hebrew day after the verb: "od predvečera 13. septembra 2015,
  // začína 1. tišri nový rok 5776" (blazejstrba.eu).
  "začína",
  "začíná",
  // ru, uk and pl "begins" after the date: "12 апреля вечером начинается Песах", uk "12 квітня
  // ввечері розпочинається Песах" (vaadua.org), pl "14 maja wieczorem rozpoczyna się Szawuot".
  "начинается",
  "начнётся",
  "начнется",
  "починається",
  "розпочинається",
  "почнеться",
  "розпочнеться",
  "rozpoczyna się",
  "zaczyna się",
  "rozpocznie się",
];

/** Rows of AFTER_DATE_FIRST_VERB (dateWords.ts). */
export const AFTER_DATE_FIRST_VERB_LANGUAGES: readonly string[] = [
  "праздник",
  "пост",
  "день",
  "свято",
  "la",
  "el",
  "fiesta",
  "festa",
  "fête",
  "jeûne",
  "ayuno",
  "digiuno",
  "jejum",
  "de",
  "del",
  "di",
  "il",
  "o",
  "das",
  "den",
  "fest",
  "święto",
  "jüdische",
  "jüdisches",
  "jüdischen",
  // "começam as comemorações do", "проводитиме святкування", "pripadol v tomto roku židovský sviatok".
  "as",
  "comemorações",
  "celebrações",
  "do",
  "da",
  "святкування",
  // "dará início ao Dia da Expiação".
  "ao",
  "v",
  "tomto",
  "roku",
  "letos",
  "židovský",
  "sviatok",
  "svátek",
  // Hungarian articles and "festival": "veszi kezdetét a Sátoros ünnep", "köszönt be az ünnep".
  "a",
  "az",
];

/** Rows of BEGIN_VERBS (dateWords.ts). */
/** Rows of BEGIN_FROM_WORDS (dateWords.ts). */
export const BEGIN_FROM_WORDS_LANGUAGES: readonly string[] = [
  "a partir del",
  "a partir de",
  "a partir do",
  "a partir da",
  "desde el",
  "a partire dal",
  "a partire da",
  "à partir du",
];

export const BEGIN_VERBS_LANGUAGES: readonly string[] = [
  "dará início",
  "darão início",
  "commencera",
  "débute",
  "débutera",
  "comienza",
  "comenzará",
  "comenzó",
  "empieza",
  "começa",
  "começará",
  "começou",
  "inizia",
  "comincia",
  "beginnt",
  "begann",
  "begint",
  "начинается",
  "начинаются",
  "начнется",
  "начнётся",
  "начался",
  "началась",
  "розпочинається",
  "починається",
  "почнеться",
  "розпочався",
  "розпочалася",
  "розпочалось",
  "розпочнеться",
  "започва",
  "ще започне",
  "започна",
  "commence",
  "rozpoczyna się",
  "rozpocznie się",
  "rozpoczęło się",
  "rozpoczął się",
  "rozpoczęła się",
  "zaczyna się",
  "αρχίζει",
  "ξεκινά",
  "ξεκινάει",
  "kezdődik",
  // hu with the verb after the date (VERBS_AFTER_DATE): "december 14-én kezdődött", "kezdetét veszi".
  "kezdődött",
  "kezdődnek",
  "veszi kezdetét",
  "kezdetét veszi",
  // A year's beginning: cs "rok 5776 s počátkem 14. září", "Začíná v předvečer" (avetour.cz,
  // zidovskelisty.info); pt "do ano 5782 … iniciaram no pôr do sol" (curtoconselho.com.pt); ro "5784,
  // care a început după apusul soarelui" (monitorulsv.ro).
  "s počátkem",
  "začíná",
  "začal",
  "iniciaram",
  "iniciou",
  "a început",
  "începe",
  "começam",
  "começarão",
  // The plural after a plural subject: "i festeggiamenti cominciano il", "les fêtes débutent le".
  "iniziano",
  "cominciano",
  "commencent",
  "débutent",
  // Catalan: "que enguany s'ha iniciat a la vigília del 29 de setembre" (diariodemallorca.es).
  "comença",
  "començarà",
  "s'ha iniciat",
];

/** Rows of YEAR_WORDS (dateWords.ts). */
export const YEAR_WORDS_LANGUAGES: readonly string[] = [
  "rok",
  "roku",
  "ano",
  "año",
  "anno",
  "année",
  "an",
  "Jahr",
  "jaar",
  "год",
  "рік",
  "év",
  "έτος",
  "anul",
];

/** Rows of EVENING_WORDS (dateWords.ts). */
export const EVENING_WORDS_LANGUAGES: readonly string[] = [
  // Catalan "on the eve of": "s'ha iniciat a la vigília del 29 de setembre" (diariodemallorca.es),
  // the phrase whole (Italian "Vigilia di Kippur" names the day before, not its evening).
  "a la vigília del",
  "soir",
  "coucher du soleil",
  // French Wikipedia's holiday infobox: "Date 2009 | coucher de soleil, 18 septembre – coucher de
  // soleil, 20 septembre" (a copy of it on dietetique.wikibis.com).
  "coucher de soleil",
  "atardecer",
  "anochecer",
  "puesta del sol",
  // es "la puesta de sol del miércoles 1 de octubre", without the article.
  "puesta de sol",
  "pôr do sol",
  // pt nightfall and dusk after "at", as es "al anochecer" (alone, an infobox's "anoitecer, 18 de
  // maio" is the nightfall that ends the span); the hyphenated sunset.
  "ao anoitecer",
  "ao entardecer",
  "pôr-do-sol",
  "por-do-sol",
  "tramonto",
  "la sera",
  "alla sera",
  // "dans la soirée du dimanche 25 septembre" (news-24.fr), "dalla sera di martedì".
  "soirée",
  "dalla sera",
  "abend",
  "abends",
  "sonnenuntergang",
  "вечером",
  "вечера",
  "заходом солнца",
  "ввечері",
  "увечері",
  "wieczorem",
  "wieczora",
  "βράδυ",
  "δύση",
  "avond",
  "zonsondergang",
  "apusul soarelui",
  // Rows of the clause's evening words seen on pages beside those above: es/pt "noche", "noite", it
  // "di sera", "in sera", cs "večer", ro "seara", he "בערב".
  "noche",
  "noite",
  "di sera",
  "in sera",
  "večer",
  "seara",
  // es/pt "la tarde del", "na tarde de": the afternoon a holiday begins at the end of.
  "tarde",
  // "начало приходится на вечер 22 декабря" (kaluga-news.net).
  "вечер",
  // bg "вечерта на 23 март" (the evening of).
  "вечерта",
  // cs "Rok 2023: západ slunce 7. prosince" (the infobox rows of cs.wikipedia.org's holidays).
  "západ slunce",
  // ro "data 2021 Apus, 16 mai –" (ro.qaz.wiki's Shavuot infobox), pl "W 2022 | wieczór 16 marca -
  // wieczór 17 marca |" (perceptiopl.com's Purim infobox).
  "apus",
  "wieczór",
  // sk and cs, the eve that begins a day: "od predvečera 13. septembra 2015, začína 1. tišri"
  // (blazejstrba.eu), cs "v předvečer". ("večera", the genitive of the evening, is also dinner.)
  "predvečer",
  "predvečera",
  // hu "at sunset", after the date: "szeptember 30-án napnyugtakor veszi kezdetét a Sátoros ünnep"
  // (mizbtszentendre.hu), "március 2-án napszálltakor kezdődik" (penzcentrum.hu).
  "napnyugtakor",
  "napszálltakor",
  "předvečer",
  "předvečera",
];

/**
 * Rows of NIGHTFALL_WORDS (dateWords.ts): the nightfall an infobox's span ends at, after its dash:
 * de "Sonnenuntergang, 18. Dezember - Einbruch der Dunkelheit, 26. Dezember" (besserwiki.de,
 * de.wikibrief.org), cs "Západ slunce, 16. května – soumrak, 18. května" (cs.other.wiki, cs.wikipedia.org:
 * "soumrak 6. nebo 7. dubna"), ro "Apus, 16 mai – căderea nopții, 18 mai" (ro.qaz.wiki).
 */
export const NIGHTFALL_WORDS_LANGUAGES: readonly string[] = [
  "Einbruch der Dunkelheit",
  "soumrak",
  "căderea nopții",
  "căderea noptii",
];

/** Rows of STYLE_MARKS_OLD (dateWords.ts). */
export const STYLE_MARKS_OLD_LANGUAGES: readonly string[] = [
  "a. St.",
  "alten Stils",
  "ст. ст.",
  "по ст. ст.",
  "по старому стилю",
  "старого стиля",
  "ст. стилю",
];

/** Rows of STYLE_MARKS_NEW (dateWords.ts). */
export const STYLE_MARKS_NEW_LANGUAGES: readonly string[] = [
  "n. St.",
  "neuen Stils",
  "н. ст.",
  "по н. ст.",
  "по новому стилю",
  "нового стиля",
  "н. стилю",
];

/** Rows of CANDLE_WORDS (dateWords.ts). */
export const CANDLE_WORDS_LANGUAGES: readonly string[] = ["vela", "velas"];

/**
 * Rows of UNTIL_CLAUSES (dateWords.ts): the clause between a holiday's first civil day and the last
 * one it lasts until, as pages of these languages write it: es "comienza … al atardecer del viernes,
 * 22 de septiembre, y concluye al atardecer del domingo, 24 de septiembre" (herutx.blogspot.com), "y
 * culmina al anochecer del 17 de septiembre" (bairescentromedios.com), "comienza la noche del lunes 10
 * de abril y termina la noche del martes 18 de abril" (resefop.com.ar); ru "начинается с вечера 22
 * декабря и продлится до вечера 30 декабря" (vestinn.ru); fr "pour prendre fin le"; it "e termina al
 * crepuscolo del" (focolare.org).
 */
export const UNTIL_CLAUSES_LANGUAGES: readonly string[] = [
  "y concluye al atardecer del",
  "y concluye al atardecer de",
  "y culmina al anochecer del",
  "y culmina al anochecer de",
  "y termina al anochecer del",
  "y termina la noche del",
  "y termina el",
  "y culmina el",
  "y concluye el",
  "y finaliza el",
  "pour prendre fin le",
  "et se termine le",
  "et prend fin le",
  "et s'achève le",
  "et se terminera le",
  "et s'achèvera le",
  "et prendra fin le",
  // it "inizia la sera di giovedì 6 giugno e termina la sera di sabato 8 giugno": the evening that
  // ends the last day (refiners/holidayEnds.ts reads the end as that day, not the next one's eve).
  "e termina la sera di",
  "e termina la sera del",
  "e terminerà la sera di",
  "e si conclude la sera di",
  "e finisce la sera di",
  "und endet am",
  // "Chanukka beginnt … am Sonntag, 18.12.2022, und endet nach acht Tagen am Montag, 26.12.2022" (swp.de);
  // a community's lines "Beginn mit Sonnenuntergang am … / Endet mit Anbruch der Nacht am …" (ikg-straubing.de).
  "und endet nach acht Tagen am",
  "endet mit Anbruch der Nacht am",
  "und dauert bis zum",
  // The evening that ends the last day, after "from the evening of" the first: "wird Chanukka vom
  // Abend des 25. Dezember bis zum Abend des 2. Januar 2025 gefeiert" (alzeyer-zeitung.de).
  "bis zum Abend des",
  "und dauert bis zum Abend des",
  "e termina al crepuscolo del",
  "e termina il",
  "e si conclude il",
  // it "finishes", nl "lasts until": "e finisce il 30 dicembre", "en duurt tot 30 december".
  "e finisce il",
  "e finirà il",
  "e si concluderà il",
  "e terminerà il",
  "e vai até",
  "e termina em",
  "e termina no dia",
  "até a tarde de",
  "até à tarde de",
  "en eindigt op",
  "en duurt tot",
  "en duurt tot en met",
  "en eindigt",
  "и продлится до вечера",
  "и продлится до",
  // "празднования начинаются с заходом солнца 2 октября и продлятся до 4 октября" (novostipmr.com).
  "и продлятся до",
  // "débute donc le 29 septembre 2008, au coucher du soleil … pour se terminer le 1er octobre" (blog.deluxe.fr).
  "pour se terminer le",
  // "начало приходится на вечер 22 декабря, а окончание на вечер 30 декабря" (kaluga-news.net).
  "а окончание на вечер",
  "а окончание на",
  "и закончится",
  "и завершится",
  // "… и заканчивается 20 апреля", uk "… і закінчується 20 квітня": the present tense, as "ends on".
  "и заканчивается",
  "и завершается",
  "і триватиме до",
  "і завершиться",
  "і закінчиться",
  "і закінчується",
  "і завершується",
  "i potrwa do",
  "i kończy się",
  "i zakończy się",
];

/**
 * Rows of THIS_YEAR (dateWords.ts): "this year" before a sentence's subject that refers back to a
 * day named just before, YYYY standing for a year: ru "В 2025 году этот праздник начинается вечером
 * 14 декабря" (news.telegraf.com.ua), fr "Elle commence cette année le", uk "Цього року".
 */
export const THIS_YEAR_LANGUAGES: readonly string[] = [
  "cette année",
  "en YYYY",
  "в YYYY году",
  "в этом году",
  // "В нынешнем году празднования начинаются с заходом солнца 2 октября" (novostipmr.com).
  "в нынешнем году",
  "у YYYY році",
  "цього року",
  // uk "this year" in one word: "Цьогоріч 1 Тевета припало на …" (jewishnews.com.ua).
  "цьогоріч",
  "dieses Jahr",
  "in diesem Jahr",
  // Southern German and Austrian "this year": "Heuer beginnt es am 12. April".
  "heuer",
  "im Jahr YYYY",
  "este año",
  "este ano",
  "neste ano",
  // pt "Rosh Hashaná" / "No ano de 2023, a data será iniciada ao pôr do sol em 15 de setembro".
  "em YYYY",
  "no ano de YYYY",
  "dit jaar",
  "quest'anno",
  "nel YYYY",
  "w tym roku",
  "w YYYY roku",
  // The year after "in the year": pl "W roku 2024 Chanuka zaczyna się", cs "v roce 2024", sk "v roku 2024".
  "w roku YYYY",
  "v roce YYYY",
  "v roku YYYY",
  "letos",
  "idén",
  "în acest an",
  "în anul YYYY",
  // Romanian "of the current year", after a date: "în seara zilei de 6 septembrie a.c., Roș Hașana".
  "a.c.",
  // Catalan "this year": "enguany la celebració serà del 22 al 30 d'abril" (ajuntament.barcelona.cat).
  "enguany",
  "aquest any",
  "φέτος",
  // bg "През 2024 г. празникът започва", "тази година".
  "през YYYY г.",
  "през YYYY година",
  "тази година",
];

/**
 * Rows of REFERRING_SUBJECTS (dateWords.ts): a sentence's subject that stands for the day named in
 * the sentence or heading before: "этот праздник", "начало" (its start), fr "Elle", de "das Fest".
 * A sentence of these languages may also begin with its verb, the subject left out ("Inizia al
 * tramonto di martedì 30 maggio", under a heading "Festività di Shavuot").
 */
export const REFERRING_SUBJECTS_LANGUAGES: readonly string[] = [
  "elle",
  "cette fête",
  "la fête",
  // "La date de Roch Hachana change chaque année. En 2030, les festivités se dérouleront les …".
  "les festivités",
  "les fêtes",
  "i festeggiamenti",
  "этот праздник",
  "праздник",
  "он",
  "она",
  "начало",
  "празднования",
  "празднование",
  "це свято",
  "свято",
  "воно",
  "він",
  "вона",
  "das Fest",
  "dieses Fest",
  // "Pessach dauert acht Tage; es beginnt am Abend des 22. April": German "it".
  "es",
  "esta fiesta",
  "la fiesta",
  "la festividad",
  // "El Yom Kipur" / "En 2025, la celebración comienza el miércoles 1 de octubre al atardecer"
  // (revistamandato.com): "the celebration".
  "la celebración",
  "esta celebración",
  "a celebração",
  // pt "the date", "the holiday", "the commemoration" of the day just named.
  "a data",
  "esta data",
  "o feriado",
  "este feriado",
  "a comemoração",
  "la celebrazione",
  "ella",
  "la festa",
  "questa festa",
  "a festa",
  "ela",
  "het feest",
  "het",
  // "Joden vieren Pesach van 15 tot 22 Nisan; dit begint … op de avond van 22 april" (pkn-apeldoorn.nl).
  "dit",
  "to święto",
  "święto",
  "ten svátek",
  "svátek",
  "sărbătoarea",
  // Catalan: "La celebració del Péssah comença a mitjan mes de Nissan … enguany la celebració serà del
  // 22 al 30 d'abril" (ajuntament.barcelona.cat).
  "la celebració",
  "az ünnep",
  "η γιορτή",
  "празникът",
  "този празник",
];

/**
 * Rows of CALENDAR_GLOSSES (dateWords.ts): "by the Jewish calendar", naming the calendar of the date
 * after it ("18 апреля 1902 (по еврейскому календарю 11 нисана 5662 года)").
 */
export const CALENDAR_GLOSSES_LANGUAGES: readonly string[] = [
  "по еврейскому календарю",
  "по иудейскому календарю",
  "по еврейскому летоисчислению",
  "за єврейським календарем",
  "за юдейським календарем",
  // ro "15 Nisan după calendarul iudaic, care în acest an corespunde datei de 10 aprilie" (informatia-zilei.ro).
  "după calendarul iudaic",
  "după calendarul evreiesc",
  "după calendarul ebraic",
];

/**
 * Rows of LIFE_VERBS (dateWords.ts): a bio's "born", "died" between a date and the bracketed gloss
 * that restates it in the other calendar ("18 апреля 1902 – родился (по еврейскому календарю …)").
 */
export const LIFE_VERBS_LANGUAGES: readonly string[] = [
  "родился",
  "родилась",
  "умер",
  "умерла",
  "скончался",
  "скончалась",
  "народився",
  "народилася",
  "помер",
  "померла",
];

/**
 * Rows of VERBS_AFTER_DATE (dateWords.ts): a language that puts its verb last writes the holiday,
 * then its civil day, then the verb: hu "A Hanuka 2025-ben december 14-én kezdődik", "az ünnep
 * március 2-án napszálltakor kezdődik" (penzcentrum.hu), "Ros Hasana idén szeptember 23-ra esik".
 */
export const VERBS_AFTER_DATE_LANGUAGES: readonly string[] = [
  "kezdődik",
  "kezdődött",
  "kezdődnek",
  "veszi kezdetét",
  "kezdetét veszi",
  "esik",
  "esett",
  "lesz",
  "van",
];

/**
 * Verbs of VERBS_AFTER_DATE_LANGUAGES's kind that end the holiday on that day: hu "a Hanuka ünnepe
 * december 6-án ér véget" (ends on 6 December), "az ünnep április 20-án zárul" (closes on 20 April).
 * The date is the holiday's last day, as after "until".
 */
export const ENDING_VERBS_AFTER_DATE_LANGUAGES: readonly string[] = [
  "ér véget",
  "ért véget",
  "érnek véget",
  "véget ér",
  "véget ért",
  "zárul",
  "zárult",
];
