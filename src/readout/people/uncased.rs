//! People in a script without capitals (Arabic, Persian), where a name is told from the
//! words around it rather than by its letters.

use super::{country_of, NameOrder, PeopleWords, Person};

/// A word of a script without capitals (Arabic, Persian), with its byte offset and whether
/// a comma or full stop ends it.
struct UncasedWord<'t> {
    at: usize,
    text: &'t str,
    closes: bool,
}

fn uncased_words(s: &str) -> Vec<UncasedWord<'_>> {
    let mut out = Vec::new();
    for piece in s.split_whitespace() {
        let at = piece.as_ptr() as usize - s.as_ptr() as usize;
        let text = piece.trim_end_matches(['،', ',', '.', '؛', ':', '(', ')']);
        let text = text.trim_start_matches(['(', '«', '"']);
        if !text.is_empty() {
            out.push(UncasedWord {
                at,
                text,
                closes: text.len() < piece.len(),
            });
        } else if let Some(last) = out.last_mut() {
            last.closes = true;
        }
    }
    out
}

/// People in a script without capitals, where a name is told from the words around it: after
/// a courtesy title up to an office or a comma ("السيد أنتوني بلينكن", "الأمير فيصل بن فرحان
/// بن عبدالله وزير الخارجية"); the words between commas that close an office phrase ("وزير
/// الدولة، …، أحمد عطاف،"); or, where the name comes first (Persian), the two words before
/// an office ("مائورو وییرا وزیر امور خارجه").
pub(super) fn find_uncased(
    text: &str,
    start: usize,
    end: usize,
    words: &PeopleWords,
) -> Vec<Person> {
    let s = text.get(start..end).unwrap_or("");
    let ws = uncased_words(s);
    let is_office = |w: &str| words.offices.contains(&w);
    let is_honorific = |w: &str| words.honorifics.contains(&w);
    let is_plain = |w: &str| {
        !is_office(w)
            && !is_honorific(w)
            && !words.and.contains(&w)
            && !words.prepositions.contains(&w)
            && !words.during.contains(&w)
            && country_of(w).is_none()
            && w.chars().all(char::is_alphabetic)
    };
    let mut out = Vec::new();
    let mut push = |from: usize, to: usize, title: &str| {
        let name: Vec<&str> = ws[from..to].iter().map(|w| w.text).collect();
        if (2..=5).contains(&name.len()) {
            out.push(Person {
                name: name.join(" "),
                title: title.to_string(),
                country: String::new(),
                aliases: vec![name.last().map_or(String::new(), |w| (*w).to_string())],
                pos: start + ws[from].at,
            });
        }
    };
    let mut i = 0;
    while i < ws.len() {
        let w = ws[i].text;
        if is_honorific(w) {
            // Several courtesy titles may stand together ("صاحب السمو الأمير").
            let mut j = i + 1;
            while j < ws.len() && (is_honorific(ws[j].text) || ws[j].text.starts_with("السمو"))
            {
                j += 1;
            }
            let from = j;
            while j < ws.len() && j < from + 5 && is_plain(ws[j].text) {
                j += 1;
                if ws[j - 1].closes {
                    break;
                }
            }
            let title = ws
                .get(j)
                .filter(|w| is_office(w.text))
                .map_or("", |w| w.text);
            push(from, j, title);
            i = j.max(i + 1);
            continue;
        }
        if is_office(w) {
            if words.order == NameOrder::NameFirst {
                let mut from = i;
                while from > 0
                    && from + 2 > i
                    && is_plain(ws[from - 1].text)
                    && !ws[from - 1].closes
                {
                    from -= 1;
                }
                if from + 2 == i {
                    push(from, i, w);
                }
                i += 1;
                continue;
            }
            // The office phrase runs to a comma; the segment after it, if it holds no
            // office, is the name.
            let mut j = i;
            while j < ws.len() && !ws[j].closes {
                j += 1;
            }
            let mut from = j + 1;
            while from < ws.len() && is_office(ws[from].text) {
                // "وزير الدولة، وزير الشؤون الخارجية …، أحمد عطاف": another office segment.
                while from < ws.len() && !ws[from].closes {
                    from += 1;
                }
                from += 1;
            }
            let mut k = from;
            while k < ws.len() && k < from + 5 && is_plain(ws[k].text) {
                k += 1;
                if ws[k - 1].closes {
                    break;
                }
            }
            if k > from && ws[k - 1].closes {
                push(from, k, w);
                i = k;
                continue;
            }
        }
        i += 1;
    }
    out
}
