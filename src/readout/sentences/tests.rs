//! The splitter's tables of examples.

use super::*;

fn split(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    split_range(text, 0, text.len(), None, &mut out);
    out.iter().map(|s| &text[s.start..s.end]).collect()
}

fn check(table: &[(&str, &[&str])]) {
    for (input, expected) in table {
        assert_eq!(&split(input), expected, "input: {input:?}");
    }
}

#[test]
fn simple_stops() {
    check(&[
        (
            "Hello World. My name is Jonas.",
            &["Hello World.", "My name is Jonas."],
        ),
        (
            "What is your name? My name is Jonas.",
            &["What is your name?", "My name is Jonas."],
        ),
        ("There it is! I found it.", &["There it is!", "I found it."]),
        ("No final stop", &["No final stop"]),
        ("  padded.  ", &["padded."]),
        ("", &[]),
    ]);
}

#[test]
fn abbreviations() {
    check(&[
        (
            "My name is Jonas E. Smith.",
            &["My name is Jonas E. Smith."],
        ),
        ("Please turn to p. 55.", &["Please turn to p. 55."]),
        (
            "Were Jane and co. at the party?",
            &["Were Jane and co. at the party?"],
        ),
        (
            "They closed the deal with Pitt, Briggs & Co. at noon.",
            &["They closed the deal with Pitt, Briggs & Co. at noon."],
        ),
        (
            "Let's ask Jane and co. They should know.",
            &["Let's ask Jane and co.", "They should know."],
        ),
        (
            "They closed the deal with Pitt, Briggs & Co. It closed yesterday.",
            &[
                "They closed the deal with Pitt, Briggs & Co.",
                "It closed yesterday.",
            ],
        ),
        (
            "I can see Mt. Fuji from here.",
            &["I can see Mt. Fuji from here."],
        ),
        (
            "St. Michael's Church is on 5th st. near the light.",
            &["St. Michael's Church is on 5th st. near the light."],
        ),
        ("That is JFK Jr.'s book.", &["That is JFK Jr.'s book."]),
        (
            "Mr. Putin met Dr. Smith and Prof. Lee.",
            &["Mr. Putin met Dr. Smith and Prof. Lee."],
        ),
        (
            "He cited No. 5 and Art. 3 today.",
            &["He cited No. 5 and Art. 3 today."],
        ),
        (
            "Talks began in Jan. 2020 in Geneva.",
            &["Talks began in Jan. 2020 in Geneva."],
        ),
        (
            "H.E. President Ramaphosa spoke. He said more.",
            &["H.E. President Ramaphosa spoke.", "He said more."],
        ),
        (
            "Products, e.g. Steel and Aluminium, were discussed.",
            &["Products, e.g. Steel and Aluminium, were discussed."],
        ),
        ("They met etc. The end.", &["They met etc.", "The end."]),
        (
            "President Joseph R. Biden, Jr. spoke today with him.",
            &["President Joseph R. Biden, Jr. spoke today with him."],
        ),
    ]);
}

#[test]
fn multi_period_abbreviations() {
    check(&[
        (
            "I visited the U.S.A. last year.",
            &["I visited the U.S.A. last year."],
        ),
        (
            "I live in the E.U. How about you?",
            &["I live in the E.U.", "How about you?"],
        ),
        (
            "I live in the U.S. How about you?",
            &["I live in the U.S.", "How about you?"],
        ),
        (
            "I work for the U.S. Government in Virginia.",
            &["I work for the U.S. Government in Virginia."],
        ),
        (
            "I have lived in the U.S. for 20 years.",
            &["I have lived in the U.S. for 20 years."],
        ),
        (
            "At 5 a.m. Mr. Smith went to the bank. He left.",
            &["At 5 a.m. Mr. Smith went to the bank.", "He left."],
        ),
        (
            "He left the bank at 6 P.M. Mr. Smith then went to the store.",
            &[
                "He left the bank at 6 P.M.",
                "Mr. Smith then went to the store.",
            ],
        ),
        (
            "The call will begin at 10 a.m. EST and last an hour.",
            &["The call will begin at 10 a.m. EST and last an hour."],
        ),
        (
            "On Monday at 9 a.m. President Lula called him.",
            &["On Monday at 9 a.m. President Lula called him."],
        ),
        (
            "The U.K. and the U.N. agreed.",
            &["The U.K. and the U.N. agreed."],
        ),
        (
            "It was the U.S.-India relationship.",
            &["It was the U.S.-India relationship."],
        ),
    ]);
}

