//! People named in Chinese: an office ("国家主席", "法国总统") followed by a name, in
//! simplified and traditional characters.

use super::{lexicon, Person};
use crate::readout::lang::{self, Language};
use crate::readout::normalise::is_cjk;

const CJK_COUNTRIES: &[&str] = &[
    "中華人民共和國",
    "美國",
    "英國",
    "法國",
    "德國",
    "韓國",
    "俄羅斯",
    "中华人民共和国",
    "俄罗斯",
    "伊朗",
    "法国",
    "美国",
    "日本",
    "英国",
    "德国",
    "印度",
    "韩国",
    "朝鲜",
    "意大利",
    "西班牙",
    "加拿大",
    "澳大利亚",
    "巴西",
    "南非",
    "埃及",
    "土耳其",
    "乌克兰",
    "巴基斯坦",
    "沙特阿拉伯",
    "沙特",
    "欧盟",
    "中国",
    "俄",
];

/// The longest Chinese office (see the Chinese people words) `s` opens with.
fn office_at(s: &str) -> Option<&'static str> {
    lang::people::words(Language::Zh)
        .offices
        .iter()
        .copied()
        .filter(|o| s.starts_with(o))
        .max_by_key(|o| o.len())
}

/// Characters that end a Chinese name: prepositions, verbs and particles that follow it.
fn ends_cjk_name(c: char) -> bool {
    !is_cjk(c)
        || matches!(
            c,
            '同' | '与'
                | '與'
                | '會'
                | '舉'
                | '說'
                | '對'
                | '進'
                | '時'
                | '將'
                | '並'
                | '還'
                | '歡'
                | '認'
                | '總'
                | '於'
                | '應'
                | '和'
                | '在'
                | '应'
                | '通'
                | '会'
                | '举'
                | '表'
                | '指'
                | '强'
                | '说'
                | '致'
                | '的'
                | '时'
                | '就'
                | '将'
                | '向'
                | '对'
                | '进'
                | '出'
                | '访'
                | '今'
                | '昨'
                | '当'
                | '共'
                | '并'
                | '及'
                | '也'
                | '还'
                | '感'
                | '祝'
                | '欢'
                | '认'
                | '希'
                | '介'
                | '提'
                | '呼'
                | '重'
                | '赞'
                | '主'
                | '先'
                | '阁'
                | '总'
                | '分'
                | '于'
                | '以'
                | '等'
        )
}

/// People named in Chinese: a title ("国家主席", "法国总统") followed by a name.
pub(crate) fn find_cjk(text: &str, start: usize, end: usize) -> Vec<Person> {
    let (s, offsets) = without_readings(text.get(start..end).unwrap_or(""));
    let s = s.as_str();
    let mut out: Vec<Person> = Vec::new();
    let mut i = 0;
    while i < s.len() {
        let rest = &s[i..];
        let Some(office) = office_at(rest) else {
            i += rest.chars().next().map_or(1, char::len_utf8);
            continue;
        };
        // "国务委员兼外长王毅": "兼" (concurrently) joins a second office to the first.
        let mut title = office.to_string();
        let mut after = i + office.len();
        while let Some(second) = s[after..].strip_prefix('兼').and_then(office_at) {
            title.push('兼');
            title.push_str(second);
            after += '兼'.len_utf8() + second.len();
        }
        let name: String = s[after..]
            .chars()
            .take_while(|&c| !ends_cjk_name(c))
            .take(5)
            .collect();
        if name.chars().count() >= 2 {
            let before = &s[..i];
            let country = CJK_COUNTRIES
                .iter()
                .find(|c| before.ends_with(**c))
                .and_then(|c| lexicon::country(c))
                .unwrap_or("");
            out.push(Person {
                name: name.clone(),
                title: title.clone(),
                country: country.to_string(),
                aliases: vec![name.clone()],
                pos: start + offsets[after],
            });
            i = after + name.len();
        } else {
            i = after;
        }
    }
    out
}

/// `s` without the readings some pages put after Han characters ("外長(zhǎng)", "國務(wù)卿":
/// ruby text flattened into the line), with each kept byte's offset in `s` (and one past the
/// end), so that names and offices read whole.
pub(crate) fn without_readings(s: &str) -> (String, Vec<usize>) {
    let mut out = String::with_capacity(s.len());
    let mut offsets = Vec::with_capacity(s.len() + 1);
    let mut i = 0;
    let mut prev_han = false;
    while i < s.len() {
        let rest = &s[i..];
        if prev_han && rest.starts_with('(') {
            if let Some(close) = rest.find(')') {
                let inner = &rest[1..close];
                if !inner.is_empty()
                    && inner.chars().count() <= 8
                    && inner.chars().all(|c| c.is_alphabetic() && !is_cjk(c))
                {
                    i += close + 1;
                    continue;
                }
            }
        }
        let c = rest.chars().next().unwrap_or(' ');
        prev_han = is_cjk(c);
        for k in 0..c.len_utf8() {
            offsets.push(i + k);
        }
        out.push(c);
        i += c.len_utf8();
    }
    offsets.push(s.len());
    (out, offsets)
}
