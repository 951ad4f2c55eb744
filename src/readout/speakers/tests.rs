use super::*;

fn person(name: &str, title: &str, country: &str) -> Person {
    let alias = name
        .split(' ')
        .rfind(|w| !w.starts_with("Jr"))
        .unwrap_or(name)
        .trim_end_matches(',')
        .to_string();
    let mut aliases = vec![alias];
    if name.starts_with("Xi ") || name.starts_with("Wang ") {
        aliases.push(name.split(' ').next().unwrap_or("").to_string());
    }
    Person {
        name: name.into(),
        title: title.into(),
        country: country.into(),
        aliases,
        pos: 0,
    }
}

fn cast() -> Vec<Person> {
    vec![
        person("Joseph R. Biden, Jr.", "President", "United States"),
        person("Xi Jinping", "President", "China"),
        person("Vladimir Putin", "", "Russia"),
        person("Fumio Kishida", "Foreign Minister", "Japan"),
        Person {
            name: "习近平".into(),
            title: "国家主席".into(),
            country: "China".into(),
            aliases: vec!["习近平".into()],
            pos: 0,
        },
        Person {
            name: "马克龙".into(),
            title: "总统".into(),
            country: "France".into(),
            aliases: vec!["马克龙".into()],
            pos: 0,
        },
    ]
}

#[test]
fn closing_attributions() {
    let table: &[(&str, Option<usize>)] = &[
        (
            "“We are grateful for this,” the Head of State noted.",
            Some(0),
        ),
        ("China and the US share many interests, Xi said.", Some(1)),
        ("“We will continue,” said President Putin.", Some(2)),
        ("The talks went well, the ministry said.", None),
        ("Xi said the talks went well.", None),
    ];
    for (input, expected) in table {
        // Read from the sentence's opening tokens, and tokenised afresh (no opening).
        let lowered = crate::readout::normalise::lowered(input);
        let mut opening = Opening::default();
        opening.read(input, &lowered, 0, input.len());
        for opening in [opening, Opening::default()] {
            let mut people = cast();
            let got = closing_attribution(
                input,
                Span::new(0, input.len()),
                &opening,
                &mut people,
                &Tracker::default(),
                &mut WordFacts::default(),
                &mut Vec::new(),
            );
            assert_eq!(got, *expected, "{input:?}");
        }
    }
}

#[test]
fn subjects() {
    use Subject::*;
    // General cases of each rule, not sentences of the seeds (those are scored against
    // their hand keys in tests/seed_keys.rs).
    let table: &[(&str, Option<Subject>)] = &[
        (
            "President Biden underlined the value of alliances.",
            Some(Says(0)),
        ),
        ("The President conveyed his thanks.", Some(Says(0))),
        (
            "During the call the President conveyed his thanks.",
            Some(Says(0)),
        ),
        (
            "Xi Jinping emphasized that dialogue matters.",
            Some(Says(1)),
        ),
        ("President Xi welcomed the proposal.", Some(Says(1))),
        (
            "On behalf of his government, Xi Jinping offered sympathy.",
            Some(Says(1)),
        ),
        ("He reaffirmed the commitment.", Some(Says(2))),
        (
            "The President of Russia informed his counterpart of the plans.",
            Some(Says(2)),
        ),
        (
            "Mr Putin expressed concern about the fighting.",
            Some(Says(2)),
        ),
        ("The two ministers agreed to stay in contact.", Some(Both)),
        (
            "The Russia leader informed the US President of the report.",
            Some(Says(2)),
        ),
        ("Both sides exchanged views on energy.", Some(Both)),
        ("They reviewed progress on the agreement.", Some(Both)),
        ("Moreover, they voiced support for the talks.", Some(Both)),
        ("The leaders exchanged views on the summit.", Some(Both)),
        ("The parties held a frank exchange.", Some(Both)),
        (
            "President Biden and President Xi reviewed trade issues.",
            Some(Both),
        ),
        ("Beide sprachen über die Lage in der Region.", Some(Both)),
        ("Стороны рассмотрели вопросы торговли.", Some(Both)),
        ("They have sent many shipments of grain.", None),
        (
            "President Joseph R. Biden, Jr. met with President Xi Jinping in Bali.",
            Some(Event(0)),
        ),
        (
            "Vladimir Putin held a telephone conversation with Emmanuel Macron.",
            Some(Event(2)),
        ),
        (
            "Foreign Minister Fumio Kishida held a meeting.",
            Some(Event(3)),
        ),
        ("Japan is ready to help.", None),
        ("The French people are grateful.", None),
        ("Putin’s proposal was rejected.", None),
        ("习近平指出,两国应当加强合作。", Some(Says(4))),
        ("马克龙说,法方愿意深化交流。", Some(Says(5))),
        ("他强调,俄方支持对话。", Some(Says(2))),
        ("两国元首就地区形势交换了意见。", Some(Both)),
        ("两国贸易额不断增长。", None),
        ("习近平主席去年对法国的访问取得了成功。", None),
    ];
    for (input, expected) in table {
        let mut people = cast();
        let tracker = Tracker {
            last_person: Some(2),
            speaking: false,
        };
        let lowered = crate::readout::normalise::lowered(input);
        let mut opening = Opening::default();
        opening.read(input, &lowered, 0, input.len());
        let got = analyse(
            input,
            0,
            input.len(),
            &opening,
            &mut people,
            &tracker,
            &mut WordFacts::default(),
        );
        assert_eq!(&got, expected, "{input:?}");
    }
}

/// Rules that depend on the sentence before: who is speaking, and who is known only by office.
#[test]
fn subjects_in_context() {
    use Subject::*;
    let office_only = || Person {
        name: "Prime Minister".into(),
        title: "Prime Minister".into(),
        ..Person::default()
    };
    let mut people = vec![
        person("Justin Trudeau", "Prime Minister", "Canada"),
        office_only(),
    ];
    let run = |input: &str, people: &mut Vec<Person>, speaking: bool| {
        let tracker = Tracker {
            last_person: Some(1),
            speaking,
        };
        let lowered = crate::readout::normalise::lowered(input);
        let mut opening = Opening::default();
        opening.read(input, &lowered, 0, input.len());
        analyse(
            input,
            0,
            input.len(),
            &opening,
            people,
            &tracker,
            &mut WordFacts::default(),
        )
    };
    // The office alone calls the one known only by it.
    assert_eq!(
        run("The Prime Minister stressed the point.", &mut people, false),
        Some(Says(1))
    );
    assert_eq!(
        run("She began by telling him the news.", &mut people, false),
        Some(Says(1))
    );
    // A joint subject while someone speaks, with a reporting verb: both.
    assert_eq!(
        run(
            "The two Prime Ministers agreed to stay in contact.",
            &mut people,
            true
        ),
        Some(Both)
    );
    // A joint subject while someone speaks, with no reporting verb: what they say.
    assert_eq!(
        run(
            "The two Prime Ministers should meet soon.",
            &mut people,
            true
        ),
        None
    );
    // "Prime Minister May": the office's holder takes the name, a month's or not.
    assert_eq!(
        run(
            "Prime Minister May reiterated the point.",
            &mut people,
            false
        ),
        Some(Says(1))
    );
    assert_eq!(people[1].name, "May");
    assert!(people[1].is_called("May"));
    assert_eq!(
        run("Prime Minister Trudeau thanked her.", &mut people, false),
        Some(Says(0))
    );
}
