//! Lexicons: the keyword lists each default theme ships, and a theme's own `Keywords:` line,
//! with how an entry matches a sentence. The lexicon is what suggests before the model has
//! learnt anything.

use super::features::is_cjk;
use crate::annotation::Theme;

/// The description line that holds a theme's own lexicon: `Keywords: a, b, c`.
pub const KEYWORDS_PREFIX: &str = "Keywords:";

/// The lexicon of a default theme: lowercase word stems (matched at the start of a word; three
/// letters or fewer must match a whole word) and phrases; CJK entries match anywhere.
///
/// Each list renders the concepts of its theme's codebook description in English, German,
/// French, Spanish, Russian, Chinese (simplified and traditional), Japanese and Korean: general
/// vocabulary, written from the codebook and not from any readout, so that suggestion figures
/// measured on readouts mean something. Three rules keep it that way:
/// - no proper nouns but the ones the codebook's descriptions name (Ukraine, the Middle East,
///   the Korean peninsula, the UN, the G20, the WTO), and no event-specific phrases;
/// - no entry that is a common word of another covered language (English "war" is German
///   "was", "un" is the French and Spanish article, German "würde" is "would");
/// - no phrase copied from the bundled samples: `tests/suggest_figures.rs` fails if a phrase
///   of two or more words, or a CJK entry of three or more characters, occurs in a text of
///   `seeds/` without being in the theme's own description.
pub fn default_lexicon(theme_id: &str) -> Vec<&'static str> {
    let lines = match theme_id {
        "bilateral" => BILATERAL,
        "partnership" => PARTNERSHIP,
        "sovereignty" => SOVEREIGNTY,
        "security" => SECURITY,
        "trade" => TRADE,
        "health" => HEALTH,
        "sanctions" => SANCTIONS,
        "multilateralism" => MULTILATERALISM,
        "conflicts" => CONFLICTS,
        _ => &[],
    };
    lines
        .iter()
        .flat_map(|line| line.split(','))
        .map(str::trim)
        .filter(|w| !w.is_empty())
        .collect()
}

// One line (or two) per language, entries separated by commas as in a `Keywords:` line.

/// Relations between the two countries, friendship, history, anniversaries, visits.
const BILATERAL: &[&str] = &[
    // English
    "bilateral, relation, two countries, friendship, friendly, anniversar, people-to-people",
    "ties, visit, history",
    // German
    "beziehung, freundschaft, jahrestag, besuch, beiden länder, geschichte",
    // French
    "bilatéra, amitié, amical, deux pays, anniversaire, liens, histoire",
    // Spanish
    "relaci, amistad, dos países, aniversario, lazos, vínculo, historia",
    // Russian
    "отношени, двусторонн, двух стран, дружб, дружествен, годовщин, юбиле, визит, истори",
    // Chinese
    "双边, 关系, 友好, 友谊, 周年, 访问, 交往, 历史, 建交",
    // Chinese (traditional)
    "雙邊, 關係, 友誼, 訪問, 歷史",
    // Japanese
    "二国間, 関係, 国交, 人的交流",
    // Korean
    "양국 관계, 관계, 우호, 우정, 친선, 방문, 주년, 역사, 수교",
];

/// Mutual trust, strategic partnership, core interests, high-level exchanges.
const PARTNERSHIP: &[&str] = &[
    // English
    "partnership, strategic, trust, core interest, high-level",
    // German
    "partnerschaft, strategisch, vertrauen, kerninteresse",
    // French
    "partenariat, stratégique, confiance, intérêts fondamentaux, haut niveau",
    // Spanish
    "estratégic, confianza, intereses fundamentales, alto nivel",
    // Russian
    "партнерств, партнёрств, стратегическ, довери, коренных интересов, коренные интересы",
    "высшем уровне, высоком уровне",
    // Chinese
    "伙伴, 战略, 互信, 信任, 核心利益, 高层",
    // Chinese (traditional)
    "夥伴, 戰略, 高層",
    // Japanese
    "パートナーシップ, 戦略, 信頼, 核心的利益, ハイレベル",
    // Korean
    "파트너십, 동반자, 전략, 신뢰, 핵심 이익, 핵심이익, 고위급",
];

