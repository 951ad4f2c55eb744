//! Dates: finding "March 27, 2020", "27 October 2022", "2020/03/27", "2019年10月15日",
//! "令和3年10月8日", "2018년 3월 15일", "27 марта 2014 года", "15 de marzo de 2018",
//! "۲۳ آبان ۱۴۰۲", "the evening of 27th" in a line and turning full ones into ISO.
//!
//! The rules are the same for every language; the words (months, weekdays, the small words
//! between a date's parts, year, month and day marks, eras) come from the language tables in
//! [`super::lang`], all of them at once: a date line may be in any language, and month names
//! of different languages do not collide where a number stands beside them.

use super::lang::{self, Calendar, Language, NumericOrder, Words};

mod calendar;
mod choice;
mod tokens;

pub(crate) use choice::conversation_date;
use tokens::{day_of, is_num, num_month, solar_year_of, sym, tokenize, word_char, year_of, Tok, T};

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

/// The tables of every language, for words that may come in any of them.
fn all_dates() -> impl Iterator<Item = &'static lang::DateWords> {
    lang::ALL.iter().map(|(_, t)| &t.dates)
}

/// A month name at token `k` (one word, or two: "كانون الثاني"): its number, its calendar
/// and the token after it. Only looked up where a number stands near, which keeps the
/// common case cheap.
fn month_at(toks: &[T<'_>], k: usize) -> Option<(u32, Calendar, usize)> {
    let Tok::Word(w) = toks.get(k)?.tok else {
        return None;
    };
    let near_number = (k.saturating_sub(3)..(k + 4).min(toks.len())).any(|i| is_num(toks.get(i)));
    if !near_number {
        return None;
    }
    let lower = w.to_lowercase();
    if let Some(T {
        tok: Tok::Word(w2), ..
    }) = toks.get(k + 1)
    {
        let two = format!("{lower} {}", w2.to_lowercase());
        if let Some(&(_, m, c)) = all_dates()
            .flat_map(|d| d.months)
            .find(|(name, _, _)| *name == two)
        {
            return Some((m, c, k + 2));
        }
    }
    all_dates()
        .flat_map(|d| d.months)
        .find(|(name, _, _)| *name == lower)
        .map(|&(_, m, c)| (m, c, k + 1))
}

/// True when token `k` is one of the words of `pick` in any language's tables.
fn table_word(
    t: Option<&T<'_>>,
    pick: fn(&'static lang::DateWords) -> &'static [&'static str],
) -> bool {
    let Some(T {
        tok: Tok::Word(w), ..
    }) = t
    else {
        return false;
    };
    let lower = w.to_lowercase();
    all_dates().any(|d| pick(d).contains(&lower.as_str()))
}

/// The year, month and day marks of any language ("年", "월").
fn marks() -> impl Iterator<Item = (&'static str, &'static str, &'static str)> {
    all_dates().filter_map(|d| d.marks)
}

/// True when token `k` is the single-character mark `m`.
fn mark(t: Option<&T<'_>>, m: &str) -> bool {
    let mut chars = m.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => sym(t, c),
        _ => false,
    }
}

/// "2019年10月15日", "2018년 3월 15일", "10月15日", "15日": numbers with the marks after them,
/// from token `k` (which holds the first number). `year` is a year already read (an era's).
fn marked_at(
    toks: &[T<'_>],
    k: usize,
    year: Option<i32>,
) -> Option<(Option<i32>, Option<u32>, u32, usize)> {
    let tok = |i: usize| toks.get(i).map(|x| x.tok);
    let t = |i: usize| toks.get(i);
    for (y_mark, m_mark, d_mark) in marks() {
        let mut j = k;
        let mut y = year;
        if y.is_none() {
            if let Some(v) = tok(j).and_then(|x| year_of(&x)) {
                if mark(t(j + 1), y_mark) {
                    y = Some(v);
                    j += 2;
                }
            }
        }
        if let (Some(m), true) = (tok(j).and_then(|x| num_month(&x)), mark(t(j + 1), m_mark)) {
            if let (Some(d), true) = (tok(j + 2).and_then(|x| day_of(&x)), mark(t(j + 3), d_mark)) {
                return Some((y, Some(m), d, j + 4));
            }
            continue;
        }
        if y.is_none() && j == k {
            // A day alone ("本29日", "10일 밤"), not the end of a longer count.
            let prev_num = k.checked_sub(1).is_some_and(|p| is_num(t(p)));
            if let (Some(d), true) = (tok(k).and_then(|x| day_of(&x)), mark(t(k + 1), d_mark)) {
                if !prev_num {
                    return Some((None, None, d, k + 2));
                }
            }
        }
    }
    None
}

/// An era year at token `k` ("令和3年", "平成元年"): the Gregorian year and the token after
/// the year mark.
fn era_at(s: &str, toks: &[T<'_>], k: usize) -> Option<(i32, usize)> {
    let first = toks.get(k)?;
    if !matches!(first.tok, Tok::Sym(_)) {
        return None;
    }
    let rest = &s[first.start..];
    for d in all_dates() {
        for &(name, before) in d.eras {
            if !rest.starts_with(name) {
                continue;
            }
            let after = first.start + name.len();
            let mut j = k;
            while toks.get(j).is_some_and(|x| x.start < after) {
                j += 1;
            }
            let (y_mark, _, _) = d.marks?;
            let n = match toks.get(j).map(|x| x.tok) {
                Some(Tok::Num {
                    value,
                    digits: 1 | 2,
                    ..
                }) if value >= 1 => value,
                Some(Tok::Sym('元')) => 1,
                _ => continue,
            };
            if mark(toks.get(j + 1), y_mark) {
                return Some((before + i32::try_from(n).ok()?, j + 2));
            }
        }
    }
    None
}

/// A Gregorian date from a year, month and day of `calendar`.
fn gregorian(calendar: Calendar, y: i32, m: u32, d: u32) -> (i32, u32, u32) {
    match calendar {
        Calendar::Gregorian => (y, m, d),
        Calendar::SolarHijri => calendar::solar_hijri_to_gregorian(y, m, d),
    }
}

/// Tries every date pattern at token `k`; returns the match and the token after it.
fn match_at(
    s: &str,
    toks: &[T<'_>],
    k: usize,
    order: NumericOrder,
    numeric: Calendar,
) -> Option<(DateMatch, usize)> {
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
    // 令和3年10月8日, 平成元年5月1日
    if let Some((y, j)) = era_at(s, toks, k) {
        if let Some((_, Some(m), d, end)) = marked_at(toks, j, Some(y)) {
            return Some((mk(end, Some(y), Some(m), d), end));
        }
        return None;
    }
    // 2020-03-27, 2020/03/27, 2020.03.27, 1402/08/23 (Solar Hijri)
    let gregorian_year = year_of(&first.tok);
    let solar_year = solar_year_of(&first.tok).filter(|_| numeric == Calendar::SolarHijri);
    if let Some((y, calendar)) = gregorian_year
        .map(|y| (y, Calendar::Gregorian))
        .or(solar_year.map(|y| (y, Calendar::SolarHijri)))
    {
        for sep in ['-', '/', '.'] {
            if sym(t(k + 1), sep) && sym(t(k + 3), sep) {
                if let (Some(m), Some(d)) = (
                    tok(k + 2).and_then(|x| num_month(&x)),
                    tok(k + 4).and_then(|x| day_of(&x)),
                ) {
                    let (y, m, d) = gregorian(calendar, y, m, d);
                    return Some((mk(k + 5, Some(y), Some(m), d), k + 5));
                }
            }
        }
        if calendar == Calendar::Gregorian {
            // 2019年10月15日, 2018년 3월 15일
            if let Some((Some(y), m, d, end)) = marked_at(toks, k, None) {
                return Some((mk(end, Some(y), m, d), end));
            }
        }
        return None;
    }
    let d = day_of(&first.tok)?;
    // 10月15日, 3월 15일, 29日
    if let Some((None, m, d2, end)) = marked_at(toks, k, None) {
        return Some((mk(end, None, m, d2), end));
    }
    // 27.03.2020, 03/27/2020, 27/03/2020, 27-03-2020
    for sep in ['.', '/', '-'] {
        if sym(t(k + 1), sep) && sym(t(k + 3), sep) {
            if let (Some(b), Some(y)) = (
                tok(k + 2).and_then(|x| day_of(&x)),
                tok(k + 4).and_then(|x| year_of(&x)),
            ) {
                // A number above twelve is the day; otherwise the language's order decides.
                let month_first = if d > 12 {
                    false
                } else if b > 12 {
                    true
                } else {
                    sep == '/' && order == NumericOrder::MonthFirst
                };
                let (m, day) = if month_first { (d, b) } else { (b, d) };
                if (1..=12).contains(&m) {
                    return Some((mk(k + 5, Some(y), Some(m), day), k + 5));
                }
            }
        }
    }
    // 27 March 2020, 27. März 2020, 27 марта 2014 года, 15 de marzo de 2018, ۲۳ آبان ۱۴۰۲
    let mut j = k + 1;
    if sym(t(j), '.') {
        j += 1;
    }
    if table_word(t(j), |d| d.joiners) {
        j += 1;
    }
    if let Some((m, calendar, after)) = month_at(toks, j) {
        j = after;
        if sym(t(j), '.') {
            j += 1;
        }
        let year_at = |i: usize| match calendar {
            Calendar::Gregorian => tok(i).and_then(|x| year_of(&x)),
            Calendar::SolarHijri => tok(i).and_then(|x| solar_year_of(&x)),
        };
        if (sym(t(j), ',') || table_word(t(j), |d| d.joiners)) && year_at(j + 1).is_some() {
            j += 1;
        }
        if let Some(y) = year_at(j) {
            let mut end = j + 1;
            if table_word(t(end), |d| d.year_suffixes) {
                end += 1;
            }
            let (y, m, d) = gregorian(calendar, y, m, d);
            return Some((mk(end, Some(y), Some(m), d), end));
        }
        if calendar == Calendar::Gregorian {
            return Some((mk(j, None, Some(m), d), j));
        }
        return None;
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
    None
}

/// "March 27, 2020", "Feb. 25", "Tue. May 18th, 2021", "Dezember 21": a month name first.
fn month_first_at(toks: &[T<'_>], k: usize) -> Option<(DateMatch, usize)> {
    let t = |i: usize| toks.get(i);
    let tok = |i: usize| toks.get(i).map(|x| x.tok);
    let first = t(k)?;
    let Tok::Word(w) = first.tok else {
        return None;
    };
    let (m, calendar, mut j) = month_at(toks, k)?;
    if calendar != Calendar::Gregorian {
        return None;
    }
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
    // "may 5" in running text is a verb and a number; a month is capitalised or long.
    if w.chars().count() <= 3 && !w.chars().next().is_some_and(char::is_uppercase) {
        return None;
    }
    let date = DateMatch {
        start: first.start,
        end: toks.get(end - 1).map_or(first.end, |x| x.end),
        year,
        month: Some(m),
        day: d,
    };
    Some((date, end))
}

/// The first date in `s` (looking at most at its first few hundred words), with a leading
/// "the morning/afternoon/evening/night of" kept in the literal words. `order` decides
/// numbers alone that could be either day or month ("03/04/2020"), `numeric` their calendar.
pub(crate) fn find_in(s: &str, order: NumericOrder, numeric: Calendar) -> Option<DateMatch> {
    let toks = tokenize(s, 400);
    for k in 0..toks.len() {
        if let Some((mut m, _)) =
            match_at(s, &toks, k, order, numeric).or_else(|| month_first_at(&toks, k))
        {
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

/// The order numbers alone follow in a document: what its own dates show (a first number
/// above twelve is a day, a second one a month; in English, "14 March 2023" is written day
/// first and "March 14, 2023" month first), else the language's usual order.
pub(crate) fn document_order(language: Language, texts: &[&str]) -> NumericOrder {
    let (mut day_first, mut month_first) = (0usize, 0usize);
    for s in texts {
        let toks = tokenize(s, 400);
        let num = |i: usize| match toks.get(i).map(|x| x.tok) {
            Some(Tok::Num {
                value,
                digits: 1 | 2,
                ..
            }) => Some(value),
            _ => None,
        };
        for k in 0..toks.len() {
            let (Some(a), Some(b)) = (num(k), num(k + 2)) else {
                if language == Language::En {
                    if let (Some(_), Some(_)) = (num(k), month_at(&toks, k + 1)) {
                        day_first += 1;
                    } else if let (Some(_), Some(_)) = (month_at(&toks, k), num(k + 1)) {
                        month_first += 1;
                    }
                }
                continue;
            };
            let sep = ['/', '.', '-']
                .into_iter()
                .find(|&c| sym(toks.get(k + 1), c) && sym(toks.get(k + 3), c));
            if sep.is_some() && toks.get(k + 4).and_then(|x| year_of(&x.tok)).is_some() {
                if a > 12 && b <= 12 {
                    day_first += 1;
                } else if b > 12 && a <= 12 {
                    month_first += 1;
                }
            }
        }
    }
    match day_first.cmp(&month_first) {
        std::cmp::Ordering::Greater => NumericOrder::DayFirst,
        std::cmp::Ordering::Less => NumericOrder::MonthFirst,
        std::cmp::Ordering::Equal => lang::tables(language).dates.numeric_order,
    }
}

/// [`find_in`] with the usual order of `language`.
#[cfg(test)]
pub(crate) fn find_for(s: &str, language: Language) -> Option<DateMatch> {
    let d = &lang::tables(language).dates;
    find_in(s, d.numeric_order, d.numeric_calendar)
}

/// [`find_in`] in the American order, for lines whose language is not known; numbers with a
/// year of the Solar Hijri calendar's range are read in it.
pub(crate) fn find(s: &str) -> Option<DateMatch> {
    find_in(s, NumericOrder::MonthFirst, Calendar::SolarHijri)
}

/// True when a short line is essentially a date: the date plus at most three other words
/// ("BEIJING, Feb. 25 (Xinhua) --", "新闻网 时间:2021-05-06 09:10", "• Tue. May 18th, 2021",
/// "Miércoles 21 de febrero de 2018, p. 11").
pub(crate) fn is_date_line(s: &str) -> bool {
    let Some(m) = find(s) else {
        return false;
    };
    if !m.has_month() {
        return false;
    }
    let rest = format!("{} {}", &s[..m.start], &s[m.end..]);
    let others = rest
        .split(|c: char| !word_char(c))
        .filter(|w| !w.is_empty())
        .filter(|w| {
            let lower = w.to_lowercase();
            !all_dates().any(|d| d.weekdays.contains(&lower.as_str()))
        })
        .count();
    others <= 3
}

/// What a relative date word says about the day of the conversation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Relative {
    /// The day the page was published ("today", "this evening").
    Today,
    /// Another day the text does not date ("yesterday").
    OtherDay,
}

/// The first relative date word in `s` ("today", "heute", "aujourd'hui", "本日", "오늘",
/// "اليوم"), read with the tables of `language` and English.
pub(crate) fn find_relative(s: &str, language: Language) -> Option<(usize, usize, Relative)> {
    let lower = s.to_lowercase();
    let words = Words::new(&lower);
    let own = &lang::tables(language).dates;
    let english = &lang::tables(Language::En).dates;
    let mut best: Option<(usize, usize, Relative)> = None;
    for d in [own, english] {
        for (list, kind) in [
            (d.today, Relative::Today),
            (d.other_day, Relative::OtherDay),
        ] {
            if let Some((a, b)) = words.first_of(list) {
                if best.is_none_or(|(p, _, _)| a < p) {
                    best = Some((a, b, kind));
                }
            }
        }
    }
    // Offsets are into the lower-cased copy; give them back only when they fit the original.
    best.filter(|&(a, b, _)| {
        lower.len() == s.len() && s.is_char_boundary(a) && s.is_char_boundary(b)
    })
}

/// True when a line says when a page was changed ("Last updated: …", "Dernière
/// modification : …"): its date is not the conversation's.
pub(crate) fn is_update_line(s: &str) -> bool {
    let lower = s.to_lowercase();
    let words = Words::new(&lower);
    lang::ALL
        .iter()
        .any(|(_, t)| words.first_of(t.dates.updated).is_some())
}

#[cfg(test)]
mod tests;
