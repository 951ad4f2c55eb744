//! The kind of exchange: read from the title and the opening narration, where readouts say
//! it ("Call with", "spoke by telephone", "held talks", "通电话", "телефонный разговор").

use super::lang::{self, EventWords, Language, Words};
use super::EventKind;

/// The kind one piece of text (a title, a sentence) names, if any. Within one piece a video
/// call beats a phone call, a phone call beats talks ("held phone talks"), talks beat a
/// meeting; a conversation with no medium ("spoke with") is a phone call unless the piece
/// also speaks of talks or a meeting.
fn kind_of(words: &Words<'_>, tables: &[&EventWords]) -> Option<EventKind> {
    let any =
        |pick: fn(&EventWords) -> &[&str]| tables.iter().any(|t| words.first_of(pick(t)).is_some());
    if any(|t| t.video) {
        return Some(EventKind::VideoCall);
    }
    if any(|t| t.phone) || tables.iter().any(|t| is_call(words, t)) {
        return Some(EventKind::PhoneCall);
    }
    let talks = any(|t| t.talks);
    let meeting = any(|t| t.meeting);
    if any(|t| t.conversation) && !talks && !meeting {
        return Some(EventKind::PhoneCall);
    }
    if talks {
        return Some(EventKind::Talks);
    }
    meeting.then_some(EventKind::Meeting)
}

/// A word for "call" that is not an appeal ("called for calm", "calls on all sides").
fn is_call(words: &Words<'_>, t: &EventWords) -> bool {
    if t.call.is_empty() {
        return false;
    }
    let ranges = words.ranges();
    let lower = |i: usize| ranges.get(i).map(|&(s, e)| words.text(s, e));
    (0..ranges.len()).any(|i| {
        lower(i).is_some_and(|w| t.call.contains(&w))
            && !lower(i + 1).is_some_and(|n| t.call_not_before.contains(&n))
    })
}

/// Classifies an exchange from its title and the first sentences of its narration, in that
/// order: the first piece that names a kind decides, so "Meeting with …" in a title is not
/// undone by a mention of an earlier telephone call below it. The readout's own language is
/// read with English, which readouts everywhere quote.
pub(crate) fn detect(language: Language, pieces: &[&str]) -> EventKind {
    let own = &lang::tables(language).events;
    let english = &lang::tables(Language::En).events;
    let tables: Vec<&EventWords> = if std::ptr::eq(own, english) {
        vec![own]
    } else {
        vec![own, english]
    };
    for piece in pieces {
        let lower = piece.to_lowercase();
        let words = Words::new(&lower);
        if let Some(kind) = kind_of(&words, &tables) {
            return kind;
        }
    }
    EventKind::Other
}

#[cfg(test)]
mod tests {
    use super::*;
    use EventKind::*;