/// Sovereignty, territorial integrity, non-interference, dignity, independence.
const SOVEREIGNTY: &[&str] = &[
    // English
    "sovereign, territorial, territory, internal affairs, interference, independence, dignity",
    "self-determination",
    // German
    "souverän, einmischung, innere angelegenheiten, inneren angelegenheiten, unabhängigkeit",
    // French
    "souverain, ingérence, affaires intérieures, indépendance, dignité, territoire",
    // Spanish
    "soberan, injerencia, asuntos internos, independencia, dignidad, territorio",
    // Russian
    "суверен, территори, вмешательств, внутренние дела, внутренних дел, независимост",
    "достоинств",
    // Chinese
    "主权, 领土, 内政, 干涉, 独立, 尊严",
    // Chinese (traditional)
    "主權, 領土, 內政, 獨立, 尊嚴",
    // Japanese
    "主権, 干渉, 尊厳",
    // Korean
    "주권, 영토, 내정, 간섭, 독립, 존엄",
];

/// Military and defence, arms control, non-proliferation, terrorism, cyber, maritime.
const SECURITY: &[&str] = &[
    // English
    "security, defen, milit, arms, armed, armament, weapon, nuclear, proliferation, terror",
    "cyber, maritime, navigation, missile, denucleari, alliance, troops",
    // German
    "sicherheit, verteidigung, rüstung, abrüstung, waffe, nuklear, atomwaff, raketen, bündnis",
    // French
    "sécurité, défense, armes, armée, nucléaire, prolifération, dénucléaris",
    // Spanish
    "seguridad, armas, marítim, misil, proliferación, desnucleariz, alianza",
    // Russian
    "безопасност, оборон, военн, вооружен, оружи, ядерн, нераспространени, террор, кибер, ракет",
    "денуклеаризац",
    // Chinese
    "安全, 军事, 防务, 国防, 军控, 核武, 核问题, 不扩散, 防扩散, 反恐, 恐怖, 海上, 导弹, 无核化",
    "军队, 同盟",
    // Chinese (traditional)
    "軍事, 防務, 國防, 擴散, 導彈, 無核化, 軍隊",
    // Japanese
    "防衛, 兵器, 核問題, 核開発, ミサイル, 非核化, テロ, サイバー, 不拡散",
    // Korean
    "안보, 국방, 방위, 군사, 비핵화, 핵무기, 북핵, 미사일, 테러, 동맹, 사이버, 해양",
];

/// Trade, investment, energy, supply chains, infrastructure, technology, economy.
const TRADE: &[&str] = &[
    // English
    "trade, econom, investment, investor, energ, supply chain, infrastructure, technolog",
    "tariff, export, imports, business, market, commerc, financ, industr",
    // German
    "handels, außenhandel, wirtschaft, investition, lieferkette, infrastruktur, zoll, zölle",
    "markt",
    // French
    "économ, investissement, énergi, approvisionnement, douan, importation, entreprise, marché",
    // Spanish
    "comerci, económ, inversi, suministro, infraestructura, tecnolog, arancel, importaci",
    "empresa, mercado",
    // Russian
    "торгов, экономи, инвест, энерг, цепоч, инфраструктур, технолог, пошлин, экспорт, импорт",
    "бизнес, рынок, рынк, промышлен",
    // Chinese
    "贸易, 经贸, 经济, 投资, 能源, 供应链, 基础设施, 科技, 技术, 关税, 出口, 进口, 市场, 企业",
    "商务, 金融, 产业",
    // Chinese (traditional)
    "貿易, 經貿, 經濟, 投資, 供應鏈, 基礎設施, 技術, 關稅, 進口, 市場, 企業, 商務, 產業",
    // Japanese
    "経済, エネルギー, サプライチェーン, インフラ, 関税, 輸出, 輸入, 産業",
    // Korean
    "무역, 경제, 투자, 에너지, 공급망, 인프라, 기술, 관세, 수출, 기업, 통상, 산업, 금융",
];

