//! Turning the HTML flavour of a clipboard (or a saved .html page) into plain text with the
//! paragraph breaks a reader sees. The markup is only ever read, never rendered: scripts,
//! styles and comments are dropped, tags become line breaks where they break lines.

/// Elements whose content is never text a reader sees.
const HIDDEN: [&str; 7] = [
    "script", "style", "noscript", "template", "head", "svg", "iframe",
];

/// Elements that start a new paragraph (a blank line before and after).
const BLOCKS: [&str; 22] = [
    "p",
    "div",
    "section",
    "article",
    "header",
    "footer",
    "nav",
    "aside",
    "main",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "ul",
    "ol",
    "table",
    "blockquote",
    "pre",
    "figure",
    "form",
];

/// Elements that end a line.
const LINES: [&str; 6] = ["br", "li", "tr", "dt", "dd", "hr"];

/// Extracts the readable text of an HTML fragment or page.
///
/// Block elements become blank-line separated paragraphs, `<br>` and list items line breaks,
/// whitespace inside a paragraph collapses to single spaces, and character references are
/// decoded. Never panics, whatever the input.
pub fn html_to_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len() / 2);
    let mut rest = html;
    let mut hidden_until: Option<String> = None;
    while !rest.is_empty() {
        let Some(lt) = rest.find('<') else {
            if hidden_until.is_none() {
                push_text(&mut out, rest);
            }
            break;
        };
        if hidden_until.is_none() {
            push_text(&mut out, &rest[..lt]);
        }
        rest = &rest[lt..];
        if let Some(after) = rest.strip_prefix("<!--") {
            rest = after.find("-->").map_or("", |end| &after[end + 3..]);
            continue;
        }
        let tag_start = rest;
        let end = tag_end(rest);
        let tag = if rest[..end].ends_with('>') {
            &rest[1..end - 1]
        } else {
            &rest[1..end]
        };
        rest = &rest[end..];
        let closing = tag.starts_with('/');
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_lowercase();
        if name.is_empty() {
            // "<" that starts no tag (e.g. "a < b"): keep it as text.
            if hidden_until.is_none() && !tag.starts_with('!') && !tag.starts_with('?') {
                push_text(&mut out, "<");
                rest = &tag_start[1..];
            }
            continue;
        }
        if let Some(hidden) = &hidden_until {
            if closing && *hidden == name {
                hidden_until = None;
            }
            continue;
        }
        if HIDDEN.contains(&name.as_str()) && !closing && !tag.ends_with('/') {
            hidden_until = Some(name);
        } else if BLOCKS.contains(&name.as_str()) {
            break_paragraph(&mut out);
        } else if LINES.contains(&name.as_str()) {
            break_line(&mut out);
        } else if matches!(name.as_str(), "td" | "th") && !closing {
            push_text(&mut out, " ");
        }
    }
    out.trim().to_owned()
}

/// Index just past the `>` closing the tag that starts `s`, skipping quoted attribute values.
fn tag_end(s: &str) -> usize {
    let mut quote: Option<char> = None;
    for (i, c) in s.char_indices().skip(1) {
        if quote.is_none() && c == '<' {
            // A second "<" before any ">": the first one started no tag.
            return i;
        }
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '"' | '\'') => quote = Some(c),
            (None, '>') => return i + 1,
            _ => {}
        }
    }
    s.len()
}

/// Appends text, collapsing runs of whitespace (HTML's own rule) and decoding references.
fn push_text(out: &mut String, raw: &str) {
    let decoded = decode_references(raw);
    for c in decoded.chars() {
        if c.is_whitespace() && c != '\u{a0}' {
            if !(out.is_empty() || out.ends_with([' ', '\n'])) {
                out.push(' ');
            }
        } else {
            out.push(c);
        }
    }
}

fn break_line(out: &mut String) {
    while out.ends_with(' ') {
        out.pop();
    }
    if !out.is_empty() && !out.ends_with('\n') {
        out.push('\n');
    }
}

fn break_paragraph(out: &mut String) {
    break_line(out);
    if !out.is_empty() && !out.ends_with("\n\n") {
        out.push('\n');
    }
}

/// Decodes numeric references and the named ones that occur in readouts.
fn decode_references(raw: &str) -> String {
    if !raw.contains('&') {
        return raw.to_owned();
    }
    let mut out = String::with_capacity(raw.len());
    let mut rest = raw;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        let end = rest
            .char_indices()
            .take(12)
            .find(|(_, c)| *c == ';')
            .map(|(i, _)| i);
        let decoded = end.and_then(|end| reference(&rest[1..end]).map(|c| (c, end)));
        match decoded {
            Some((c, end)) => {
                out.push(c);
                rest = &rest[end + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

fn reference(name: &str) -> Option<char> {
    if let Some(number) = name.strip_prefix('#') {
        let code = match number.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => number.parse().ok()?,
        };
        return char::from_u32(code).filter(|c| *c != '\0');
    }
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => '\u{a0}',
        "rsquo" => '’',
        "lsquo" => '‘',
        "rdquo" => '”',
        "ldquo" => '“',
        "ndash" => '–',
        "mdash" => '—',
        "hellip" => '…',
        "middot" => '·',
        "bull" => '•',
        "copy" => '©',
        "eacute" => 'é',
        "shy" => '\u{ad}',
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::html_to_text;

    #[test]
    fn html_becomes_readable_text() {
        let table: &[(&str, &str)] = &[
            ("<p>One.</p><p>Two.</p>", "One.\n\nTwo."),
            (
                "<h1>Title</h1>\n<div>Body   text\n here.</div>",
                "Title\n\nBody text here.",
            ),
            ("a<br>b<br/>c", "a\nb\nc"),
            ("<ul><li>x</li><li>y</li></ul>", "x\ny"),
            (
                "<p>Tom &amp; Jerry &lt;3 &#8220;hi&#x201D; &rsquo;</p>",
                "Tom & Jerry <3 “hi” ’",
            ),
            ("<script>alert('x')</script><p>Safe</p>", "Safe"),
            ("<style>p{}</style>Text<!-- comment -->.", "Text."),
            ("<a href=\"x>y\" title='a>b'>link</a> text", "link text"),
            ("a < b and c > d", "a < b and c > d"),
            ("<p>unclosed <b>bold", "unclosed bold"),
            ("&unknown; &amp", "&unknown; &amp"),
            ("<img src=x onerror=alert(1)>Caption", "Caption"),
            ("", ""),
            ("<", "<"),
        ];
        for (html, expected) in table {
            assert_eq!(html_to_text(html), *expected, "for {html:?}");
        }
    }
}