#[test]
fn numbers() {
    check(&[
        (
            "She has $100.00 in her bag.",
            &["She has $100.00 in her bag."],
        ),
        (
            "She has $100.00. It is in her bag.",
            &["She has $100.00.", "It is in her bag."],
        ),
        (
            "You can find it at N°. 1026.253.553. That is where the treasure is.",
            &[
                "You can find it at N°. 1026.253.553.",
                "That is where the treasure is.",
            ],
        ),
        (
            "Growth was 3.5 percent in 2019. Next year more.",
            &["Growth was 3.5 percent in 2019.", "Next year more."],
        ),
        (
            "Am 21. Dezember telefonierten sie.",
            &["Am 21. Dezember telefonierten sie."],
        ),
    ]);
}

#[test]
fn quotes_and_brackets() {
    check(&[
        (
            "He teaches science (He previously worked for 5 years as an engineer.) at the local University.",
            &["He teaches science (He previously worked for 5 years as an engineer.) at the local University."],
        ),
        ("She turned to him, 'This is great.' she said.", &["She turned to him, 'This is great.' she said."]),
        ("She turned to him, \"This is great.\" she said.", &["She turned to him, \"This is great.\" she said."]),
        (
            "She turned to him, \"This is great.\" She held the book out to show him.",
            &["She turned to him, \"This is great.\"", "She held the book out to show him."],
        ),
        ("He said “We agree.” Then he left.", &["He said “We agree.”", "Then he left."]),
        ("(This is one.) This is two.", &["(This is one.)", "This is two."]),
    ]);
}

#[test]
fn a_quotation_of_several_sentences_is_several_sentences() {
    check(&[
        (
            "“We met today. It went well,” the minister said.",
            &["“We met today.", "It went well,” the minister said."],
        ),
        (
            "\"Trade is key. We agree on that,\" he said. Then he left.",
            &[
                "\"Trade is key.",
                "We agree on that,\" he said.",
                "Then he left.",
            ],
        ),
        (
            "«La reunión fue útil. Seguiremos hablando», dijo el ministro.",
            &[
                "«La reunión fue útil.",
                "Seguiremos hablando», dijo el ministro.",
            ],
        ),
        (
            "Er sagte: „Das Gespräch war gut. Wir bleiben in Kontakt.“ Dann ging er.",
            &[
                "Er sagte: „Das Gespräch war gut.",
                "Wir bleiben in Kontakt.“",
                "Dann ging er.",
            ],
        ),
        (
            "他说：“我们同意。我们支持。”双方还讨论了。",
            &["他说：“我们同意。", "我们支持。”", "双方还讨论了。"],
        ),
        // Not a new sentence inside the quotation: an abbreviation, lower case, a dash.
        (
            "“We met Mr. Smith today,” she said.",
            &["“We met Mr. Smith today,” she said."],
        ),
        (
            "He said “it is done. and over” today.",
            &["He said “it is done. and over” today."],
        ),
    ]);
}

#[test]
fn double_punctuation_and_named_entities() {
    check(&[
        (
            "Hello!! Long time no see.",
            &["Hello!!", "Long time no see."],
        ),
        ("Hello?? Who is there?", &["Hello??", "Who is there?"]),
        ("Hello!? Is that you?", &["Hello!?", "Is that you?"]),
        ("Hello?! Is that you?", &["Hello?!", "Is that you?"]),
        (
            "She works at Yahoo! in the accounting department.",
            &["She works at Yahoo! in the accounting department."],
        ),
        (
            "We make a good team, you and I. Did you see Albert I. Jones yesterday?",
            &[
                "We make a good team, you and I.",
                "Did you see Albert I. Jones yesterday?",
            ],
        ),
    ]);
}

