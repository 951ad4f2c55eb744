//! Chinese: the words that name a kind of exchange and the words and forms of dates.

use super::{Calendar, DateWords, EventWords, NumericOrder, Tables};

/// Chinese tables.
pub(crate) const TABLES: Tables = Tables {
    events: EventWords {
        video: &["视频", "視頻", "视讯", "視訊", "云会晤", "雲會晤"],
        phone: &[
            "通电话",
            "通電話",
            "电话",
            "電話",
            "通话",
            "通話",
            "致电",
            "致電",
        ],
        call: &[],
        call_not_before: &[],
        conversation: &[],
        talks: &["会谈", "會談", "谈判", "談判", "磋商"],
        meeting: &[
            "会见", "會見", "会晤", "會晤", "见面", "見面", "接见", "接見",
        ],
    },
    dates: DateWords {
        months: &[],
        weekdays: &[
            "星期一",
            "星期二",
            "星期三",
            "星期四",
            "星期五",
            "星期六",
            "星期日",
            "星期天",
            "周一",
            "周二",
            "周三",
            "周四",
            "周五",
            "周六",
            "周日",
        ],
        joiners: &[],
        year_suffixes: &[],
        marks: Some(("年", "月", "日")),
        eras: &[],
        numeric_order: NumericOrder::DayFirst,
        numeric_calendar: Calendar::Gregorian,
        today: &["今天", "今日", "当天", "當天", "今晚", "今晨"],
        other_day: &["昨天", "昨日", "昨晚"],
        updated: &["更新", "修改"],
    },
    title_words: &[
        "通电话",
        "会见",
        "会谈",
        "会晤",
        "通话",
        "致电",
        "通話",
        "會見",
        "會談",
    ],
    connectors: &[],
};

/// Page furniture in this language: the heading of a list of related articles that a copy
/// leaves after the readout, a line that only points to a full text copied below it, and a
/// closing formula that signs off a statement. Lower case, whole lines, general usage.
pub(crate) const PAGE_FURNITURE: super::Furniture = super::Furniture {
    related: &[
        "相关新闻",
        "相关阅读",
        "延伸阅读",
        "相关链接",
        "相关文章",
        "推荐阅读",
    ],
    pointers: &["全文如下"],
    sign_offs: &[],
};
