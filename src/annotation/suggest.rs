//! Theme suggestions for sentences not labelled yet.
//!
//! Two sources, blended per theme: a keyword lexicon (each default theme ships one; any theme
//! can carry its own in a `Keywords:` line of its description, so it travels with the
//! codebook through export and import with no format change), and a naive Bayes model over
//! word and bigram features trained on the user's own labels. The model is a table of counts,
//! so adding or removing one labelled sentence is a handful of hash updates (microseconds),
//! and it takes over from the lexicon as a theme collects examples.
//!
//! Suggestions are never labels: they become labels only through an [`Edit`] the user
//! accepts. [`held_out`] and [`leave_one_out`] measure how often they are right on a
//! workspace's own labels. How the default lexicon fares on readouts it was not written from
//! is measured in `tests/suggest_figures.rs`.

use std::collections::HashMap;
use std::rc::Rc;

use super::{AnnotatedDocument, Codebook, Edit, SentenceId, Theme, Workspace};
use crate::fnv;

/// The description line that holds a theme's own lexicon: `Keywords: a, b, c`.
pub const KEYWORDS_PREFIX: &str = "Keywords:";

/// Suggestions below this confidence are not shown at all.
pub const MIN_CONFIDENCE: f64 = 0.5;

/// How many examples of a theme make the model count as much as the lexicon.
const MODEL_HALF_WEIGHT: f64 = 20.0;

/// What the blend assumes for a theme when the lexicon finds nothing.
const LEXICON_SILENT: f64 = 0.1;

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
/// [`Edit::DescribeTheme`], so a lexicon change is undoable and saved with the codebook).
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
fn lexicon_hits(lowered: &str, lexicon: &[String]) -> usize {
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

/// Whether `c` belongs to a script written without spaces between words (CJK ideographs,
/// kana, Hangul syllables): lexicon entries starting with one match anywhere in a text.
pub fn is_cjk(c: char) -> bool {
    matches!(c,
        '\u{3040}'..='\u{30ff}' | '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}'
        | '\u{f900}'..='\u{faff}' | '\u{ac00}'..='\u{d7af}')
}

/// Words that say nothing about a theme (English and German function words, reporting verbs).
const STOPWORDS: &[&str] = &[
    "the",
    "and",
    "of",
    "to",
    "in",
    "on",
    "for",
    "with",
    "a",
    "an",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "by",
    "as",
    "at",
    "that",
    "this",
    "it",
    "its",
    "their",
    "his",
    "her",
    "he",
    "she",
    "they",
    "we",
    "our",
    "from",
    "or",
    "but",
    "not",
    "will",
    "would",
    "should",
    "can",
    "could",
    "has",
    "have",
    "had",
    "also",
    "both",
    "two",
    "all",
    "other",
    "said",
    "say",
    "says",
    "which",
    "who",
    "what",
    "into",
    "such",
    "than",
    "then",
    "there",
    "these",
    "those",
    "noted",
    "stressed",
    "pointed",
    "out",
    "expressed",
    "side",
    "sides",
    "der",
    "die",
    "das",
    "und",
    "den",
    "dem",
    "des",
    "ein",
    "eine",
    "mit",
    "von",
    "zu",
    "im",
    "auf",
    "für",
    "ist",
    "sich",
    "es",
    "auch",
    "um",
];

/// Lowercased content words of a text: runs of letters and digits without stopwords, a
/// plural `s` dropped; CJK characters one by one (they have no spaces to split on).
pub(super) fn content_words(text: &str) -> Vec<String> {
    fn flush(word: &mut String, out: &mut Vec<String>) {
        if word.chars().count() >= 2 && !STOPWORDS.contains(&word.as_str()) {
            let plural =
                word.ends_with('s') && !["ss", "is", "us"].iter().any(|e| word.ends_with(e));
            if word.len() > 3 && plural {
                word.pop();
            }
            out.push(std::mem::take(word));
        }
        word.clear();
    }
    let mut out = Vec::new();
    let mut word = String::new();
    for c in text.chars() {
        if is_cjk(c) {
            flush(&mut word, &mut out);
            out.push(c.to_string());
        } else if c.is_alphanumeric() {
            word.extend(c.to_lowercase());
        } else {
            flush(&mut word, &mut out);
        }
    }
    flush(&mut word, &mut out);
    out
}

/// FNV-1a (see [`crate::fnv`]): features are kept as 64-bit hashes so the model stores no
/// strings. The unit separator 0x1f stands between parts.
fn hash(parts: &[&str]) -> u64 {
    parts.iter().enumerate().fold(fnv::OFFSET, |h, (i, p)| {
        fnv::extend(h, p.bytes().chain((i + 1 < parts.len()).then_some(0x1f)))
    })
}

/// A sentence's features: its content words and adjacent pairs of them, each counted once
/// (presence, not frequency, works better for short texts: Wang & Manning 2012).
pub fn features(text: &str) -> Vec<u64> {
    let words = content_words(text);
    let mut out: Vec<u64> = words.iter().map(|w| hash(&[w])).collect();
    out.extend(words.windows(2).map(|p| hash(&[&p[0], &p[1]])));
    out.sort_unstable();
    out.dedup();
    out
}

/// Feature counts over a set of sentences.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
struct Counts {
    sentences: u32,
    total: u64,
    features: HashMap<u64, u32>,
}

impl Counts {
    fn add(&mut self, features: &[u64]) {
        self.sentences += 1;
        self.total += features.len() as u64;
        for f in features {
            *self.features.entry(*f).or_default() += 1;
        }
    }

    fn remove(&mut self, features: &[u64]) {
        self.sentences = self.sentences.saturating_sub(1);
        self.total = self.total.saturating_sub(features.len() as u64);
        for f in features {
            if let Some(n) = self.features.get_mut(f) {
                *n = n.saturating_sub(1);
                if *n == 0 {
                    self.features.remove(f);
                }
            }
        }
    }

    fn count(&self, feature: u64) -> u32 {
        self.features.get(&feature).copied().unwrap_or(0)
    }
}

/// A multinomial naive Bayes model per theme (present against absent, Laplace smoothing)
/// over binary word and bigram features, trained on labelled sentences.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Model {
    all: Counts,
    themes: HashMap<String, Counts>,
}

