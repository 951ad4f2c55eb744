//! Speakers in Chinese: a joint subject ("双方"), or a participant's name and office at the
//! sentence's start followed by a reporting verb ("习近平强调") or an event verb ("同…通电话").

use super::{Subject, Tracker};
use crate::readout::normalise::is_cjk;
use crate::readout::participants::{without_readings, Person};

const CJK_JOINT: &[&str] = &[
    "雙方",
    "兩國元首",
    "兩國領導人",
    "兩國外長",
    "双方",
    "两国元首",
    "两位领导人",
    "两国领导人",
    "两位元首",
    "两国外长",
    "两位外长",
    "两国总统",
    "两国总理",
];
const CJK_ADVERBS: &[&str] = &[
    "还",
    "也",
    "都",
    "一致",
    "均",
    "再次",
    "高度",
    "积极",
    "并",
    "同时",
    "进一步",
    "首先",
    "最后",
    "此外",
    "共同",
    "充分",
];
const CJK_VERBS: &[&str] = &[
    "表示", "指出", "强调", "说", "感谢", "欢迎", "祝贺", "认为", "希望", "介绍", "提出", "呼吁",
    "重申", "赞赏", "同意", "主张", "回顾", "表达", "谈到", "说明", "愿", "宣布", "通报", "答复",
    "回应", "建议", "邀请", "询问", "致以", "阐述", "阐明", "商定", "讨论", "交换", "就", "深表",
    "強調", "說", "感謝", "歡迎", "祝賀", "認為", "介紹", "呼籲", "讚賞", "贊賞", "主張", "回顧",
    "表達", "談到", "說明", "願", "通報", "答覆", "回應", "建議", "邀請", "詢問", "闡述", "闡明",
    "討論", "交換",
];
const CJK_EVENT: &[&str] = &["同", "与", "会见", "会谈", "通电话", "举行", "应约"];

pub(super) fn analyse_cjk(s: &str, people: &[Person], tracker: &Tracker) -> Option<Subject> {
    let (s, _) = without_readings(s);
    let s = s.trim_start_matches(|c: char| !is_cjk(c) && !c.is_alphanumeric());
    if let Some(j) = CJK_JOINT.iter().find(|j| s.starts_with(**j)) {
        let rest = &s[j.len()..];
        if CJK_ADVERBS
            .iter()
            .chain(CJK_VERBS)
            .any(|v| rest.starts_with(v))
        {
            return Some(Subject::Both);
        }
        return None;
    }
    let (who, rest) = if let Some(r) = s.strip_prefix('他').or_else(|| s.strip_prefix('她')) {
        (tracker.last_person?, r)
    } else {
        let i = people
            .iter()
            .position(|p| p.aliases.iter().any(|a| s.starts_with(a.as_str())))?;
        let alias = people[i]
            .aliases
            .iter()
            .find(|a| s.starts_with(a.as_str()))?;
        let mut r = &s[alias.len()..];
        if let Some(t) = [
            "主席",
            "总统",
            "总理",
            "首相",
            "外长",
            "国务卿",
            "總統",
            "總理",
            "外長",
            "國務卿",
        ]
        .iter()
        .find(|t| r.starts_with(**t))
        {
            r = &r[t.len()..];
        }
        (i, r)
    };
    let mut rest = rest;
    for _ in 0..3 {
        match CJK_ADVERBS.iter().find(|a| rest.starts_with(**a)) {
            Some(a) => rest = &rest[a.len()..],
            None => break,
        }
    }
    if CJK_VERBS.iter().any(|v| rest.starts_with(v)) {
        return Some(Subject::Says(who));
    }
    // "克里向王毅通报…", "潘基文对…深表关切": towards someone or something, then the verb,
    // within the clause.
    if let Some(r) = ['向', '对', '對']
        .iter()
        .find_map(|c| rest.strip_prefix(*c))
    {
        let clause = r.split([',', '，', '。']).next().unwrap_or(r);
        if CJK_VERBS
            .iter()
            .any(|v| v.chars().count() >= 2 && clause.contains(v))
        {
            return Some(Subject::Says(who));
        }
    }
    if CJK_EVENT.iter().any(|v| rest.starts_with(v)) {
        return Some(Subject::Event(who));
    }
    None
}
