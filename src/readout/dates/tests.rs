//! The date rules, on lines and sentences written for these tests.

use super::*;

/// (input, literal words found, ISO date) for sentences and lines written for these tests.
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
        ("LONDON, Feb. 25 (Reuters) --", "Feb. 25", None),
        (
            "PM call with the Premier: 18 October 2022",
            "18 October 2022",
            Some("2022-10-18"),
        ),
        (
            "On the evening of March 9, 2021, the minister",
            "the evening of March 9, 2021",
            Some("2021-03-09"),
        ),
        (
            "spoke with him on the evening of 27th.",
            "the evening of 27th",
            None,
        ),
        ("the 3rd of May 2019", "3rd of May 2019", Some("2019-05-03")),
        // Chinese, Japanese (with eras), Korean
        ("新华社上海10月15日电", "10月15日", None),
        ("2019年10月15日", "2019年10月15日", Some("2019-10-15")),
        ("令和3年10月8日", "令和3年10月8日", Some("2021-10-08")),
        ("平成26年7月29日", "平成26年7月29日", Some("2014-07-29")),
        ("令和元年5月1日に", "令和元年5月1日", Some("2019-05-01")),
        ("昭和64年1月7日", "昭和64年1月7日", Some("1989-01-07")),
        (
            "２０２０年３月１５日",
            "２０２０年３月１５日",
            Some("2020-03-15"),
        ),
        ("本12日午後", "12日", None),
        (
            "2018년 3월 15일 청와대",
            "2018년 3월 15일",
            Some("2018-03-15"),
        ),
        ("대통령은 5일 저녁 통화했다", "5일", None),
        ("3월 15일 오후", "3월 15일", None),
        // Russian, Ukrainian
        (
            "Сегодня 15 марта 2018 г. в Кремле",
            "15 марта 2018 г",
            Some("2018-03-15"),
        ),
        (
            "27 октября 2014 года",
            "27 октября 2014 года",
            Some("2014-10-27"),
        ),
        (
            "12 травня 2019 року",
            "12 травня 2019 року",
            Some("2019-05-12"),
        ),
        // German, French, Spanish, Portuguese, Italian, Turkish
        (
            "am 15. März 2018 in Berlin",
            "15. März 2018",
            Some("2018-03-15"),
        ),
        (
            "le 15 mars 2018 à Paris",
            "15 mars 2018",
            Some("2018-03-15"),
        ),
        (
            "le 1er décembre 2020",
            "1er décembre 2020",
            Some("2020-12-01"),
        ),
        (
            "el 15 de marzo de 2018 en Lima",
            "15 de marzo de 2018",
            Some("2018-03-15"),
        ),
        (
            "Jueves 3 de septiembre de 2015",
            "3 de septiembre de 2015",
            Some("2015-09-03"),
        ),
        (
            "em 9 de outubro de 2025",
            "9 de outubro de 2025",
            Some("2025-10-09"),
        ),
        (
            "il 19 maggio 2020 a Roma",
            "19 maggio 2020",
            Some("2020-05-19"),
        ),
        (
            "15 Mart 2018 tarihinde",
            "15 Mart 2018 tarihinde",
            Some("2018-03-15"),
        ),
        // Arabic (eastern, Levantine and Maghreb month names; Arabic-Indic digits)
        ("في 15 مارس 2018", "15 مارس 2018", Some("2018-03-15")),
        ("١٥ مارس ٢٠١٨م", "١٥ مارس ٢٠١٨م", Some("2018-03-15")),
        (
            "يوم 3 كانون الثاني 2020",
            "3 كانون الثاني 2020",
            Some("2020-01-03"),
        ),
        (
            "الجزائر في 12 جوان 2021",
            "12 جوان 2021",
            Some("2021-06-12"),
        ),
        // Persian: Gregorian month names, and the Solar Hijri calendar
        ("۱۵ مارس ۲۰۱۸", "۱۵ مارس ۲۰۱۸", Some("2018-03-15")),
        ("۲۳ آبان ۱۴۰۲", "۲۳ آبان ۱۴۰۲", Some("2023-11-14")),
        ("1403/01/01", "1403/01/01", Some("2024-03-20")),
        // Hindi
        ("15 मार्च 2018 को", "15 मार्च 2018 को", Some("2018-03-15")),
        // Numbers alone
        ("27.03.2020", "27.03.2020", Some("2020-03-27")),
        ("10/27/2023", "10/27/2023", Some("2023-10-27")),
        ("17/11/2012", "17/11/2012", Some("2012-11-17")),
        ("17-11-2012", "17-11-2012", Some("2012-11-17")),
        ("04/05/2020", "04/05/2020", Some("2020-04-05")),
    ];
    for (input, literal, iso) in table {
        let m = find(input).unwrap_or_else(|| panic!("no date in {input:?}"));
        assert_eq!(&input[m.start..m.end], *literal, "{input:?}");
        assert_eq!(m.iso().as_deref(), *iso, "{input:?}");
    }
}