#[test]
fn lists() {
    check(&[
        (
            "1.) The first item 2.) The second item",
            &["1.) The first item", "2.) The second item"],
        ),
        (
            "1.) The first item. 2.) The second item.",
            &["1.) The first item.", "2.) The second item."],
        ),
        (
            "1) The first item 2) The second item",
            &["1) The first item", "2) The second item"],
        ),
        (
            "1) The first item. 2) The second item.",
            &["1) The first item.", "2) The second item."],
        ),
        (
            "1. The first item 2. The second item",
            &["1. The first item", "2. The second item"],
        ),
        (
            "1. The first item. 2. The second item.",
            &["1. The first item.", "2. The second item."],
        ),
        (
            "• 9. The first item • 10. The second item",
            &["• 9. The first item", "• 10. The second item"],
        ),
        (
            "⁃9. The first item ⁃10. The second item",
            &["⁃9. The first item", "⁃10. The second item"],
        ),
        (
            "a. The first item b. The second item c. The third list item",
            &[
                "a. The first item",
                "b. The second item",
                "c. The third list item",
            ],
        ),
        ("(1) Trade; (2) Climate.", &["(1) Trade;", "(2) Climate."]),
    ]);
}

#[test]
fn emails_urls_and_glued_stops() {
    check(&[
        (
            "Her email is Jane.Doe@example.com. I sent her an email.",
            &["Her email is Jane.Doe@example.com.", "I sent her an email."],
        ),
        (
            "The site is: https://www.example.50.com/new-site/awesome_content.html. Please check it out.",
            &["The site is: https://www.example.50.com/new-site/awesome_content.html.", "Please check it out."],
        ),
        ("This is one.This is two.", &["This is one.", "This is two."]),
        ("See www.gov.uk for more.", &["See www.gov.uk for more."]),
    ]);
}

#[test]
fn ellipses() {
    check(&[
        (
            "Thoreau argues that by simplifying one’s life, “the laws of the universe will appear less complex. . . .”",
            &["Thoreau argues that by simplifying one’s life, “the laws of the universe will appear less complex. . . .”"],
        ),
        (
            "\"Bohr [...] used the analogy of parallel stairways [...]\" (Smith 55).",
            &["\"Bohr [...] used the analogy of parallel stairways [...]\" (Smith 55)."],
        ),
        (
            "If words are left off at the end of a sentence, and that is all that is omitted, indicate the omission with ellipsis marks (preceded and followed by a space) and then indicate the end of the sentence with a period . . . . Next sentence.",
            &[
                "If words are left off at the end of a sentence, and that is all that is omitted, indicate the omission with ellipsis marks (preceded and followed by a space) and then indicate the end of the sentence with a period . . . .",
                "Next sentence.",
            ],
        ),
        ("I never meant that.... She left the store.", &["I never meant that....", "She left the store."]),
        (
            "I wasn’t really ... well, what I mean...see . . . what I'm saying, the thing is . . . I didn’t mean it.",
            &["I wasn’t really ... well, what I mean...see . . . what I'm saying, the thing is . . . I didn’t mean it."],
        ),
        (
            "One further habit which was somewhat weakened . . . was that of combining words into self-interpreting compounds. . . . The practice was not abandoned. . . .",
            &[
                "One further habit which was somewhat weakened . . . was that of combining words into self-interpreting compounds.",
                ". . . The practice was not abandoned. . . .",
            ],
        ),
        ("Wait… Then it came.", &["Wait…", "Then it came."]),
    ]);
}

#[test]
fn chinese_and_japanese() {
    check(&[
        (
            "我们明天一起去看《摔跤吧！爸爸》好吗？好！",
            &["我们明天一起去看《摔跤吧！爸爸》好吗？", "好！"],
        ),
        (
            "习近平指出，中方愿意合作。马克龙表示，法方支持。",
            &["习近平指出，中方愿意合作。", "马克龙表示，法方支持。"],
        ),
        (
            "他说：“我们同意。”双方还讨论了。",
            &["他说：“我们同意。”", "双方还讨论了。"],
        ),
        (
            "今日は晴れです。明日は雨です。",
            &["今日は晴れです。", "明日は雨です。"],
        ),
    ]);
}

