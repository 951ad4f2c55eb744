//! What makes a line page furniture on its own: whole-line phrases, openings and words that only
//! menus, share buttons, footers and screen readers' labels carry, and the shapes of such
//! lines (a row of share buttons, a bracketed link, a breadcrumb). `classify` reads a line
//! as noise when one of these holds.

use super::title::exchange_words;
use super::{has_terminal, word_count};
use crate::readout::normalise::is_cjk;

/// Page furniture that is a whole line by itself, compared case-insensitively after trimming
/// a final colon.
pub(super) fn is_noise_phrase(lower: &str) -> bool {
    matches!(
        lower,
        "share"
            | "print"
            | "email"
            | "e-mail"
            | "tweet"
            | "facebook"
            | "twitter"
            | "x"
            | "linkedin"
            | "whatsapp"
            | "wechat"
            | "weibo"
            | "telegram"
            | "vk"
            | "back to index"
            | "back to top"
            | "back"
            | "top"
            | "home"
            | "menu"
            | "search"
            | "close"
            | "skip to main content"
            | "skip to content"
            | "main content"
            | "main navigation"
            | "navigation"
            | "breadcrumb"
            | "related"
            | "related articles"
            | "related news"
            | "related content"
            | "more"
            | "read more"
            | "print this page"
            | "print version"
            | "printer friendly"
            | "printer-friendly version"
            | "text version"
            | "pdf version"
            | "filed under"
            | "tags"
            | "topics"
            | "categories"
            | "photo"
            | "video"
            | "audio"
            | "subscribe"
            | "contact us"
            | "copyright"
            | "disclaimer"
            | "publication status"
            | "published in section"
            | "publication date"
            | "last updated"
            | "last updated at"
            | "###"
            | "***"
            | "* * *"
            | "—"
            | "-"
            | "end"
            | "(end)"
            | "font size"
            | "a a a"
            | "a+ a-"
            | "listen"
            | "download"
            | "download pdf"
            | "previous"
            | "next"
            | "latest news"
            | "news"
            | "readouts"
            | "statements and releases"
            | "briefing room"
            | "press releases"
            | "печать"
            | "версия для печати"
            | "поделиться"
            | "главная"
            | "назад"
            | "наверх"
            | "текстовая версия"
            | "статус публикации"
            | "дата публикации"
            | "打印"
            | "分享"
            | "关闭"
            | "关闭窗口"
            | "【打印】"
            | "【关闭】"
            | "返回"
            | "顶部"
            | "返回顶部"
            | "【大 中 小】"
            | "drucken"
            | "teilen"
            | "zurück"
            | "nach oben"
            | "seite drucken"
            | "imprimer"
            | "partager"
    )
}

/// Line openings that mark furniture or footers ("Photo of ...", "Published in section: Press").
pub(super) const NOISE_PREFIXES: &[&str] = &[
    "photo of ",
    "photo:",
    "image:",
    "photo credit",
    "published in section",
    "publication date",
    "last updated",
    "filed under",
    "share this",
    "tags:",
    "topics:",
    "source:",
    "related:",
    "copyright",
    "©",
    "all rights reserved",
    "声明",
    "免责声明",
    "责任编辑",
    "来源:",
    "来源：",
    "编辑:",
    "编辑：",
    "【责任编辑",
    "pressemitteilung",
    "press release no",
    "skip to",
    "follow us",
    "sign up",
    "subscribe to",
    "you are here",
    "site map",
    "terms of use",
    "privacy policy",
    "cookie",
    "版权所有",
    "转载",
    "(责任编辑",
    "（责任编辑",
];

/// Words in a footer line that only page furniture carries.
pub(super) const NOISE_INFIXES: &[&str] = &[
    "all rights reserved",
    "如侵权",
    "转载请",
    "cookies",
    "javascript",
    "privacy policy",
    "terms of use",
];

