//! Which date is the conversation's: the body's first dating sentence, page stamps and the
//! title, weighed as KEYING.md says.

use super::{document_order, find_in, find_relative, is_update_line, DateMatch, Relative};
use crate::readout::lang::Language;

/// The readout's date, as KEYING.md has it: the first sentence of the body that dates the
/// conversation decides. A full date there is the date ("took place on 16 January 2020"); a
/// day and month without a year ("10月15日", "May 24") or a day alone ("29日") is the date of a
/// page stamp (a date line) with the same day, if there is one; "today" is the page stamp's
/// date; "yesterday" gives no full date. A body that dates nothing leaves the title's full
/// date, else the page stamp's. A full date in the title stands in for a missing stamp.
/// Numbers alone are read in the order the document's own dates show.
pub(crate) fn conversation_date(
    language: Language,
    title: &str,
    sentences: &[&str],
    stamps: &[&str],
) -> (Option<String>, Option<String>) {
    let mut all: Vec<&str> = vec![title];
    all.extend(sentences);
    all.extend(stamps);
    let order = document_order(language, &all);
    let numeric = crate::readout::lang::tables(language)
        .dates
        .numeric_calendar;
    let literal = |s: &str, m: &DateMatch| s[m.start..m.end].to_string();
    let full = |m: &DateMatch| m.iso().is_some();
    let stamp_dates: Vec<(&str, DateMatch)> = stamps
        .iter()
        .filter(|s| !is_update_line(s))
        .filter_map(|s| find_in(s, order, numeric).filter(full).map(|m| (*s, m)))
        .collect();
    let in_title = find_in(title, order, numeric).filter(full);
    let title_date = || {
        in_title
            .as_ref()
            .map(|m| (m.iso(), Some(literal(title, m))))
    };
    for s in sentences {
        let found = find_in(s, order, numeric);
        let relative = find_relative(s, language);
        // A full date anywhere in the sentence beats a relative word beside it ("spoke
        // today, 3 May 2021, with …"); a partial one only when it comes first.
        let date_first = match (&found, relative) {
            (Some(m), Some((r, _, _))) => full(m) || m.start < r,
            (Some(_), None) => true,
            (None, Some(_)) => false,
            (None, None) => continue,
        };
        if date_first {
            let m = found.as_ref().expect("a date was found");
            if full(m) {
                return (m.iso(), Some(literal(s, m)));
            }
            let same_day = stamp_dates.iter().find(|(_, f)| {
                f.day == m.day && m.month.is_none_or(|month| f.month == Some(month))
            });
            if let Some((_, f)) = same_day {
                return (f.iso(), Some(literal(s, m)));
            }
            return title_date()
                .filter(|_| in_title.as_ref().is_some_and(|t| t.day == m.day))
                .unwrap_or((None, Some(literal(s, m))));
        }
        let (a, b, kind) = relative.expect("a relative date was found");
        let words = Some(s[a..b].to_string());
        return match kind {
            Relative::Today => match stamp_dates.first() {
                Some((stamp, f)) => (f.iso(), Some(literal(stamp, f))),
                None => title_date().unwrap_or((None, words)),
            },
            Relative::OtherDay => (None, words),
        };
    }
    title_date()
        .or_else(|| {
            stamp_dates
                .first()
                .map(|(s, f)| (f.iso(), Some(literal(s, f))))
        })
        .unwrap_or((None, None))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (language, title, body sentences, page stamps, date) for readouts written for these
    /// tests.
    #[test]
    fn the_conversation_date() {
        type Case<'a> = (
            Language,
            &'a str,
            &'a [&'a str],
            &'a [&'a str],
            Option<&'a str>,
        );
        let table: &[Case<'_>] = &[
            // A full date in the body decides, whatever the stamps say.
            (
                Language::En,
                "",
                &["The call took place on Monday, March 2, 2020."],
                &["March 4, 2020"],
                Some("2020-03-02"),
            ),
            // "today" takes the page's stamp; an update line is no stamp.
            (
                Language::Fr,
                "",
                &["La ministre s’est entretenue aujourd’hui avec son homologue."],
                &[
                    "Dernière modification : 09/06/2021",
                    "COMMUNIQUÉ (7 juin 2021)",
                ],
                Some("2021-06-07"),
            ),
            // A full date beside "today" in the same sentence is the date.
            (
                Language::En,
                "",
                &["The Secretary spoke today, May 3, 2021, with the Minister."],
                &["May 4, 2021"],
                Some("2021-05-03"),
            ),
            // "today" comes before a later, other date: the stamp, or nothing.
            (
                Language::En,
                "",
                &[
                    "The President met the Premier today in Lima.",
                    "The meeting follows their March 3, 2023, call.",
                ],
                &[],
                None,
            ),
            // A day and month take the stamp with the same day, and only that one.
            (
                Language::Zh,
                "",
                &["新华社北京3月5日电 外交部长5日同法国外长通电话。"],
                &["2021-03-05 18:20"],
                Some("2021-03-05"),
            ),
            (
                Language::Zh,
                "",
                &["新华社北京3月5日电 外交部长5日同法国外长通电话。"],
                &["2021-03-06 08:00"],
                None,
            ),
            (
                Language::Ja,
                "",
                &["本12日、外務大臣は電話会談を行いました。"],
                &["令和4年5月12日"],
                Some("2022-05-12"),
            ),
            (
                Language::Ko,
                "",
                &["대통령은 3일 저녁 독일 총리와 전화 통화를 했다."],
                &["2019-04-04 09:10"],
                None,
            ),
            // "yesterday" gives no full date.
            (
                Language::Es,
                "",
                &["El presidente sostuvo ayer una conversación telefónica."],
                &["Martes 4 de mayo de 2021"],
                None,
            ),
            // A weekday alone does not stop the search for the full date further on.
            (
                Language::Fr,
                "",
                &[
                    "Le Président a reçu mercredi soir un appel téléphonique.",
                    "Le Président a reçu mercredi 4 mars 2020 un appel du chancelier.",
                ],
                &[],
                Some("2020-03-04"),
            ),
            // A body that dates nothing: the title's date, else the stamp's.
            (
                Language::En,
                "PM call with the Premier: 3 May 2021",
                &["The Prime Minister spoke with the Premier."],
                &[],
                Some("2021-05-03"),
            ),
            (
                Language::En,
                "",
                &["The Prime Minister spoke with the Premier."],
                &["10. 1. 2009 10:14", "4 May 2021"],
                Some("2009-01-10"),
            ),
            // Numbers alone: in the order the document's other dates are written in.
            (
                Language::En,
                "PM call with the Premier: 4 May 2021",
                &["The Prime Minister spoke today with the Premier."],
                &["04/05/2021 18:00"],
                Some("2021-05-04"),
            ),
            (
                Language::En,
                "",
                &["The Secretary spoke today with the Minister."],
                &["04/05/2021", "Posted on May 4, 2021 by the Office"],
                Some("2021-04-05"),
            ),
            (
                Language::En,
                "",
                &["The Secretary spoke today with the Minister."],
                &["04/05/2021 18:00", "Updated 21/05/2021"],
                Some("2021-05-04"),
            ),
            // Persian, in the Solar Hijri calendar.
            (
                Language::Fa,
                "",
                &["وزیر امور خارجه روز ۲۳ آبان ۱۴۰۲ با همتای خود تلفنی گفتگو کرد."],
                &[],
                Some("2023-11-14"),
            ),
        ];
        for (language, title, sentences, stamps, expected) in table {
            let (date, _) = conversation_date(*language, title, sentences, stamps);
            assert_eq!(date.as_deref(), *expected, "{sentences:?} / {stamps:?}");
        }
    }
}
