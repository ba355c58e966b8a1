/** The text of `hdate --help`. */
export const HELP = `hdate: read, convert and check Gregorian and Hebrew dates

Usage:
  hdate [DATE]                 DATE in both calendars, its weekday and events (today when none;
                               DATE may also be today, tomorrow or yesterday)
  hdate -                      the same for each line of standard input
  hdate check FILE... | -      find the dates on a page and say whether they agree
  hdate cal [MONTH] [YEAR]     a month (or a year) as a grid in both calendars (hdate cal --help)
  hdate days FROM TO           one line per day from FROM to TO in both calendars (hdate days --help)
  hdate --jsonl [FILE|-]       one date per line in, one JSON result per line out
  hdate check --jsonl [FILE|-] one JSON document {"text": ...} per line in, one report per line out
  hdate holidays [YEAR]        the holidays of a Hebrew (5778) or Gregorian (2018) year; --help for more
  hdate anniversary DATE [YEAR...]  birthdays or (--yahrzeit) yahrzeits of DATE; --help for more

Options:
  --json               print JSON instead of text
  -s, --after-sunset   the Hebrew day that begins on the evening of the Gregorian day
                       (for a Hebrew DATE: the civil evening on which it begins)
  -z, --time-zone ZONE IANA zone or UTC offset (+03:00) for "today" and for times of day
                       (default: local for today, else UTC)
  -r, --reference DAY  YYYY-MM-DD that a missing year is inferred near (default: today)
  -l, --location PLACE city (Jerusalem, New York) or LAT,LON whose sunset ends the day: a time
                       of day after it (in a date, a page's timestamp, or now) is the next Hebrew day
      --order ORDER    numeric dates: mdy, dmy or auto (default: auto)
      --israel         Israeli holiday schedule, also for holiday names read (default: diaspora)
      --explain        check: print which step of the reading set each field
      --summary        --jsonl: count each verdict (and errors) on stderr at the end
      --threads N      check --jsonl: answer on N worker threads, output in input order
                       (default: one a core for inputs over 128 MB; 1: no threads)
  -q, --quiet          no progress on stderr
      --lang LANG      en, he (Hebrew script) or ashkenazi: dates and events in that language
      --no-niqqud      Hebrew script without vowel points
  -h, --help           this help
  -v, --version        the version

Examples:
  hdate "10 Av 5778"
  hdate 2018-07-22
  hdate "י׳ באב תשע״ח"
  hdate --json "Sunday, July 22nd 2018"
  hdate -s "December 13, 2015"
  hdate check page.txt

Exit status: 0 answered (or consistent, unchecked, no dates), 1 an inconsistency was found,
2 bad input or usage.
`;
