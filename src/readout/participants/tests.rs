use super::*;

fn people(text: &str) -> Vec<(String, String, String)> {
    let found = if text.chars().any(is_cjk) {
        find_cjk(text, 0, text.len())
    } else {
        find_latin(text, 0, text.len())
    };
    merge(found)
        .into_iter()
        .map(|p| (p.name, p.title, p.country))
        .collect()
}

/// Name, title and country of one expected participant.
type Expected = (&'static str, &'static str, &'static str);

#[test]
fn names_titles_countries() {
    let table: &[(&str, &[Expected])] = &[
        (
            "Chinese President Xi Jinping spoke by telephone with Iranian President Rouhani",
            &[("Xi Jinping", "President", "China"), ("Rouhani", "President", "Iran")],
        ),
        (
            "Readout of President Biden's Call with Prime Minister Trudeau of Canada",
            &[("Biden", "President", ""), ("Trudeau", "Prime Minister", "Canada")],
        ),
        (
            "Telephone conversation with President of Iran Hassan Rouhani",
            &[("Hassan Rouhani", "President", "Iran")],
        ),
        (
            "Readout of President Joseph R. Biden, Jr. Call with President Xi Jinping of China",
            &[("Joseph R. Biden, Jr.", "President", ""), ("Xi Jinping", "President", "China")],
        ),
        (
            "Readout of President\u{a0}Biden’s Meeting with European Commission President Ursula von der\u{a0}Leyen",
            &[("Biden", "President", ""), ("Ursula von der Leyen", "President", "European Union")],
        ),
        (
            "Wang Yi Has a Phone Call with US Secretary of State Antony Blinken at Request",
            &[("Wang Yi", "", ""), ("Antony Blinken", "Secretary of State", "United States")],
        ),
        (
            "PM call with President Macron of France: 18 October 2022",
            &[("Prime Minister", "Prime Minister", ""), ("Macron", "President", "France")],
        ),
        (
            "Bundeskanzler Olaf Scholz hat heute mit dem russischen Staatspräsidenten Wladimir Putin telefoniert.",
            &[("Olaf Scholz", "Bundeskanzler", ""), ("Wladimir Putin", "Staatspräsident", "Russia")],
        ),
        (
            "国家主席习近平15日应约同法国总统马克龙通电话。",
            &[("习近平", "国家主席", ""), ("马克龙", "总统", "France")],
        ),
        (
            "The Prime Minister spoke to French President Emmanuel Macron this afternoon.",
            &[("Prime Minister", "Prime Minister", ""), ("Emmanuel Macron", "President", "France")],
        ),
        (
            "国务委员兼外长王毅应约同日本外相河野太郎通电话。",
            &[("王毅", "国务委员兼外长", ""), ("河野太郎", "外相", "Japan")],
        ),
        ("China and Iran are in the same boat.", &[]),
        (
            "This evening the Prime Minister spoke to Prime Minister Trudeau of Canada.",
            &[("Prime Minister", "Prime Minister", ""), ("Trudeau", "Prime Minister", "Canada")],
        ),
        (
            "Today, the Prime Minister, Justin Trudeau, spoke with the President of the United States, Donald J. Trump.",
            &[("Justin Trudeau", "Prime Minister", ""), ("Donald J. Trump", "President", "United States")],
        ),
        // A courtesy title is no office; words that qualify an office name no holder.
        ("Mr Putin discussed the situation.", &[("Putin", "", "")]),
        ("They discussed the North American Free Trade Agreement negotiations.", &[]),
    ];
    for (input, expected) in table {
        let got = people(input);
        let want: Vec<(String, String, String)> = expected
            .iter()
            .map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string()))
            .collect();
        assert_eq!(got, want, "{input:?}");
    }
}

#[test]
fn only_one_picks_no_one_when_several_fit() {
    let person = |name: &str, title: &str| Person {
        name: name.into(),
        title: title.into(),
        ..Person::default()
    };
    let people = [
        person("Prime Minister", "Prime Minister"),
        person("Macron", "President"),
        person("Biden", "President"),
    ];
    assert_eq!(only_one(&people, |p| p.title == "Prime Minister"), Some(0));
    assert_eq!(only_one(&people, |p| p.title == "President"), None);
    assert_eq!(only_one(&people, |p| p.title == "King"), None);
    assert_eq!(only_unnamed_holder(&people, "prime minister"), Some(0));
    assert_eq!(only_unnamed_holder(&people, "president"), None);
}