    /// Titles and first sentences written for these tests, one language at a time.
    #[test]
    fn kinds() {
        let table: &[(Language, &str, &str, EventKind)] = &[
            (
                Language::En,
                "Xi Jinping Calls Iranian President Rouhani",
                "",
                PhoneCall,
            ),
            (
                Language::En,
                "Readout of the President’s Meeting with the Chancellor",
                "",
                Meeting,
            ),
            (
                Language::En,
                "Foreign Minister Holds Phone Talks with His Counterpart",
                "",
                PhoneCall,
            ),
            (
                Language::En,
                "Telephone conversation with the President of Chile",
                "",
                PhoneCall,
            ),
            (
                Language::En,
                "The Prime Minister speaks with the President of Kenya",
                "",
                PhoneCall,
            ),
            (
                Language::En,
                "",
                "The Secretary spoke today with the Foreign Minister of Peru.",
                PhoneCall,
            ),
            (
                Language::En,
                "Secretary’s Video Call with the Foreign Minister",
                "",
                VideoCall,
            ),
            (
                Language::En,
                "Foreign Minister Holds Talks with Counterpart",
                "",
                Talks,
            ),
            (
                Language::En,
                "Joint Statement",
                "The leaders called for calm.",
                Other,
            ),
            (
                Language::En,
                "",
                "The two leaders met virtually on Monday.",
                VideoCall,
            ),
            (
                Language::En,
                "Readout of the President’s Meeting with the Premier",
                "The meeting follows their telephone call in May.",
                Meeting,
            ),
            (
                Language::De,
                "",
                "Die Kanzlerin hat heute mit dem Präsidenten telefoniert.",
                PhoneCall,
            ),
            (
                Language::De,
                "Treffen der Außenminister in Wien",
                "",
                Meeting,
            ),
            (
                Language::De,
                "Die Kanzlerin trifft den Präsidenten in Rom",
                "",
                Meeting,
            ),
            (
                Language::Es,
                "",
                "El canciller se reúne con su homólogo en Quito.",
                Meeting,
            ),
            (
                Language::Pt,
                "",
                "O ministro reúne-se com o chanceler em Lisboa.",
                Meeting,
            ),
            (
                Language::En,
                "",
                "The Prime Minister spoke with the President ahead of the summit in Madrid.",
                PhoneCall,
            ),
            (
                Language::De,
                "",
                "Die Minister berieten sich in einer Videokonferenz.",
                VideoCall,
            ),
            (Language::Zh, "", "国务院总理同德国总理通电话。", PhoneCall),
            (Language::Zh, "", "外交部长同来访的外长举行会谈。", Talks),
            (Language::Zh, "", "國家主席會見來訪的總統。", Meeting),
            (Language::Zh, "", "两国领导人举行视频会晤。", VideoCall),
            (Language::Ja, "日独首脳電話会談", "", PhoneCall),
            (
                Language::Ja,
                "",
                "両外相はテレビ会議形式で会談を行いました。",
                VideoCall,
            ),
            (Language::Ja, "日仏外相会談", "", Meeting),
            (
                Language::Ko,
                "",
                "대통령은 오늘 독일 총리와 전화 통화를 했다.",
                PhoneCall,
            ),
            (
                Language::Ko,
                "",
                "양국 정상은 화상으로 회담했다.",
                VideoCall,
            ),
            (
                Language::Ko,
                "",
                "외교부 장관은 서울에서 정상회담을 가졌다.",
                Talks,
            ),
            (
                Language::Ru,
                "",
                "Состоялся телефонный разговор с Президентом Франции.",
                PhoneCall,
            ),
            (
                Language::Ru,
                "",
                "Состоялся разговор с Федеральным канцлером Германии.",
                PhoneCall,
            ),
            (
                Language::Ru,
                "",
                "Министры провели переговоры в Москве.",
                Talks,
            ),
            (
                Language::Ru,
                "",
                "Президент провёл встречу с губернатором.",
                Meeting,
            ),
            (
                Language::Ru,
                "",
                "Главы государств провели переговоры в режиме видеоконференции.",
                VideoCall,
            ),
            (
                Language::Uk,
                "",
                "Президент провів телефонну розмову з прем’єр-міністром.",
                PhoneCall,
            ),
            (Language::Uk, "", "Міністри зустрілися у Києві.", Meeting),
            (
                Language::Fr,
                "",
                "Le ministre s’est entretenu par téléphone avec son homologue.",
                PhoneCall,
            ),
            (
                Language::Fr,
                "",
                "Le Président a reçu un appel téléphonique du chancelier.",
                PhoneCall,
            ),
            (
                Language::Fr,
                "",
                "Les deux ministres se sont rencontrés à Bruxelles.",
                Meeting,
            ),
            (
                Language::Fr,
                "",
                "Les chefs d’État ont tenu une visioconférence.",
                VideoCall,
            ),
            (
                Language::Es,
                "El presidente sostuvo una conversación telefónica con su homólogo",
                "",
                PhoneCall,
            ),
            (
                Language::Es,
                "",
                "La canciller recibió una llamada del ministro.",
                PhoneCall,
            ),
            (
                Language::Es,
                "",
                "Los mandatarios conversaron sobre el comercio.",
                PhoneCall,
            ),
            (
                Language::Es,
                "",
                "Los presidentes se reunieron en Lima.",
                Meeting,
            ),
            (
                Language::Es,
                "",
                "Los cancilleres participaron en una videoconferencia.",
                VideoCall,
            ),
            (
                Language::Pt,
                "",
                "O ministro recebeu uma ligação do secretário.",
                PhoneCall,
            ),
            (
                Language::Pt,
                "",
                "Os presidentes conversaram por telefone.",
                PhoneCall,
            ),
            (
                Language::Pt,
                "",
                "Os ministros encontraram-se em Brasília.",
                Meeting,
            ),
            (
                Language::It,
                "",
                "Il ministro ha avuto un colloquio telefonico con il collega.",
                PhoneCall,
            ),
            (
                Language::It,
                "",
                "Il ministro ha incontrato il collega a Roma.",
                Meeting,
            ),
            (
                Language::Tr,
                "",
                "Cumhurbaşkanı, Başbakan ile telefonda görüştü.",
                PhoneCall,
            ),
            (
                Language::Tr,
                "",
                "Bakanlar Ankara’da bir araya geldi.",
                Meeting,
            ),
            (
                Language::Ar,
                "",
                "تلقى وزير الخارجية اتصالا هاتفيا من نظيره.",
                PhoneCall,
            ),
            (
                Language::Ar,
                "",
                "أجرى الرئيس مكالمة مع رئيس الوزراء.",
                PhoneCall,
            ),
            (Language::Ar, "", "عقد الوزيران جلسة مباحثات رسمية.", Talks),
            (
                Language::Ar,
                "",
                "التقى وزير الخارجية نظيره في الرياض.",
                Meeting,
            ),
            (
                Language::Fa,
                "",
                "وزیر امور خارجه با همتای خود تلفنی گفتگو کرد.",
                PhoneCall,
            ),
            (
                Language::Fa,
                "",
                "وزیر امور خارجه با همتای خود دیدار کرد.",
                Meeting,
            ),
            (
                Language::Hi,
                "",
                "प्रधानमंत्री ने राष्ट्रपति से फोन पर बात की।",
                PhoneCall,
            ),
            (
                Language::Ur,
                "",
                "وزیراعظم نے صدر سے ٹیلیفون پر بات کی۔",
                PhoneCall,
            ),
        ];
        for (language, title, opening, expected) in table {
            assert_eq!(
                detect(*language, &[title, opening]),
                *expected,
                "{language}: {title:?} / {opening:?}"
            );
        }
    }

    #[test]
    fn english_words_count_in_every_language() {
        assert_eq!(
            detect(Language::Fr, &["Call with the President of Ghana"]),
            PhoneCall
        );
    }

    #[test]
    fn word_entries_match_whole_words_only() {
        // "telefonisch" is a stem entry; "meet" is not found inside "meeting"'s neighbours.
        assert_eq!(detect(Language::En, &["Streetcar safety review"]), Other);
        assert_eq!(
            detect(Language::En, &["The minister spoke at the forum."]),
            Other
        );
    }
}