/// Epidemics, vaccines, medical supplies, disaster relief, refugees, humanitarian aid.
const HEALTH: &[&str] = &[
    // English
    "health, epidemi, pandemi, covid, corona, virus, vaccin, medic, humanitar, refugee",
    "disaster, relief, outbreak",
    // German
    "gesundheit, impf, medizin, humanitär, flüchtling, katastroph",
    // French
    "santé, sanitaire, épidémi, pandémi, médic, humanitaire, réfugié, catastroph",
    // Spanish
    "salud, sanitari, vacuna, refugiad, desastre, catástrofe",
    // Russian
    "здравоохранени, эпидеми, пандеми, коронавирус, вирус, вакцин, медицин, санитарн",
    "гуманитарн, беженц, бедстви, катастроф",
    // Chinese
    "疫情, 卫生, 医疗, 医药, 疫苗, 新冠, 病毒, 防疫, 抗疫, 人道, 难民, 救灾, 灾害",
    // Chinese (traditional)
    "衛生, 醫療, 難民, 救災, 災害",
    // Japanese
    "感染, コロナ, ワクチン, 医療, 保健, 防災",
    // Korean
    "보건, 방역, 코로나, 백신, 의료, 인도적, 인도주의, 난민, 재난, 재해, 감염",
];

/// Sanctions, export controls, unilateral measures, pressure, threats, countermeasures.
const SANCTIONS: &[&str] = &[
    // English
    "sanction, export control, unilateral measure, restrictive measure, coerci, pressure",
    "countermeasure, embargo, threat, blacklist",
    // German
    "sanktion, druck, exportkontroll, gegenmaßnahme, drohung",
    // French
    "pression, contre-mesure, mesures unilatérales, mesures restrictives",
    "contrôle des exportations, menace",
    // Spanish
    "sanci, presión, contramedida, medidas unilaterales, control de exportaciones, amenaza",
    // Russian
    "санкци, давлени, эмбарго, ответные меры, ответных мер, контрмер, односторонние меры",
    "односторонних мер, экспортного контроля, принуждени, угроз",
    // Chinese
    "制裁, 施压, 压力, 出口管制, 单边, 反制, 胁迫, 威胁, 禁运",
    // Chinese (traditional)
    "施壓, 壓力, 單邊, 脅迫, 威脅, 禁運",
    // Japanese
    "圧力, 輸出管理, 輸出規制, 対抗措置, 威圧, 一方的, 脅威",
    // Korean
    "제재, 압박, 압력, 수출 통제, 수출통제, 보복, 위협, 강압, 일방적",
];

/// The UN, the G20, the WTO and other forums, international law and order.
const MULTILATERALISM: &[&str] = &[
    // English
    "multilateral, united nations, u.n., security council, unsc, g20, g-20, wto",
    "world trade organization, international law, international order, rules-based",
    "global governance, international organi, forum",
    // German
    "vereinten nationen, vereinte nationen, sicherheitsrat, völkerrecht, weltordnung",
    "internationale ordnung, internationalen ordnung, internationale gemeinschaft",
    "internationalen gemeinschaft",
    // French
    "multilatéra, nations unies, onu, omc, conseil de sécurité, droit international",
    "ordre international, communauté internationale, gouvernance mondiale",
    // Spanish
    "naciones unidas, consejo de seguridad, derecho internacional, orden internacional",
    "comunidad internacional, gobernanza",
    // Russian
    "многосторонн, оон, вто, совет безопасности, совбез, международного права",
    "международное право, международному праву, миропоряд, международного сообщества",
    "международное сообщество, глобального управления, двадцатк",
    // Chinese
    "多边, 联合国, 安理会, 二十国集团, 世贸, 世界贸易组织, 国际法, 国际秩序, 国际体系, 全球治理",
    "国际社会, 国际组织, 论坛",
    // Chinese (traditional)
    "多邊, 聯合國, 安理會, 二十國集團, 國際法, 國際秩序, 國際社會, 論壇",
    // Japanese
    "多国間, 国連, 安保理, 国際法, 国際秩序, 国際社会, 世界貿易機関, フォーラム",
    // Korean
    "다자, 유엔, 국제연합, 안보리, 국제법, 국제질서, 국제 질서, 국제사회, 국제 사회",
    "세계무역기구, 포럼",
];

