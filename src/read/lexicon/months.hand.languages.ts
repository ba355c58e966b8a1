// Month spellings of the languages other than English and Hebrew that pages use and CLDR lacks,
// each with where it was seen; rows as in monthRow.ts. The lean browser build leaves them out
// (tsup.config.ts, englishHebrewOnly): a row of Hebrew script or English letters read as Hebrew
// belongs in months.hand.ts.

import type { MonthRow } from "./monthRow.js";

export const HAND_LANGUAGE_MONTH_ROWS: readonly MonthRow[] = [
  // Russian, in a date (genitive) and alone: newsru.co.il/jtradition/30dec2025/fasting.html
  // ("10 тевета", "17 тамуза", "9 ава"), toldot.ru/articles/articles_8082.html ("Менахем Ав").
  ["ru", "hebrew", 7, "тишрея", "long"],
  ["ru", "hebrew", 7, "тишри", "long"],
  ["ru", "hebrew", 8, "хешвана", "long"],
  ["ru", "hebrew", 8, "мархешвана", "long"],
  ["ru", "hebrew", 8, "мархешван", "long"],
  ["ru", "hebrew", 9, "кислева", "long"],
  ["ru", "hebrew", 10, "тевета", "long"],
  ["ru", "hebrew", 11, "швата", "long"],
  ["ru", "hebrew", 11, "шват", "long"],
  ["ru", "hebrew", 11, "шевата", "long"],
  ["ru", "hebrew", 0, "адара", "long"],
  // chabad.odessa.ua ("27 адара-I 5752 года (3 марта 1992 года)").
  ["ru", "hebrew", 12, "адара I", "long"],
  ["ru", "hebrew", 13, "адара II", "long"],
  ["ru", "hebrew", 1, "нисана", "long"],
  ["ru", "hebrew", 2, "ияра", "long"],
  ["ru", "hebrew", 3, "сивана", "long"],
  ["ru", "hebrew", 4, "тамуза", "long"],
  ["ru", "hebrew", 4, "тамуз", "long"],
  ["ru", "hebrew", 4, "таммуза", "long"],
  ["ru", "hebrew", 5, "ава", "long"],
  ["ru", "hebrew", 5, "менахем ав", "long"],
  ["ru", "hebrew", 5, "менахем ава", "long"],
  ["ru", "hebrew", 6, "элула", "long"],
  ["ru", "hebrew", 6, "элуль", "long"],
  // Ukrainian three-letter months without a period, as Ukrainian blog templates write them:
  // 770.com.ua ("28 Кислева 5786 (18 Гру, 2025)").
  ["uk", "gregorian", 1, "Січ", "short"],
  ["uk", "gregorian", 2, "Лют", "short"],
  ["uk", "gregorian", 3, "Бер", "short"],
  ["uk", "gregorian", 4, "Кві", "short"],
  ["uk", "gregorian", 5, "Тра", "short"],
  ["uk", "gregorian", 6, "Чер", "short"],
  ["uk", "gregorian", 7, "Лип", "short"],
  ["uk", "gregorian", 8, "Сер", "short"],
  ["uk", "gregorian", 9, "Вер", "short"],
  ["uk", "gregorian", 10, "Жов", "short"],
  ["uk", "gregorian", 11, "Лис", "short"],
  ["uk", "gregorian", 12, "Гру", "short"],
  // Greek months in their spoken genitive, after a day: corfuhistory.eu ("Τρίτη 11 Απρίλη 2017");
  // the others of that form as Greek speech writes them (Γενάρη … Δεκέμβρη), CLDR has only Απριλίου.
  ["el", "gregorian", 1, "Γενάρη", "long"],
  ["el", "gregorian", 2, "Φλεβάρη", "long"],
  ["el", "gregorian", 3, "Μάρτη", "long"],
  ["el", "gregorian", 4, "Απρίλη", "long"],
  ["el", "gregorian", 5, "Μάη", "long"],
  ["el", "gregorian", 6, "Ιούνη", "long"],
  ["el", "gregorian", 7, "Ιούλη", "long"],
  ["el", "gregorian", 9, "Σεπτέμβρη", "long"],
  ["el", "gregorian", 10, "Οκτώβρη", "long"],
  ["el", "gregorian", 11, "Νοέμβρη", "long"],
  ["el", "gregorian", 12, "Δεκέμβρη", "long"],
  // Greek writes the last letter of Kislev as β where CLDR has φ (Κισλέφ): kis.gr ("25 Κισλέβ 5787").
  ["el", "hebrew", 9, "Κισλέβ", "long"],
  // Ukrainian: vin.gov.ua ("місяця Тішрей").
  ["uk", "hebrew", 7, "тішрей", "long"],
  ["uk", "hebrew", 7, "тішрея", "long"],
  ["uk", "hebrew", 5, "ава", "long"],
  ["uk", "hebrew", 5, "ав", "long"],
  // Ukrainian spellings with і and е where Russian writes и and э, in a date (genitive) and alone:
  // "18 іяра", "29 елула", "1 тішрі", "25 кіслева". The spellings Ukrainian shares with Russian
  // ("тевета", "сивана", "тамуза") are the Russian rows'. Not yet "нісана": a yearless "15 нісана
  // (5 квітня)" would take a far year in which the pair agrees, as "15 нисана (5 апреля)" does.
  ["uk", "hebrew", 2, "іяра", "long"],
  ["uk", "hebrew", 2, "іяр", "long"],
  ["uk", "hebrew", 2, "ійяра", "long"],
  ["uk", "hebrew", 2, "ійяр", "long"],
  ["uk", "hebrew", 6, "елула", "long"],
  ["uk", "hebrew", 6, "елул", "long"],
  ["uk", "hebrew", 7, "тішрі", "long"],
  ["uk", "hebrew", 9, "кіслева", "long"],
  ["uk", "hebrew", 9, "кіслев", "long"],
  // chabad.odessa.ua ("14 гешвана 5585 року (5 листопада 1824 року)", "20 гешвана 5624 року").
  ["uk", "hebrew", 8, "гешвана", "long"],
  ["uk", "hebrew", 8, "гешван", "long"],
  // French: ajme78.fr/le-calendrier-hebraique-suite ("Tichri", "Tévet", "Chevat", "Tamouz", "Eloul",
  // "le 15 Nissan", "9 Av"), judaisme-nazareen.com/calendrier ("Tammouz", "‘Heshvan", "Eloul").
  ["fr", "hebrew", 8, "Hechvan", "long"],
  ["fr", "hebrew", 8, "'Heshvan", "long"],
  ["fr", "hebrew", 10, "Tévet", "long"],
  ["fr", "hebrew", 4, "Tammouz", "long"],
  ["fr", "hebrew", 6, "Eloul", "long"],
  // The short French spelling of Shevat, as in "Tou Bichvat": wipplay.com ("au 15e jour du mois de Chvat").
  ["fr", "hebrew", 11, "Chvat", "long"],
  // German: de.wikipedia.org/wiki/Jüdischer_Kalender ("27. Kislew AM 5785", "4. Tischri AM 5782"),
  // stilkunst.de/c31_calendar ("23. Cheschwan AM 5785").
  ["de", "hebrew", 10, "Tewet", "long"],
  ["de", "hebrew", 11, "Schwat", "long"],
  ["de", "hebrew", 2, "Ijar", "long"],
  ["de", "hebrew", 5, "Menachem Aw", "long"],
  // de.chabad.org/calendar ("Schabbat 29. Tischrei 5784"), sgk.de ("Sukkot (15. bis 23. Tischrei)"),
  // de.chabad.org ("am Vorabend des ersten Tischrej (22. September 2025)").
  ["de", "hebrew", 7, "Tischrei", "long"],
  ["de", "hebrew", 7, "Tischrej", "long"],
  // der-transkribierer.at ("heuer am 19. September, ist der 1. Tischre", "Am 10. Tischre").
  ["de", "hebrew", 7, "Tischre", "long"],
  // Spanish: es.wikipedia.org/wiki/Tishrei ("El 10 de Tishréi", "Jeshvan", "Nisán"),
  // es.quizzclub.com ("Nisán, Iyar, Siván, Tamuz, Ab, Elul, Tishrei, Jeshván, Kisleu, Tebet, Shebath").
  ["es", "hebrew", 7, "Tishrei", "long"],
  ["es", "hebrew", 7, "Tishréi", "long"],
  ["es", "hebrew", 8, "Jeshván", "long"],
  ["es", "hebrew", 9, "Kisleu", "long"],
  ["es", "hebrew", 10, "Tebet", "long"],
  ["es", "hebrew", 11, "Shebat", "long"],
  ["es", "hebrew", 11, "Shebath", "long"],
  ["es", "hebrew", 1, "Nisán", "long"],
  ["es", "hebrew", 3, "Siván", "long"],
  ["es", "hebrew", 5, "Ab", "long"],
  // Portuguese: pt.chabad.org/calendar ("1 Tishrei, 5785", "1º de Tishrei", "27 de Cheshvan").
  ["pt", "hebrew", 7, "Tishrei", "long"],
  ["pt", "hebrew", 8, "Cheshvan", "long"],
  ["pt", "hebrew", 1, "Nissan", "long"],
  // Polish: chabad.org.pl/10-aw-dzien-urodzin-issachara ("10 Menachem Aw roku 1565"),
  // dobryslownik.pl/slowo/tiszri ("tiszri", "szwat").
  ["pl", "hebrew", 5, "Menachem Aw", "long"],
  // Dutch: kerkenisrael.nl/najaar ("Dat is 1 tisjri", "15-22 tisjri"), talmidim.nl ("1 en 2 Tisjri",
  // "de maand Tisjrie", "de Hebreeuwse maand Eloel").
  ["nl", "hebrew", 7, "tisjri", "long"],
  ["nl", "hebrew", 7, "Tisjri", "long"],
  ["nl", "hebrew", 7, "Tisjrie", "long"],
  ["nl", "hebrew", 6, "Eloel", "long"],
  // gnileeuwarden.nl ("van 17 oktober (15 tisjrei) tot en met 23 oktober 2016 (21 tisjrei)").
  ["nl", "hebrew", 7, "tisjrei", "long"],
  // Slovak in a date (genitive): teraz.sk ("V tomto roku pripadá na 15. - 22. nisana (20. - 27. apríla)").
  ["sk", "hebrew", 1, "nisana", "long"],
  // Polish: kpjch.pl/zydzi-blizej/142-kalendarz-zydowski ("Rosz ha-Szana - 1 tiszri").
  ["pl", "hebrew", 7, "tiszri", "long"],
  // Czech months after a day take the genitive in -u: m.eretz.cz ("10. srpna 1893, 28. avu 5653"),
  // rg-encyclopedie.soc.cas.cz ("17. tamuzu"), and "švatu" beside CLDR's "ševat". Not yet "nisanu" (Czech
  // and Polish): read, it pairs a bio's "Dnes, 23. nisanu (28. dubna)" with the birth year in the text
  // after it (m.eretz.cz), and an evening's bracket under a heading's holiday loses its evening.
  ["cs", "hebrew", 8, "chešvanu", "long"],
  ["cs", "hebrew", 9, "kislevu", "long"],
  ["cs", "hebrew", 10, "tevetu", "long"],
  ["cs", "hebrew", 11, "ševatu", "long"],
  ["cs", "hebrew", 11, "švatu", "long"],
  ["cs", "hebrew", 0, "adaru", "long"],
  ["cs", "hebrew", 3, "sivanu", "long"],
  ["cs", "hebrew", 4, "tamuzu", "long"],
  ["cs", "hebrew", 5, "avu", "long"],
  ["cs", "hebrew", 6, "elulu", "long"],
  // Catalan, CLDR's ca names (the generator's list leaves ca out: CLDR writes its months inside a
  // date with their "de", "de setembre", "d’abril"). Pages write the day, "de" and the name
  // ("29 de setembre", diariodemallorca.es) or the name elided onto "d'" ("del 22 al 30 d'abril",
  // ajuntament.barcelona.cat; "l'1 d'octubre", diariodemallorca.es): the elided word is one row.
  ["ca", "gregorian", 1, "gener", "standalone"],
  ["ca", "gregorian", 2, "febrer", "standalone"],
  ["ca", "gregorian", 3, "març", "standalone"],
  ["ca", "gregorian", 4, "abril", "standalone"],
  ["ca", "gregorian", 4, "d'abril", "long"],
  ["ca", "gregorian", 5, "maig", "standalone"],
  ["ca", "gregorian", 6, "juny", "standalone"],
  ["ca", "gregorian", 7, "juliol", "standalone"],
  ["ca", "gregorian", 8, "agost", "standalone"],
  ["ca", "gregorian", 8, "d'agost", "long"],
  ["ca", "gregorian", 9, "setembre", "standalone"],
  ["ca", "gregorian", 10, "octubre", "standalone"],
  ["ca", "gregorian", 10, "d'octubre", "long"],
  ["ca", "gregorian", 11, "novembre", "standalone"],
  ["ca", "gregorian", 12, "desembre", "standalone"],
  // Catalan spells the Hebrew months its own way (x for "sh"): diariodemallorca.es ("Se celebra l'1 i el 2
  // de tixrí"); CLDR's ca rows keep the English "Tishri".
  ["ca", "hebrew", 7, "tixrí", "long"],
  ["ca", "hebrew", 7, "tixri", "long"],
];