#[test]
fn numbers_alone_follow_the_language_when_both_could_be_the_month() {
    let table: &[(&str, Language, &str)] = &[
        ("04/05/2020", Language::En, "2020-04-05"),
        ("04/05/2020", Language::Fr, "2020-05-04"),
        ("04/05/2020", Language::Es, "2020-05-04"),
        ("13/05/2020", Language::En, "2020-05-13"),
        ("05/13/2020", Language::Fr, "2020-05-13"),
        ("04.05.2020", Language::En, "2020-05-04"),
    ];
    for (input, language, iso) in table {
        let m = find_for(input, *language).expect("a date");
        assert_eq!(m.iso().as_deref(), Some(*iso), "{input:?} in {language}");
    }
}

#[test]
fn numbers_alone_are_solar_hijri_only_in_persian() {
    let line = "1445/09/05 هـ الموافق 2024/03/15 م";
    assert_eq!(
        find_for(line, Language::Ar)
            .and_then(|m| m.iso())
            .as_deref(),
        Some("2024-03-15")
    );
    assert_eq!(
        find_for("1402/08/23", Language::Fa)
            .and_then(|m| m.iso())
            .as_deref(),
        Some("2023-11-14")
    );
}

#[test]
fn not_dates() {
    let table: &[&str] = &[
        "the 21st century",
        "in 2019 we met",
        "Resolution 2270",
        "May we meet",
        "for 30 minutes",
        "30분간 통화했다",
        "第3回会合",
        "Mar Mediterráneo",
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
        ("PM call with the Premier: 18 October 2022", false),
        ("Publication date: 17 July 2014", true),
        ("Miércoles 14 de marzo de 2018, p. 3", true),
        ("令和2年4月1日", true),
        ("Mardi 3 mars 2020", true),
        ("Пятница, 12 апреля 2019 года", true),
    ];
    for (input, expected) in table {
        assert_eq!(is_date_line(input), *expected, "{input:?}");
    }
}

#[test]
fn relative_words() {
    type Case<'a> = (&'a str, Language, Option<(&'a str, Relative)>);
    let table: &[Case<'_>] = &[
        (
            "The Prime Minister spoke today with",
            Language::En,
            Some(("today", Relative::Today)),
        ),
        (
            "spoke yesterday with",
            Language::En,
            Some(("yesterday", Relative::OtherDay)),
        ),
        (
            "s’est entretenue aujourd’hui par téléphone",
            Language::Fr,
            Some(("aujourd’hui", Relative::Today)),
        ),
        (
            "sostuvo ayer una conversación",
            Language::Es,
            Some(("ayer", Relative::OtherDay)),
        ),
        (
            "hat heute mit ihm telefoniert",
            Language::De,
            Some(("heute", Relative::Today)),
        ),
        (
            "오늘 오전 통화했다",
            Language::Ko,
            Some(("오늘", Relative::Today)),
        ),
        (
            "本日、電話会談を行いました",
            Language::Ja,
            Some(("本日", Relative::Today)),
        ),
        (
            "Сегодня состоялся разговор",
            Language::Ru,
            Some(("сегодня", Relative::Today)),
        ),
        ("the day's events", Language::En, None),
        ("yesterday's decision", Language::En, None),
    ];
    for (input, language, expected) in table {
        let found =
            find_relative(input, *language).map(|(a, b, kind)| (input[a..b].to_lowercase(), kind));
        assert_eq!(
            found,
            expected.map(|(w, k)| (w.to_string(), k)),
            "{input:?}"
        );
    }
}

#[test]
fn update_lines() {
    assert!(is_update_line("Dernière modification : 20/06/2022"));
    assert!(is_update_line("Last updated 3 May 2021"));
    assert!(!is_update_line("Publication date: 17 July 2014"));
}