impl Model {
    /// Adds one coded sentence (its themes may be empty: then it counts against every theme).
    pub fn observe(&mut self, text: &str, themes: &[String]) {
        self.add_features(&features(text), themes);
    }

    /// Removes a sentence added earlier with the same text and themes.
    pub fn forget(&mut self, text: &str, themes: &[String]) {
        self.remove_features(&features(text), themes);
    }

    /// Follows a sentence's label change as the page records it: only labelled sentences
    /// are examples (an unlabelled one may simply not have been read yet).
    pub fn relabel(&mut self, text: &str, before: &[String], after: &[String]) {
        let f = features(text);
        if !before.is_empty() {
            self.remove_features(&f, before);
        }
        if !after.is_empty() {
            self.add_features(&f, after);
        }
    }

    fn add_features(&mut self, features: &[u64], themes: &[String]) {
        self.all.add(features);
        for t in themes {
            self.themes.entry(t.clone()).or_default().add(features);
        }
    }

    fn remove_features(&mut self, features: &[u64], themes: &[String]) {
        self.all.remove(features);
        for t in themes {
            if let Some(c) = self.themes.get_mut(t) {
                c.remove(features);
            }
        }
    }

    /// Sentences the model has learnt from.
    pub fn examples(&self) -> usize {
        self.all.sentences as usize
    }

    /// Sentences labelled with `theme` among them.
    pub fn positives(&self, theme: &str) -> usize {
        self.themes.get(theme).map_or(0, |c| c.sentences as usize)
    }

    /// Probability that a sentence with these features carries `theme`; `None` until the
    /// model has seen both a sentence with it and one without.
    pub fn probability(&self, features: &[u64], theme: &str) -> Option<f64> {
        let pos = self.themes.get(theme)?;
        let neg_sentences = self.all.sentences.checked_sub(pos.sentences)?;
        if pos.sentences == 0 || neg_sentences == 0 {
            return None;
        }
        let vocabulary = self.all.features.len() as f64;
        let neg_total = self.all.total.saturating_sub(pos.total) as f64;
        let pos_total = pos.total as f64;
        let mut log_odds =
            ((f64::from(pos.sentences) + 1.0) / (f64::from(neg_sentences) + 1.0)).ln();
        for &f in features {
            let all = self.all.count(f);
            if all == 0 {
                continue;
            }
            let p = pos.count(f);
            let n = all.saturating_sub(p);
            log_odds += ((f64::from(p) + 1.0) / (pos_total + vocabulary)).ln()
                - ((f64::from(n) + 1.0) / (neg_total + vocabulary)).ln();
        }
        Some(1.0 / (1.0 + (-log_odds).exp()))
    }
}

/// One suggested theme for a sentence.
#[derive(Clone, Debug, PartialEq)]
pub struct Suggestion {
    /// Theme id.
    pub theme: String,
    /// Between [`MIN_CONFIDENCE`] and 1.
    pub confidence: f64,
}