#[test]
fn abbreviations_of_every_language() {
    check(&[
        // From pySBD's per-language golden rules (MIT licence,
        // github.com/nipunsadvilkar/pySBD, tests/lang/).
        (
            "Hola Srta. Ledesma. Buenos días, soy el Lic. Naser Pastoriza, y él es mi padre, el Dr. Naser.",
            &["Hola Srta. Ledesma.", "Buenos días, soy el Lic. Naser Pastoriza, y él es mi padre, el Dr. Naser."],
        ),
        (
            "Buongiorno! Sono l'Ing. Mengozzi. È presente l'Avv. Cassioni?",
            &["Buongiorno!", "Sono l'Ing. Mengozzi.", "È presente l'Avv. Cassioni?"],
        ),
        (
            "Egregio Dir. Amm., le faccio sapere che l'ascensore non funziona.",
            &["Egregio Dir. Amm., le faccio sapere che l'ascensore non funziona."],
        ),
        ("Wir trafen Dr. med. Meyer in der Stadt.", &["Wir trafen Dr. med. Meyer in der Stadt."]),
        ("Sie besucht eine kath. Schule.", &["Sie besucht eine kath. Schule."]),
        ("Кв. 234 находится на 4 этаже.", &["Кв. 234 находится на 4 этаже."]),
        // Our own.
        (
            "La Sra. Costa falou com o Exmo. Senhor Embaixador. Ele agradeceu.",
            &["La Sra. Costa falou com o Exmo. Senhor Embaixador.", "Ele agradeceu."],
        ),
        (
            "Le ministre a reçu Mme. Dupont. Elle a remercié le ministre.",
            &["Le ministre a reçu Mme. Dupont.", "Elle a remercié le ministre."],
        ),
        (
            "Встреча прошла на ул. Ленина в Москве. Стороны обсудили ситуацию.",
            &["Встреча прошла на ул. Ленина в Москве.", "Стороны обсудили ситуацию."],
        ),
        // English words are not read as another language's abbreviations.
        (
            "They discussed art. Biden thanked him.",
            &["They discussed art.", "Biden thanked him."],
        ),
    ]);
}

#[test]
fn stops_of_other_scripts() {
    check(&[
        // After pySBD's golden rules (MIT licence, github.com/nipunsadvilkar/pySBD).
        (
            "خوشبختم، آقای رضا. شما کجایی هستید؟ من از تهران هستم.",
            &[
                "خوشبختم، آقای رضا.",
                "شما کجایی هستید؟",
                "من از تهران هستم.",
            ],
        ),
        (
            "دونوں وزرائے خارجہ نے بات چیت کی۔ انہوں نے اتفاق کیا۔",
            &["دونوں وزرائے خارجہ نے بات چیت کی۔", "انہوں نے اتفاق کیا۔"],
        ),
        (
            "दोनों मंत्रियों ने चर्चा की। उन्होंने सहमति जताई।",
            &["दोनों मंत्रियों ने चर्चा की।", "उन्होंने सहमति जताई।"],
        ),
        (
            "هل تحدث الوزيران؟ نعم، تحدثا هاتفيا.",
            &["هل تحدث الوزيران؟", "نعم، تحدثا هاتفيا."],
        ),
        ("Πού είναι\u{37e} Εδώ.", &["Πού είναι\u{37e}", "Εδώ."]),
        // Greek text mostly writes its question mark as the plain semicolon.
        ("Πού είναι; Εδώ.", &["Πού είναι;", "Εδώ."]),
        ("Πού είναι; είπε.", &["Πού είναι; είπε."]),
        ("Trade; climate; Health.", &["Trade; climate; Health."]),
        // A word ending in final sigma is no abbreviation: lower case after it still opens a
        // sentence, unless a quotation closes first.
        (
            "Δεν ήρθε κανένας. το σπίτι ήταν άδειο.",
            &["Δεν ήρθε κανένας.", "το σπίτι ήταν άδειο."],
        ),
        ("«Δεν ήρθε κανένας.» είπε.", &["«Δεν ήρθε κανένας.» είπε."]),
        ("Ήρθε ο κ. παπάς.", &["Ήρθε ο κ. παπάς."]),
        // Korean ends its sentences with a full stop, with or without a space after it.
        (
            "양 정상은 통화했다. 협력을 강조했다.",
            &["양 정상은 통화했다.", "협력을 강조했다."],
        ),
        (
            "문 대통령은 말했다.그는 감사를 표했다.",
            &["문 대통령은 말했다.", "그는 감사를 표했다."],
        ),
        (
            "정상은 \"협력하자.\"라고 말했다.",
            &["정상은 \"협력하자.\"라고 말했다."],
        ),
        ("회담은 3.5시간 걸렸다.", &["회담은 3.5시간 걸렸다."]),
        (
            "回答は？　はい！　そうです。",
            &["回答は？", "はい！", "そうです。"],
        ),
    ]);
}

