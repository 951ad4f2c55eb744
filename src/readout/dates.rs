//! Dates: finding "March 27, 2020", "27 October 2022", "2020/03/27", "2019年10月15日",
//! "27 марта 2014 года", "the evening of 27th" in a line and turning full ones into ISO.

use super::lexicon;

/// A date found in a piece of text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct DateMatch {
    /// Byte range of the literal words, including a leading "the evening of".
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// Year, when given.
    pub year: Option<i32>,
    /// Month, when given.
    pub month: Option<u32>,
    /// Day of the month.
    pub day: u32,
}

impl DateMatch {
    /// `YYYY-MM-DD` when year, month and day are all known.
    pub(crate) fn iso(&self) -> Option<String> {
        match (self.year, self.month) {
            (Some(y), Some(m)) => Some(format!("{y:04}-{m:02}-{:02}", self.day)),
            _ => None,
        }
    }

    /// True when it has a month as well as a day.
    pub(crate) fn has_month(&self) -> bool {
        self.month.is_some()
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Tok<'a> {
    /// Digits, with the number of digits and an ordinal suffix flag ("27th").
    Num {
        value: u32,
        digits: usize,
        ordinal: bool,
    },
    Word(&'a str),
    Sym(char),
}

#[derive(Clone, Copy, Debug)]
struct T<'a> {
    start: usize,
    end: usize,
    tok: Tok<'a>,
}

fn tokenize(s: &str, limit: usize) -> Vec<T<'_>> {
    let mut out = Vec::new();
    let mut it = s.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if out.len() >= limit {
            break;
        }
        if c.is_ascii_digit() {
            let mut end = i + 1;
            let mut value: u32 = c.to_digit(10).unwrap_or(0);
            let mut digits = 1;
            while let Some(&(j, d)) = it.peek() {
                if !d.is_ascii_digit() {
                    break;
                }
                value = value
                    .saturating_mul(10)
                    .saturating_add(d.to_digit(10).unwrap_or(0));
                digits += 1;
                end = j + 1;
                it.next();
            }
            let rest = &s[end..];
            let ordinal = ["st", "nd", "rd", "th"].iter().any(|suf| {
                rest.starts_with(suf)
                    && !rest[2..]
                        .chars()
                        .next()
                        .is_some_and(|n| n.is_alphanumeric())
            });
            if ordinal {
                end += 2;
                it.next();
                it.next();
            }
            out.push(T {
                start: i,
                end,
                tok: Tok::Num {
                    value,
                    digits,
                    ordinal,
                },
            });
        } else if c.is_alphabetic() && !super::normalise::is_cjk(c) {
            let mut end = i + c.len_utf8();
            while let Some(&(j, d)) = it.peek() {
                if !d.is_alphabetic() || super::normalise::is_cjk(d) {
                    break;
                }
                end = j + d.len_utf8();
                it.next();
            }
            out.push(T {
                start: i,
                end,
                tok: Tok::Word(&s[i..end]),
            });
        } else if !c.is_whitespace() && !super::normalise::is_space(c) {
            out.push(T {
                start: i,
                end: i + c.len_utf8(),
                tok: Tok::Sym(c),
            });
        }
    }
    out
}

fn year_of(t: &Tok<'_>) -> Option<i32> {
    match *t {
        Tok::Num {
            value,
            digits: 4,
            ordinal: false,
        } if (1900..=2100).contains(&value) => i32::try_from(value).ok(),
        _ => None,
    }
}

fn day_of(t: &Tok<'_>) -> Option<u32> {
    match *t {
        Tok::Num {
            value,
            digits: 1 | 2,
            ..
        } if (1..=31).contains(&value) => Some(value),
        _ => None,
    }
}

fn month_of(t: &Tok<'_>) -> Option<u32> {
    match *t {
        Tok::Word(w) => lexicon::month_number(w),
        _ => None,
    }
}

fn num_month(t: &Tok<'_>) -> Option<u32> {
    match *t {
        Tok::Num {
            value,
            digits: 1 | 2,
            ordinal: false,
        } if (1..=12).contains(&value) => Some(value),
        _ => None,
    }
}

fn sym(t: Option<&T<'_>>, c: char) -> bool {
    matches!(t, Some(T { tok: Tok::Sym(s), .. }) if *s == c)
}

fn word(t: Option<&T<'_>>, w: &str) -> bool {
    matches!(t, Some(T { tok: Tok::Word(s), .. }) if s.eq_ignore_ascii_case(w))
}