/// Lexicons and model together: what the page asks for suggestions.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Suggester {
    lexicons: Vec<(String, Vec<String>)>,
    model: Model,
}

impl Suggester {
    /// A suggester with the codebook's lexicons and a model that has learnt nothing yet.
    pub fn new(codebook: &Codebook) -> Self {
        Self {
            lexicons: codebook
                .themes
                .iter()
                .map(|t| (t.id.clone(), lexicon(t)))
                .collect(),
            model: Model::default(),
        }
    }

    /// A suggester trained on every labelled sentence of the workspace.
    pub fn train(workspace: &Workspace) -> Self {
        let mut s = Self::new(&workspace.codebook);
        for d in &workspace.documents {
            for sentence in d.sentences.iter().filter(|s| s.is_labelled()) {
                s.model.observe(d.sentence_text(sentence), &sentence.themes);
            }
        }
        s
    }

    /// The model, to follow label changes with [`Model::relabel`] instead of retraining.
    pub fn model_mut(&mut self) -> &mut Model {
        &mut self.model
    }

    /// The model.
    pub fn model(&self) -> &Model {
        &self.model
    }

    fn scores(&self, text: &str, features: &[u64]) -> Vec<Suggestion> {
        let lowered = text.to_lowercase();
        let mut out: Vec<Suggestion> = self
            .lexicons
            .iter()
            .filter_map(|(theme, lexicon)| {
                let hits = lexicon_hits(&lowered, lexicon);
                let from_lexicon = match hits {
                    0 => None,
                    1 => Some(0.6),
                    2 => Some(0.75),
                    _ => Some(0.85),
                };
                let confidence = match self.model.probability(features, theme) {
                    Some(p) => {
                        let k = self.model.positives(theme) as f64;
                        let w = k / (k + MODEL_HALF_WEIGHT);
                        w * p + (1.0 - w) * from_lexicon.unwrap_or(LEXICON_SILENT)
                    }
                    None => from_lexicon?,
                };
                (confidence >= MIN_CONFIDENCE).then(|| Suggestion {
                    theme: theme.clone(),
                    confidence,
                })
            })
            .collect();
        out.sort_by(|a, b| b.confidence.total_cmp(&a.confidence));
        out
    }

    /// Themes suggested for a text, most confident first.
    pub fn suggest(&self, text: &str) -> Vec<Suggestion> {
        self.scores(text, &features(text))
    }

    /// Suggestions for the document's unlabelled sentences that have any, in text order.
    pub fn suggest_document(&self, doc: &AnnotatedDocument) -> Vec<(SentenceId, Vec<Suggestion>)> {
        doc.sentences
            .iter()
            .filter(|s| !s.is_labelled())
            .map(|s| (s.id, self.suggest(doc.sentence_text(s))))
            .filter(|(_, v)| !v.is_empty())
            .collect()
    }
}

/// The suggestions at or above `threshold`, as (sentence, themes) picks for [`accept_edit`].
pub fn above(
    suggestions: &[(SentenceId, Vec<Suggestion>)],
    threshold: f64,
) -> Vec<(SentenceId, Vec<String>)> {
    suggestions
        .iter()
        .map(|(id, v)| {
            let themes = v
                .iter()
                .filter(|s| s.confidence >= threshold)
                .map(|s| s.theme.clone());
            (*id, themes.collect::<Vec<_>>())
        })
        .filter(|(_, t)| !t.is_empty())
        .collect()
}

/// One edit (one undo step) adding the picked themes to their sentences; themes a sentence
/// already has and unknown sentences are skipped, so the edit may change nothing.
pub fn accept_edit(doc: &AnnotatedDocument, picks: &[(SentenceId, Vec<String>)]) -> Edit {
    let ids: Vec<SentenceId> = picks.iter().map(|(id, _)| *id).collect();
    let changes = doc
        .sentences_by_id(&ids)
        .into_iter()
        .zip(picks)
        .filter_map(|(s, (id, themes))| {
            let s = s?;
            let mut next = s.themes.clone();
            for t in themes {
                if !next.contains(t) {
                    next.push(t.clone());
                }
            }
            (next.len() > s.themes.len()).then_some((*id, next))
        })
        .collect();
    Edit::SetThemes {
        doc: doc.id.clone(),
        changes,
    }
}

/// A coded sentence: its text and the themes a coder gave it (possibly none).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Example<'a> {
    /// The sentence's text.
    pub text: &'a str,
    /// Its themes.
    pub themes: &'a [String],
}