/// Wars, hotspots and crises (Ukraine, Middle East, Korean peninsula), ceasefires.
const CONFLICTS: &[&str] = &[
    // English
    "conflict, crisis, crises, hotspot, ceasefire, cease-fire, truce, mediat, escalat",
    "hostilities, peace, violen, invasion, aggression, ukrain, middle east, korean peninsula",
    // German
    "krieg, konflikt, krise, waffenruhe, waffenstillstand, vermittl, eskal, friede, friedlich",
    "gewalt, nahost, nahen osten, koreanischen halbinsel",
    // French
    "guerre, conflit, crise, cessez-le-feu, trêve, médiation, escalade, paix, proche-orient",
    "moyen-orient, péninsule coréenne",
    // Spanish
    "guerra, alto el fuego, tregua, mediaci, escalada, paz, ucrania, oriente medio",
    "oriente próximo, península coreana",
    // Russian
    "войн, конфликт, кризис, прекращения огня, прекращение огня, перемири, посредни, эскалац",
    "урегулировани, насили, украин, ближнем восток, ближнего восток, ближний восток",
    "корейском полуостров, корейского полуостров, корейский полуостров",
    // Chinese
    "冲突, 危机, 战争, 热点, 停火, 停战, 斡旋, 调解, 和平, 局势, 暴力, 乌克兰, 中东, 半岛",
    // Chinese (traditional)
    "衝突, 危機, 戰爭, 熱點, 停戰, 調解, 局勢, 烏克蘭, 中東, 半島",
    // Japanese
    "紛争, 戦争, 停戦, 仲介, 情勢, ウクライナ",
    // Korean
    "전쟁, 분쟁, 갈등, 위기, 휴전, 정전, 중재, 평화, 긴장, 폭력, 우크라이나, 중동, 한반도",
];

fn keywords_line(line: &str) -> Option<&str> {
    let line = line.trim();
    let head = line.get(..KEYWORDS_PREFIX.len())?;
    head.eq_ignore_ascii_case(KEYWORDS_PREFIX)
        .then(|| &line[KEYWORDS_PREFIX.len()..])
}

/// A theme's lexicon: its description's `Keywords:` line when it has one (an empty line
/// switches the lexicon off), otherwise the built-in lexicon of a default theme id.
pub fn lexicon(theme: &Theme) -> Vec<String> {
    match theme.description.lines().find_map(keywords_line) {
        Some(list) => list
            .split(',')
            .map(|w| w.trim().to_lowercase())
            .filter(|w| !w.is_empty())
            .collect(),
        None => default_lexicon(&theme.id)
            .into_iter()
            .map(str::to_string)
            .collect(),
    }
}

/// A description with its `Keywords:` line replaced by `words` (for an
/// [`Edit::DescribeTheme`](crate::annotation::Edit::DescribeTheme), so a lexicon change is
/// undoable and saved with the codebook).
pub fn with_lexicon(description: &str, words: &[String]) -> String {
    let kept: Vec<&str> = description
        .lines()
        .filter(|l| keywords_line(l).is_none())
        .collect();
    let text = kept.join("\n");
    let text = text.trim_end();
    let line = format!("{KEYWORDS_PREFIX} {}", words.join(", "));
    let line = line.trim_end();
    if text.is_empty() {
        line.to_string()
    } else {
        format!("{text}\n{line}")
    }
}

