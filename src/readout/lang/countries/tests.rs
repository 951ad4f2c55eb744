use super::*;

/// A name in each language, as written in running text, and its English name.
const NAMED: &[(&str, &str, &str)] = &[
    ("en", "United States", "United States"),
    ("en", "US", "United States"),
    ("en", "U.S.", "United States"),
    ("en", "UK", "United Kingdom"),
    ("en", "Czechia", "Czech Republic"),
    ("en", "Czech Republic", "Czech Republic"),
    ("en", "Türkiye", "Turkey"),
    ("en", "Turkey", "Turkey"),
    ("en", "Myanmar", "Myanmar"),
    ("en", "Burma", "Myanmar"),
    ("en", "DPRK", "North Korea"),
    ("en", "South Korea", "South Korea"),
    ("en", "PRC", "China"),
    ("en", "Russian Federation", "Russia"),
    ("en", "European Union", "European Union"),
    ("en", "United Nations", "United Nations"),
    ("en", "Ivory Coast", "Côte d’Ivoire"),
    ("en", "Côte d'Ivoire", "Côte d’Ivoire"),
    ("en", "RUSSIA", "Russia"),
    ("zh", "中国", "China"),
    ("zh", "中方", "China"),
    ("zh", "美方", "United States"),
    ("zh", "俄罗斯", "Russia"),
    ("zh", "韩国", "South Korea"),
    ("zh", "捷克共和国", "Czech Republic"),
    ("zh", "欧盟", "European Union"),
    ("zh", "联合国", "United Nations"),
    ("ja", "アメリカ合衆国", "United States"),
    ("ja", "アメリカ", "United States"),
    ("ja", "米国", "United States"),
    ("ja", "米", "United States"),
    ("ja", "英国", "United Kingdom"),
    ("ja", "イギリス", "United Kingdom"),
    ("ja", "韓国", "South Korea"),
    ("ja", "露", "Russia"),
    ("ko", "미국", "United States"),
    ("ko", "대한민국", "South Korea"),
    ("ko", "한국", "South Korea"),
    ("ko", "중국", "China"),
    ("ko", "러시아", "Russia"),
    ("ru", "Россия", "Russia"),
    ("ru", "РФ", "Russia"),
    ("ru", "США", "United States"),
    ("ru", "Соединённые Штаты", "United States"),
    ("ru", "КНР", "China"),
    ("ru", "ФРГ", "Germany"),
    ("ru", "Великобритания", "United Kingdom"),
    ("ru", "Республика Корея", "South Korea"),
    ("uk", "Україна", "Ukraine"),
    ("uk", "Росія", "Russia"),
    ("uk", "Сполучені Штати", "United States"),
    ("de", "Deutschland", "Germany"),
    ("de", "Vereinigte Staaten", "United States"),
    ("de", "USA", "United States"),
    ("de", "Südkorea", "South Korea"),
    ("de", "Tschechien", "Czech Republic"),
    ("fr", "États-Unis", "United States"),
    ("fr", "Royaume-Uni", "United Kingdom"),
    ("fr", "Corée du Sud", "South Korea"),
    ("es", "Estados Unidos", "United States"),
    ("es", "EE. UU.", "United States"),
    ("es", "Reino Unido", "United Kingdom"),
    ("es", "Chequia", "Czech Republic"),
    ("it", "Stati Uniti", "United States"),
    ("it", "Cina", "China"),
    ("pt", "Estados Unidos", "United States"),
    ("pt", "EUA", "United States"),
    ("pt", "Rússia", "Russia"),
    ("tr", "Türkiye", "Turkey"),
    ("tr", "ABD", "United States"),
    ("tr", "Amerika Birleşik Devletleri", "United States"),
    ("tr", "İtalya", "Italy"),
    ("tr", "Çin", "China"),
    ("ar", "الصين", "China"),
    ("ar", "الولايات المتحدة", "United States"),
    ("ar", "روسيا", "Russia"),
    ("fa", "ایران", "Iran"),
    ("fa", "ایالات متحده", "United States"),
    ("fa", "روسیه", "Russia"),
    ("ur", "پاکستان", "Pakistan"),
    ("ur", "امریکا", "United States"),
    ("hi", "भारत", "India"),
    ("hi", "अमेरिका", "United States"),
    ("hi", "रूस", "Russia"),
];