/// Tries every date pattern at token `k`; returns the match and the token after it.
fn match_at(s: &str, toks: &[T<'_>], k: usize) -> Option<(DateMatch, usize)> {
    let t = |i: usize| toks.get(i);
    let tok = |i: usize| toks.get(i).map(|x| x.tok);
    let first = t(k)?;
    let mk = |end_tok: usize, year, month, day| DateMatch {
        start: first.start,
        end: toks.get(end_tok - 1).map_or(first.end, |x| x.end),
        year,
        month,
        day,
    };
    // 2020-03-27, 2020/03/27, 2020.03.27, 2019年10月15日
    if let Some(y) = year_of(&first.tok) {
        for sep in ['-', '/', '.'] {
            if sym(t(k + 1), sep) && sym(t(k + 3), sep) {
                if let (Some(m), Some(d)) = (
                    tok(k + 2).and_then(|x| num_month(&x)),
                    tok(k + 4).and_then(|x| day_of(&x)),
                ) {
                    return Some((mk(k + 5, Some(y), Some(m), d), k + 5));
                }
            }
        }
        if sym(t(k + 1), '年') && sym(t(k + 3), '月') && sym(t(k + 5), '日') {
            if let (Some(m), Some(d)) = (
                tok(k + 2).and_then(|x| num_month(&x)),
                tok(k + 4).and_then(|x| day_of(&x)),
            ) {
                return Some((mk(k + 6, Some(y), Some(m), d), k + 6));
            }
        }
        return None;
    }
    // 10月15日, 27.03.2020, 03/27/2020, 27 March 2020, 27. März 2020, 27 марта 2014 года
    if let Some(d) = day_of(&first.tok) {
        if sym(t(k + 1), '月') && sym(t(k + 3), '日') {
            let m = num_month(&first.tok)?;
            let d2 = tok(k + 2).and_then(|x| day_of(&x))?;
            return Some((mk(k + 4, None, Some(m), d2), k + 4));
        }
        for sep in ['.', '/'] {
            if sym(t(k + 1), sep) && sym(t(k + 3), sep) {
                if let (Some(b), Some(y)) = (
                    tok(k + 2).and_then(|x| day_of(&x)),
                    tok(k + 4).and_then(|x| year_of(&x)),
                ) {
                    // Slashes follow the US order unless the first number cannot be a month.
                    let (m, day) = if sep == '/' && d <= 12 {
                        (d, b)
                    } else {
                        (b, d)
                    };
                    if (1..=12).contains(&m) {
                        return Some((mk(k + 5, Some(y), Some(m), day), k + 5));
                    }
                }
            }
        }
        let mut j = k + 1;
        if sym(t(j), '.') {
            j += 1;
        }
        if word(t(j), "of") {
            j += 1;
        }
        if let Some(m) = tok(j).and_then(|x| month_of(&x)) {
            j += 1;
            if sym(t(j), '.') {
                j += 1;
            }
            if sym(t(j), ',') && tok(j + 1).and_then(|x| year_of(&x)).is_some() {
                j += 1;
            }
            if let Some(y) = tok(j).and_then(|x| year_of(&x)) {
                let mut end = j + 1;
                if word(t(end), "года") || word(t(end), "г") {
                    end += 1;
                }
                return Some((mk(end, Some(y), Some(m), d), end));
            }
            return Some((mk(j, None, Some(m), d), j));
        }
        if sym(t(k + 1), '日') && !matches!(k.checked_sub(1).and_then(tok), Some(Tok::Num { .. }))
        {
            return Some((mk(k + 2, None, None, d), k + 2));
        }
        // "the evening of 27th", "on the 27th"
        if matches!(first.tok, Tok::Num { ordinal: true, .. }) {
            let prev = k.checked_sub(1).and_then(tok);
            let prev2 = k.checked_sub(2).and_then(tok);
            let by_of = matches!(prev, Some(Tok::Word(w)) if w.eq_ignore_ascii_case("of"));
            let by_on = matches!(prev, Some(Tok::Word(w)) if w.eq_ignore_ascii_case("the"))
                && matches!(prev2, Some(Tok::Word(w)) if w.eq_ignore_ascii_case("on"));
            let next_is_noun =
                matches!(tok(k + 1), Some(Tok::Word(w)) if w.chars().all(char::is_lowercase));
            if (by_of || by_on) && !next_is_noun {
                return Some((mk(k + 1, None, None, d), k + 1));
            }
        }
        return None;
    }
    // March 27, 2020 / Feb. 25 / Tue. May 18th, 2021 / Dezember 21
    if let Some(m) = month_of(&first.tok) {
        let mut j = k + 1;
        if sym(t(j), '.') {
            j += 1;
        }
        let d = tok(j).and_then(|x| day_of(&x))?;
        j += 1;
        let mut end = j;
        if sym(t(j), ',') {
            j += 1;
        }
        let mut year = None;
        if let Some(y) = tok(j).and_then(|x| year_of(&x)) {
            year = Some(y);
            end = j + 1;
        }
        let m_word = matches!(first.tok, Tok::Word(w) if w.len() > 3 || w.chars().next().is_some_and(char::is_uppercase));
        if !m_word {
            return None;
        }
        return Some((mk(end, year, Some(m), d), end));
    }
    let _ = s;
    None
}

/// The first date in `s` (looking at most at its first few hundred words), with a leading
/// "the morning/afternoon/evening/night of" kept in the literal words.
pub(crate) fn find(s: &str) -> Option<DateMatch> {
    let toks = tokenize(s, 400);
    for k in 0..toks.len() {
        if let Some((mut m, _)) = match_at(s, &toks, k) {
            if k >= 3 {
                let the = toks[k - 3].tok;
                let part = toks[k - 2].tok;
                let of = toks[k - 1].tok;
                let is_part = matches!(part, Tok::Word(w) if matches!(w.to_ascii_lowercase().as_str(), "morning" | "afternoon" | "evening" | "night"));
                if matches!(the, Tok::Word(w) if w.eq_ignore_ascii_case("the"))
                    && is_part
                    && matches!(of, Tok::Word(w) if w.eq_ignore_ascii_case("of"))
                {
                    m.start = toks[k - 3].start;
                }
            }
            return Some(m);
        }
    }
    None
}

/// True when a short line is essentially a date: the date plus at most three other words
/// ("BEIJING, Feb. 25 (Xinhua) --", "新闻网 时间:2021-05-06 09:10", "• Tue. May 18th, 2021").
pub(crate) fn is_date_line(s: &str) -> bool {
    let Some(m) = find(s) else {
        return false;
    };
    if !m.has_month() {
        return false;
    }
    let rest = format!("{} {}", &s[..m.start], &s[m.end..]);
    let others = rest
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty() && !lexicon::is_weekday(w))
        .count();
    others <= 3
}