/// Social networks whose names a row of share buttons leaves behind.
const SOCIAL_NETWORKS: &[&str] = &[
    "facebook",
    "twitter",
    "linkedin",
    "whatsapp",
    "telegram",
    "wechat",
    "weibo",
    "reddit",
    "pinterest",
    "instagram",
    "youtube",
    "google-plus",
    "googleplus",
    "tumblr",
    "vk",
    "email",
];

/// A row of share buttons copied as text ("facebook twitter linkedin2 …"): two social
/// networks named in one line of a few words.
pub(super) fn is_share_row(lower: &str) -> bool {
    let words: Vec<&str> = lower
        .split(|c: char| c.is_whitespace() || matches!(c, '|' | '·' | ','))
        .filter(|w| !w.is_empty())
        .collect();
    let named = words
        .iter()
        .filter(|w| {
            let bare = w.trim_end_matches(|c: char| c.is_ascii_digit());
            SOCIAL_NETWORKS.contains(&bare)
        })
        .count();
    words.len() <= 20 && named >= 2
}

/// Share links that only a short line carries ("Suggest to a friend", "Email this page").
pub(super) const SHORT_LINE_NOISE: &[&str] = &[
    "to a friend",
    "tell a friend",
    "email this",
    "e-mail this",
    "share on",
    "share via",
];

/// Words that name parts of a page's layout: a short line made only of them ("Main
/// Container", "Skip to main content", "Top of page") is a screen reader's landmark label.
const LAYOUT_WORDS: &[&str] = &[
    "main",
    "content",
    "container",
    "header",
    "footer",
    "navigation",
    "nav",
    "menu",
    "sidebar",
    "wrapper",
    "banner",
    "skip",
    "to",
    "top",
    "of",
    "page",
    "section",
    "region",
    "primary",
    "secondary",
    "site",
];

pub(super) fn is_layout_label(lower: &str) -> bool {
    let words: Vec<&str> = lower.split_whitespace().collect();
    (1..=4).contains(&words.len()) && words.iter().all(|w| LAYOUT_WORDS.contains(w))
}

/// An image's alternative text left behind by a copy: a short line naming a logo or crest
/// ("Prime Minister Crest", "Ministry logo").
pub(super) fn is_image_label(lower: &str) -> bool {
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    words.len() <= 5
        && words
            .last()
            .is_some_and(|w| matches!(*w, "logo" | "crest" | "emblem" | "icon" | "coat-of-arms"))
}

/// A search box's label ("Search our archives", "Site search"): the word "search" in a short
/// line that names no exchange (so "Talks on search and rescue" stays a heading).
pub(super) fn is_search_box(lower: &str) -> bool {
    contains_word(lower, "search") && exchange_words(lower) == 0
}

/// A link's label in brackets on a line of its own ("<Suggest To A Friend>", "[Print]").
pub(super) fn is_link_label(content: &str) -> bool {
    let pairs = [('<', '>'), ('[', ']'), ('【', '】'), ('〔', '〕')];
    pairs.iter().any(|&(open, close)| {
        content.starts_with(open)
            && content.ends_with(close)
            && word_count(content) <= 6
            && !content[open.len_utf8()..content.len() - close.len_utf8()].contains([open, close])
    })
}

/// True when `word` occurs in `hay` as a whole word (or anywhere, for CJK markers).
fn contains_word(hay: &str, word: &str) -> bool {
    if word.chars().any(is_cjk) {
        return hay.contains(word);
    }
    hay.split(|c: char| !c.is_alphanumeric()).any(|w| w == word)
}

/// "Home > China News", "News / Readouts": short segments joined by arrows or slashes.
pub(super) fn is_breadcrumb(content: &str) -> bool {
    let seps = [" > ", " » ", " › ", " / ", " | ", ">>", "＞"];
    seps.iter().any(|sep| content.contains(sep))
        && word_count(content) <= 10
        && !has_terminal(content)
}