#[test]
fn abbreviations_by_context() {
    check(&[
        // Spanish doubles an initial for its plural, one pair per word.
        (
            "Habló con los EE. UU. y con las FF. AA. Luego se fue.",
            &["Habló con los EE. UU. y con las FF. AA.", "Luego se fue."],
        ),
        (
            "Llegó a los EE. UU. El viaje fue largo.",
            &["Llegó a los EE. UU.", "El viaje fue largo."],
        ),
        // A weekday before its date.
        (
            "La reunión del Lun. 15 de marzo fue breve.",
            &["La reunión del Lun. 15 de marzo fue breve."],
        ),
        // "г." after a year is the year's, never the sentence's end; "и т. д." can end one.
        (
            "Дом построен в 1898 г. В 1854 году его продали.",
            &["Дом построен в 1898 г. В 1854 году его продали."],
        ),
        (
            "Обсудили торговлю, энергетику и т. д. Стороны договорились.",
            &[
                "Обсудили торговлю, энергетику и т. д.",
                "Стороны договорились.",
            ],
        ),
    ]);
}

#[test]
fn russian() {
    check(&[
        ("Объем составляет 5 куб.м.", &["Объем составляет 5 куб.м."]),
        (
            "Маленькая девочка бежала и кричала: «Не видали маму?».",
            &["Маленькая девочка бежала и кричала: «Не видали маму?»."],
        ),
        ("Сегодня 27.10.14", &["Сегодня 27.10.14"]),
        (
            "«К чему ты готовишься? – спросила мама. – Завтра ведь выходной».",
            &["«К чему ты готовишься? – спросила мама. – Завтра ведь выходной»."],
        ),
        ("Вот список: 1.мороженое, 2.мясо, 3.рис.", &["Вот список: 1.мороженое, 2.мясо, 3.рис."]),
        (
            "Вот номер моего телефона: +39045969798. Передавайте привет г-ну Шапочкину. До свидания.",
            &["Вот номер моего телефона: +39045969798.", "Передавайте привет г-ну Шапочкину.", "До свидания."],
        ),
        (
            "Владимир Путин провёл разговор. Стороны обсудили ситуацию.",
            &["Владимир Путин провёл разговор.", "Стороны обсудили ситуацию."],
        ),
        ("Встреча с В. В. Путиным прошла в Москве.", &["Встреча с В. В. Путиным прошла в Москве."]),
    ]);
}

#[test]
fn datelines_stay_whole() {
    check(&[
        (
            "BEIJING, Feb. 25 (Xinhua) -- Chinese President Xi Jinping spoke with him.",
            &["BEIJING, Feb. 25 (Xinhua) -- Chinese President Xi Jinping spoke with him."],
        ),
        ("Tue. May 18th, 2021", &["Tue. May 18th, 2021"]),
    ]);
}