#[test]
fn names_in_every_language() {
    for (lang, name, english) in NAMED {
        assert_eq!(named(name), Some(*english), "{lang}: {name}");
    }
    let langs: std::collections::BTreeSet<_> = NAMED.iter().map(|(l, _, _)| *l).collect();
    assert_eq!(langs.len(), 16);
}

#[test]
fn names_fold_case_but_abbreviations_do_not() {
    assert_eq!(named("estados unidos"), Some("United States"));
    assert_eq!(named("РОССИЯ"), Some("Russia"));
    assert_eq!(named("us"), None);
    assert_eq!(named("Us"), None);
    assert_eq!(named("ru"), None);
    assert_eq!(named("сша"), None);
}

#[test]
fn not_countries() {
    for word in [
        "May",
        "the",
        "President",
        "Minister",
        "Washington",
        "Moscow",
        "Beijing",
    ] {
        assert_eq!(named(word), None, "{word}");
        assert_eq!(inflected(word), None, "{word}");
    }
    // Ambiguous names are in the table; callers decide by context.
    assert_eq!(named("Jordan"), Some("Jordan"));
    assert_eq!(named("Chad"), Some("Chad"));
    assert_eq!(named("Georgia"), Some("Georgia"));
    // Only whole words: a longer word is no name.
    assert_eq!(named("Chadwick"), None);
    assert_eq!(inflected("Chadwick"), None);
    // "Congo" names two countries: neither.
    assert_eq!(named("Congo"), None);
    assert_eq!(named("Republic of the Congo"), None);
}

#[test]
fn words() {
    fn w(s: &str) -> Vec<&str> {
        s.split(' ').collect()
    }
    assert_eq!(
        at_words(&w("Estados Unidos de América y China")),
        Some(("United States", 4))
    );
    assert_eq!(
        at_words(&w("Estados Unidos y China")),
        Some(("United States", 2))
    );
    assert_eq!(
        at_words(&w("United States and")),
        Some(("United States", 2))
    );
    assert_eq!(
        at_words(&w("Соединённые Штаты Америки")),
        Some(("United States", 3))
    );
    assert_eq!(
        at_words(&w("Corea del Sur, Japón")),
        Some(("South Korea", 3))
    );
    assert_eq!(at_words(&w("China.")), Some(("China", 1)));
    assert_eq!(at_words(&w("U.S.")), Some(("United States", 1)));
    assert_eq!(at_words(&w("the United States")), None);
    assert_eq!(at_words(&[]), None);
}

#[test]
fn inflections() {
    let cases = [
        ("России", "Russia"),
        ("Россией", "Russia"),
        ("Россию", "Russia"),
        ("Украины", "Ukraine"),
        ("Украиной", "Ukraine"),
        ("України", "Ukraine"),
        ("Росії", "Russia"),
        ("Ирана", "Iran"),
        ("Китая", "China"),
        ("Германии", "Germany"),
        ("Франции", "France"),
        ("Нигерии", "Nigeria"),
        ("Казахстаном", "Kazakhstan"),
        ("Deutschlands", "Germany"),
        ("Russlands", "Russia"),
        ("Frankreichs", "France"),
        ("Chinas", "China"),
        ("Türkiye'nin", "Turkey"),
        ("Rusya'nın", "Russia"),
        ("ABD'nin", "United States"),
        ("Çin'in", "China"),
        ("China's", "China"),
        ("China’s", "China"),
        ("والصين", "China"),
        ("للصين", "China"),
        ("بالصين", "China"),
        ("وروسيا", "Russia"),
        ("لروسيا", "Russia"),
        ("ایرانی", "Iran"),
    ];
    for (word, english) in cases {
        assert_eq!(inflected(word), Some(english), "{word}");
    }
    for word in [
        "малина",    // Мали does not inflect
        "Австралии", // is Australia, not Austria
        "Россиянин", // too long an ending
        "Москвы",
        "Chinatown",
        "Irish's",
        "والده",
        "Indiana",
        "Frances",
    ] {
        assert_ne!(inflected(word), Some("Mali"), "{word}");
        assert_ne!(inflected(word), Some("Austria"), "{word}");
        assert_ne!(inflected(word), Some("Russia"), "{word}");
        assert_ne!(inflected(word), Some("China"), "{word}");
        assert_ne!(inflected(word), Some("India"), "{word}");
        assert_ne!(inflected(word), Some("France"), "{word}");
    }
    assert_eq!(inflected("Австралии"), Some("Australia"));
}