/// How many of `lexicon`'s entries occur in `lowered` (already lowercased): Latin entries at
/// the start of a word (short ones as whole words), CJK entries anywhere.
pub(super) fn lexicon_hits(lowered: &str, lexicon: &[String]) -> usize {
    lexicon
        .iter()
        .filter(|entry| occurs(lowered, entry))
        .count()
}

fn occurs(text: &str, entry: &str) -> bool {
    let Some(first) = entry.chars().next() else {
        return false;
    };
    if is_cjk(first) {
        return text.contains(entry);
    }
    let whole = entry.chars().count() <= 3;
    text.match_indices(entry).any(|(at, _)| {
        let before = text[..at]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric());
        let after = !whole
            || text[at + entry.len()..]
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric());
        before && after
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::annotation::{Codebook, Color};

    fn theme(id: &str, description: &str) -> Theme {
        Theme::new(id, id, Color::rgb(0, 0, 0), description)
    }

    #[test]
    fn lexicon_comes_from_the_description_or_the_default() {
        let cases: &[(&str, &str, &[&str])] = &[
            ("health", "Epidemics", &["health", "epidemi"]),
            (
                "health",
                "Epidemics\nKeywords: Flu, vaccine ,",
                &["flu", "vaccine"],
            ),
            ("health", "keywords:", &[]),
            ("custom", "Whatever", &[]),
        ];
        for (id, description, want) in cases {
            let got = lexicon(&theme(id, description));
            if want.is_empty() {
                assert!(got.is_empty(), "{id} / {description:?}: got {got:?}");
            } else {
                assert!(
                    want.iter().all(|w| got.contains(&w.to_string())),
                    "{id} / {description:?}: expected {want:?} in {got:?}"
                );
            }
        }
    }

    #[test]
    fn default_lexicons_are_lowercase_trimmed_and_distinct() {
        // Texts are lowercased before matching, so an entry with a capital never matches; a
        // duplicate would count one word as two hits.
        let mut seen = std::collections::HashMap::new();
        for theme in &Codebook::diplomatic_default().themes {
            let entries = default_lexicon(&theme.id);
            assert!(!entries.is_empty(), "{} has a lexicon", theme.id);
            for entry in entries {
                assert_eq!(entry, entry.to_lowercase(), "{entry:?} in {}", theme.id);
                assert_eq!(entry, entry.trim(), "{entry:?} in {}", theme.id);
                let before = seen.insert(entry, theme.id.clone());
                assert!(before.is_none(), "{entry:?} in {} and {before:?}", theme.id);
            }
        }
    }

    #[test]
    fn with_lexicon_replaces_only_the_keywords_line() {
        let words = vec!["flu".to_string(), "vaccine".to_string()];
        let cases: &[(&str, &str)] = &[
            ("", "Keywords: flu, vaccine"),
            ("Epidemics", "Epidemics\nKeywords: flu, vaccine"),
            (
                "Epidemics\nKeywords: old",
                "Epidemics\nKeywords: flu, vaccine",
            ),
            (
                "Keywords: old\nEpidemics\n",
                "Epidemics\nKeywords: flu, vaccine",
            ),
        ];
        for (given, want) in cases {
            assert_eq!(with_lexicon(given, &words), *want, "given {given:?}");
        }
        assert_eq!(with_lexicon("Epidemics", &[]), "Epidemics\nKeywords:");
    }

    #[test]
    fn entries_match_at_word_starts() {
        let cases: &[(&str, &str, bool)] = &[
            ("unilateral sanctions", "sanction", true),
            ("the un charter", "un", true),
            ("unconditional", "un", false),
            ("warsaw", "war", false),
            ("the war ended", "war", true),
            ("investment", "invest", true),
            ("reinvest", "invest", false),
            ("推动两国关系发展", "两国关系", true),
            ("", "un", false),
        ];
        for (text, entry, want) in cases {
            assert_eq!(occurs(text, entry), *want, "{entry:?} in {text:?}");
        }
    }
}
