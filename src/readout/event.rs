//! The kind of exchange: read from the title and the opening narration, where readouts say
//! it ("Call with", "spoke by telephone", "held talks", "通电话", "телефонный разговор").

use super::EventKind;

fn has_word(words: &[&str], w: &str) -> bool {
    words.contains(&w)
}

/// Classifies from lower-cased title and opening text. A video call beats a phone call, a
/// phone call beats talks ("held phone talks"), talks beat a meeting.
pub(crate) fn detect(title: &str, opening: &str) -> EventKind {
    let joined = format!("{title}\n{opening}").to_lowercase();
    let words: Vec<&str> = joined
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .collect();
    let any = |list: &[&str]| list.iter().any(|m| joined.contains(m));
    if any(&[
        "video call",
        "video-call",
        "videocall",
        "video conference",
        "videoconference",
        "video-conference",
        "video link",
        "virtual meeting",
        "virtual summit",
        "视频",
        "видеоконференц",
        "видеосвяз",
        "videokonferenz",
        "videoschalte",
        "videotelefonat",
    ]) {
        return EventKind::VideoCall;
    }
    let call_word = words.iter().enumerate().any(|(i, w)| {
        matches!(*w, "call" | "calls" | "called")
            && !matches!(words.get(i + 1).copied(), Some("for" | "on" | "upon"))
    });
    let spoke = words.windows(2).any(|p| {
        matches!(p[0], "spoke" | "speaks" | "speak") && matches!(p[1], "with" | "to" | "by")
    });
    let met = ["met", "meets", "meeting", "meet"]
        .iter()
        .any(|w| has_word(&words, w));
    if any(&["telephone", "phone", "通电话", "电话", "телефон", "telefon"])
        || call_word
        || (spoke && !met)
    {
        return EventKind::PhoneCall;
    }
    if has_word(&words, "talks")
        || has_word(&words, "negotiations")
        || any(&["会谈", "переговор", "gespräche"])
    {
        return EventKind::Talks;
    }
    if met || any(&["会见", "会晤", "встреч", "встретил", "treffen", "traf "]) {
        return EventKind::Meeting;
    }
    EventKind::Other
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds() {
        let table: &[(&str, &str, EventKind)] = &[
            (
                "Xi Jinping Calls Iranian President Rouhani",
                "",
                EventKind::PhoneCall,
            ),
            (
                "Readout of President Biden’s Meeting with European Commission President",
                "",
                EventKind::Meeting,
            ),
            (
                "Wang Yi Holds Phone Talks at Request with Foreign Minister Fumio Kishida of Japan",
                "",
                EventKind::PhoneCall,
            ),
            (
                "Telephone conversation with US President Barack Obama",
                "",
                EventKind::PhoneCall,
            ),
            (
                "Prime Minister Justin Trudeau speaks with United States President Donald J. Trump",
                "",
                EventKind::PhoneCall,
            ),
            (
                "",
                "Bundeskanzler Olaf Scholz hat heute mit Putin telefoniert.",
                EventKind::PhoneCall,
            ),
            (
                "",
                "国务院总理李强8日同德国总理通电话。",
                EventKind::PhoneCall,
            ),
            (
                "Secretary Blinken’s Video Call with Foreign Minister Jaishankar",
                "",
                EventKind::VideoCall,
            ),
            (
                "Wang Yi Holds Talks with Foreign Minister",
                "",
                EventKind::Talks,
            ),
            (
                "Joint Statement",
                "The leaders called for calm.",
                EventKind::Other,
            ),
        ];
        for (title, opening, expected) in table {
            assert_eq!(detect(title, opening), *expected, "{title:?} / {opening:?}");
        }
    }
}