#[test]
fn demonyms() {
    let cases: &[(&str, Option<&str>)] = &[
        ("français", Some("France")),
        ("sénégalais", Some("Senegal")),
        ("argentino", Some("Argentina")),
        ("estadounidense", Some("United States")),
        ("brasileiro", Some("Brazil")),
        ("russischen", Some("Russia")),
        ("deutschen", Some("Germany")),
        ("российской", Some("Russia")),
        // Too short, capitalised, or a prefix no country has.
        ("franc", None),
        ("Français", None),
        ("situation", None),
        ("président", None),
    ];
    for &(word, want) in cases {
        assert_eq!(demonym(word), want, "{word}");
    }
}

#[test]
fn unspaced_scripts() {
    assert_eq!(starting("法国总统马克龙"), Some(("France", "法国".len())));
    assert_eq!(
        starting("美国国务卿"),
        Some(("United States", "美国".len()))
    );
    assert_eq!(
        starting("赤道几内亚总统"),
        Some(("Equatorial Guinea", "赤道几内亚".len()))
    );
    assert_eq!(
        starting("アメリカ合衆国の大統領"),
        Some(("United States", "アメリカ合衆国".len()))
    );
    assert_eq!(starting("한국과"), Some(("South Korea", "한국".len())));
    assert_eq!(starting("中方表示"), Some(("China", "中方".len())));
    assert_eq!(ending("会谈。美国"), Some(("United States", "美国".len())));
    assert_eq!(
        ending("同赤道几内亚"),
        Some(("Equatorial Guinea", "赤道几内亚".len()))
    );
    assert_eq!(ending("日本と韓国"), Some(("South Korea", "韓国".len())));
    assert_eq!(ending("首脳会談。ロシア"), Some(("Russia", "ロシア".len())));
    // One-character forms only as whole words.
    assert_eq!(starting("米を"), None);
    assert_eq!(ending("三百米"), None);
    // Other scripts stop the search.
    assert_eq!(starting("China"), None);
    assert_eq!(ending("访问China"), None);
    assert_eq!(starting(""), None);
    assert_eq!(ending(""), None);
    assert_eq!(starting("会谈"), None);
}

#[test]
fn the_hash_index_finds_every_name_and_nothing_else() {
    for i in 0..ENDS.len() {
        assert_eq!(lookup(name_at(i)), Some(english_at(i)), "{}", name_at(i));
    }
    for key in ["", "the", "chin", "chinaa", "president"] {
        assert_eq!(lookup(key), None, "{key}");
    }
}

#[test]
fn table_is_sorted_and_indexes_are_in_range() {
    assert_eq!(ENDS.len(), COUNTRY.len());
    assert_eq!(ENDS.last().map(|e| usize::from(*e)), Some(NAMES.len()));
    assert!((1..ENDS.len()).all(|i| name_at(i - 1) < name_at(i)));
    assert!(!name_at(0).is_empty());
    assert!(COUNTRY.iter().all(|i| usize::from(*i) < ENGLISH.len()));
    assert!((0..ENDS.len()).all(|i| name_at(i).len() <= MAX_BYTES));
}
