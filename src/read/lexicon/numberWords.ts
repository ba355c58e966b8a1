// Numbers written in words, as dates use them: English ordinals and cardinals ("the twenty-third of
// Tevet", "in the year five thousand seven hundred and eighty-seven"), and the names of the Hebrew
// letters whose values name a day ("Yud Tes Kislev" = 19 Kislev). Rows only: numberWords.ts reads them.

/** English cardinal words and their values. */
export const CARDINALS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

/** Words that multiply what comes before them ("five thousand", "seven hundred"). */
export const SCALES: Record<string, number> = { hundred: 100, thousand: 1000 };

/** English ordinal words and their values; "twenty-third" is "twenty" and "third". */
export const ORDINALS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  thirtieth: 30,
};

/** Names of the Hebrew letters in English letters, by value, as day names use them (alef … lamed). */
export const HEBREW_LETTER_NAMES: Record<number, readonly string[]> = {
  1: ["alef", "aleph"],
  2: ["beis", "bet", "beit", "beth", "bais"],
  3: ["gimmel", "gimel"],
  4: ["daled", "dalet", "daleth"],
  5: ["hei", "hey", "heh"],
  6: ["vov", "vav"],
  7: ["zayin"],
  8: ["ches", "chet", "het", "cheth"],
  9: ["tes", "tet", "teth"],
  10: ["yud", "yod"],
  20: ["chof", "kaf", "chaf", "kaph"],
  30: ["lamed"],
};

/** Day names that are words of their own: "Chai Elul" (ח״י, 18) and "Tu B'Shvat" (ט״ו ב, 15). */
export const LETTER_DAY_WORDS: Record<number, readonly string[]> = {
  18: ["chai"],
  15: ["tu b'", "tu b", "tu bi", "tu be'", "tu be"],
};