/// Every sentence of the workspace as an example, in document and text order.
pub fn examples(workspace: &Workspace) -> Vec<Example<'_>> {
    workspace
        .documents
        .iter()
        .flat_map(|d| {
            d.sentences.iter().map(|s| Example {
                text: d.sentence_text(s),
                themes: &s.themes,
            })
        })
        .collect()
}

/// Suggestion counts for one theme.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ThemeScore {
    /// Theme id (`"all"` for the total).
    pub id: String,
    /// Suggested and labelled.
    pub true_positives: usize,
    /// Suggested, not labelled.
    pub false_positives: usize,
    /// Labelled, not suggested.
    pub false_negatives: usize,
}

impl ThemeScore {
    /// Share of suggestions that were right; `None` when nothing was suggested.
    pub fn precision(&self) -> Option<f64> {
        let n = self.true_positives + self.false_positives;
        (n > 0).then(|| self.true_positives as f64 / n as f64)
    }

    /// Share of labels that were suggested; `None` when the theme never occurs.
    pub fn recall(&self) -> Option<f64> {
        let n = self.true_positives + self.false_negatives;
        (n > 0).then(|| self.true_positives as f64 / n as f64)
    }
}

/// How suggestions fared against a coder's labels.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Evaluation {
    /// Per theme, in codebook order.
    pub themes: Vec<ThemeScore>,
    /// Sentences tested.
    pub sentences: usize,
}

impl Evaluation {
    /// Counts over all themes (micro-average).
    pub fn total(&self) -> ThemeScore {
        let mut t = ThemeScore {
            id: "all".into(),
            ..ThemeScore::default()
        };
        for s in &self.themes {
            t.true_positives += s.true_positives;
            t.false_positives += s.false_positives;
            t.false_negatives += s.false_negatives;
        }
        t
    }

    fn new(codebook: &Codebook) -> Self {
        let themes = codebook
            .themes
            .iter()
            .map(|t| ThemeScore {
                id: t.id.clone(),
                ..ThemeScore::default()
            })
            .collect();
        Self {
            themes,
            sentences: 0,
        }
    }

    fn record(&mut self, suggested: &[Suggestion], threshold: f64, truth: &[String]) {
        self.sentences += 1;
        for score in &mut self.themes {
            let said = suggested
                .iter()
                .any(|s| s.theme == score.id && s.confidence >= threshold);
            match (said, truth.contains(&score.id)) {
                (true, true) => score.true_positives += 1,
                (true, false) => score.false_positives += 1,
                (false, true) => score.false_negatives += 1,
                (false, false) => {}
            }
        }
    }
}