/// Relative date words ("today", "this afternoon", "heute"), for `date_text` when a readout
/// gives no calendar date.
pub(crate) fn find_relative(s: &str) -> Option<(usize, usize)> {
    const WORDS: &[&str] = &[
        "this morning",
        "this afternoon",
        "this evening",
        "today",
        "yesterday",
        "tonight",
        "heute",
        "gestern",
        "сегодня",
        "вчера",
        "今天",
        "昨天",
        "今日",
        "昨日",
    ];
    let lower = s.to_lowercase();
    if lower.len() != s.len() {
        // Lower-casing changed lengths (rare scripts): search the original only.
        return WORDS
            .iter()
            .filter_map(|w| s.find(w).map(|p| (p, p + w.len())))
            .min();
    }
    WORDS
        .iter()
        .filter_map(|w| {
            let mut from = 0;
            while let Some(p) = lower[from..].find(w) {
                let at = from + p;
                let before_ok = !lower[..at]
                    .chars()
                    .next_back()
                    .is_some_and(char::is_alphanumeric);
                let after_ok = !lower[at + w.len()..]
                    .chars()
                    .next()
                    .is_some_and(char::is_alphanumeric);
                if (before_ok && after_ok) || w.chars().any(super::normalise::is_cjk) {
                    return Some((at, at + w.len()));
                }
                from = at + w.len();
            }
            None
        })
        .min()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_found() {
        let table: &[(&str, &str, Option<&str>)] = &[
            ("March 27, 2020", "March 27, 2020", Some("2020-03-27")),
            ("2020/03/27", "2020/03/27", Some("2020-03-27")),
            ("2023-02-04 11:14", "2023-02-04", Some("2023-02-04")),
            (
                "• Tue. May 18th, 2021",
                "May 18th, 2021",
                Some("2021-05-18"),
            ),
            ("BEIJING, Feb. 25 (Xinhua) --", "Feb. 25", None),
            (
                "PM call with President Macron of France: 18 October 2022",
                "18 October 2022",
                Some("2022-10-18"),
            ),
            (
                "On the evening of March 9, 2021, the minister",
                "the evening of March 9, 2021",
                Some("2021-03-09"),
            ),
            (
                "spoke with Rouhani on the evening of 27th.",
                "the evening of 27th",
                None,
            ),
            ("新华社北京10月15日电", "10月15日", None),
            ("2019年10月15日", "2019年10月15日", Some("2019-10-15")),
            (
                "Сегодня 27 октября 2014 года.",
                "27 октября 2014 года",
                Some("2014-10-27"),
            ),
            (
                "am 21. Dezember 2021",
                "21. Dezember 2021",
                Some("2021-12-21"),
            ),
            ("27.03.2020", "27.03.2020", Some("2020-03-27")),
        ];
        for (input, literal, iso) in table {
            let m = find(input).unwrap_or_else(|| panic!("no date in {input:?}"));
            assert_eq!(&input[m.start..m.end], *literal, "{input:?}");
            assert_eq!(m.iso().as_deref(), *iso, "{input:?}");
        }
    }

    #[test]
    fn not_dates() {
        let table: &[&str] = &[
            "the 21st century",
            "in 2019 we met",
            "Resolution 2270",
            "May we meet",
        ];
        for input in table {
            assert_eq!(find(input), None, "{input:?}");
        }
    }

    #[test]
    fn date_lines() {
        let table: &[(&str, bool)] = &[
            ("August 15, 2017", true),
            ("新闻网 时间:2021-05-06 09:10", true),
            (
                "PM call with President Macron of France: 18 October 2022",
                false,
            ),
            ("Publication date: 17 July 2014", true),
        ];
        for (input, expected) in table {
            assert_eq!(is_date_line(input), *expected, "{input:?}");
        }
    }
}