/// Scores a trained suggester on test examples: a suggestion at or above `threshold` counts.
pub fn evaluate(
    suggester: &Suggester,
    codebook: &Codebook,
    test: &[Example<'_>],
    threshold: f64,
) -> Evaluation {
    let mut e = Evaluation::new(codebook);
    for x in test {
        e.record(&suggester.suggest(x.text), threshold, x.themes);
    }
    e
}

/// Trains on every other sentence (the first, third, ...) as a user who labelled half of the
/// workspace, and scores suggestions on the rest (every coded sentence, labelled or not).
pub fn held_out(workspace: &Workspace, threshold: f64) -> Evaluation {
    let all = examples(workspace);
    let mut suggester = Suggester::new(&workspace.codebook);
    for x in all.iter().step_by(2).filter(|x| !x.themes.is_empty()) {
        suggester.model.observe(x.text, x.themes);
    }
    let test: Vec<Example<'_>> = all.iter().skip(1).step_by(2).copied().collect();
    evaluate(&suggester, &workspace.codebook, &test, threshold)
}

/// "Suggestions right N% of the time in this workspace": each labelled sentence is taken out
/// of the model, suggested for, and put back. At most `limit` sentences, spread evenly, are
/// tested to bound the cost. `None` with fewer than ten labelled sentences.
pub fn leave_one_out(workspace: &Workspace, threshold: f64, limit: usize) -> Option<Evaluation> {
    let labelled: Vec<Example<'_>> = examples(workspace)
        .into_iter()
        .filter(|x| !x.themes.is_empty())
        .collect();
    if labelled.len() < 10 || limit == 0 {
        return None;
    }
    let mut suggester = Suggester::train(workspace);
    let step = labelled.len().div_ceil(limit);
    let mut e = Evaluation::new(&workspace.codebook);
    for x in labelled.iter().step_by(step) {
        let f = features(x.text);
        suggester.model.remove_features(&f, x.themes);
        e.record(&suggester.scores(x.text, &f), threshold, x.themes);
        suggester.model.add_features(&f, x.themes);
    }
    Some(e)
}

/// Brings a suggester trained on `before` up to date with `after` by relabelling only the
/// sentences whose labels changed (pointer-equal sentences are skipped without a look), so a
/// label costs the page one sentence's features, not a retraining. Returns `None` when the
/// codebook changed, which needs a fresh [`Suggester::train`].
pub fn follow(suggester: &mut Suggester, before: &Workspace, after: &Workspace) -> Option<()> {
    if before.codebook != after.codebook {
        return None;
    }
    let model = suggester.model_mut();
    let empty: &[Rc<crate::annotation::Sentence>] = &[];
    for doc in &after.documents {
        let old = before.document(&doc.id);
        if old.is_some_and(|old| Rc::ptr_eq(old, doc)) {
            continue;
        }
        let old_sentences = old.map_or(empty, |d| d.sentences.as_slice());
        // Sentences are in text order in both: walk them together by id.
        let by_id: std::collections::HashMap<SentenceId, &Rc<crate::annotation::Sentence>> =
            old_sentences.iter().map(|s| (s.id, s)).collect();
        for s in &doc.sentences {
            match by_id.get(&s.id) {
                Some(o) if Rc::ptr_eq(o, s) => {}
                Some(o) if o.span == s.span => {
                    if o.themes != s.themes {
                        model.relabel(doc.sentence_text(s), &o.themes, &s.themes);
                    }
                }
                Some(o) => {
                    // Split or merged: the old text goes, the new one comes.
                    let old_doc = old.map(|d| &**d).unwrap_or(doc);
                    model.relabel(old_doc.sentence_text(o), &o.themes, &[]);
                    model.relabel(doc.sentence_text(s), &[], &s.themes);
                }
                None => model.relabel(doc.sentence_text(s), &[], &s.themes),
            }
        }
        let kept: std::collections::HashSet<SentenceId> =
            doc.sentences.iter().map(|s| s.id).collect();
        if let Some(old) = old {
            for o in old.sentences.iter().filter(|o| !kept.contains(&o.id)) {
                model.relabel(old.sentence_text(o), &o.themes, &[]);
            }
        }
    }
    for old in &before.documents {
        if after.document(&old.id).is_none() {
            for o in &old.sentences {
                model.relabel(old.sentence_text(o), &o.themes, &[]);
            }
        }
    }
    Some(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::annotation::Color;

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

    #[test]
    fn content_words_drop_stopwords_and_plurals() {
        let cases: &[(&str, &[&str])] = &[
            (
                "The two sides discussed sanctions.",
                &["discussed", "sanction"],
            ),
            ("Russia’s crisis", &["russia", "crisis"]),
            ("中法关系", &["中", "法", "关", "系"]),
            ("", &[]),
        ];
        for (text, want) in cases {
            assert_eq!(content_words(text), *want, "given {text:?}");
        }
    }

    #[test]
    fn model_learns_and_forgets() {
        let health = vec!["health".to_string()];
        let trade = vec!["trade".to_string()];
        let mut m = Model::default();
        assert_eq!(m.probability(&features("vaccines"), "health"), None);
        m.observe("vaccines and medical teams", &health);
        m.observe("tariffs and investment", &trade);
        let p = m.probability(&features("medical vaccines"), "health");
        assert!(p.is_some_and(|p| p > 0.5), "{p:?}");
        let before = m.clone();
        m.observe("a third sentence", &health);
        m.forget("a third sentence", &health);
        assert_eq!(m, before);
        m.relabel("tariffs and investment", &trade, &[]);
        assert_eq!(m.examples(), 1);
        assert_eq!(m.positives("trade"), 0);
    }

    #[test]
    fn accept_edit_adds_only_new_themes() {
        let doc = AnnotatedDocument::parse(
            "Title\n\nThe leaders discussed trade. They discussed health.",
        );
        let ids: Vec<SentenceId> = doc.sentences.iter().map(|s| s.id).collect();
        let picks: Vec<(SentenceId, Vec<String>)> = ids
            .iter()
            .map(|&id| (id, vec!["trade".to_string()]))
            .chain([(999, vec!["x".into()])])
            .collect();
        let Edit::SetThemes { changes, .. } = accept_edit(&doc, &picks) else {
            panic!("accept_edit makes a SetThemes edit");
        };
        assert_eq!(changes.len(), ids.len());
        let suggestions = vec![(
            1,
            vec![
                Suggestion {
                    theme: "a".into(),
                    confidence: 0.9,
                },
                Suggestion {
                    theme: "b".into(),
                    confidence: 0.6,
                },
            ],
        )];
        assert_eq!(above(&suggestions, 0.8), vec![(1, vec!["a".to_string()])]);
        assert!(above(&suggestions, 0.95).is_empty());
    }
}
