//! The codebook: the themes a researcher codes sentences with.

use std::fmt;

/// A colour in `#rrggbb` form.
///
/// Stored as three bytes rather than a string so that an imported colour can never carry
/// anything but a colour into the page's styles (names and notes are text; colours are data).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Color {
    /// Red channel.
    pub r: u8,
    /// Green channel.
    pub g: u8,
    /// Blue channel.
    pub b: u8,
}

/// Why a string is not a `#rrggbb` colour.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ColorError {
    /// The rejected input, as given.
    pub input: String,
}

impl fmt::Display for ColorError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "invalid colour {:?}: expected #rrggbb", self.input)
    }
}

impl std::error::Error for ColorError {}

impl Color {
    /// A colour from its three channels.
    pub const fn rgb(r: u8, g: u8, b: u8) -> Self {
        Self { r, g, b }
    }

    /// Parses `#rrggbb` (hex digits in either case). Anything else, including the short
    /// `#rgb` form and CSS names, is refused: the file format promises exactly this shape.
    pub fn parse(s: &str) -> Result<Self, ColorError> {
        let err = || ColorError {
            input: s.to_string(),
        };
        let hex = s.strip_prefix('#').ok_or_else(err)?;
        if hex.len() != 6 || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(err());
        }
        let channel = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).map_err(|_| err());
        Ok(Self::rgb(channel(0)?, channel(2)?, channel(4)?))
    }

    /// WCAG relative luminance, 0.0 (black) to 1.0 (white).
    pub fn relative_luminance(&self) -> f64 {
        fn lin(c: u8) -> f64 {
            let c = f64::from(c) / 255.0;
            if c <= 0.039_28 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        }
        0.2126 * lin(self.r) + 0.7152 * lin(self.g) + 0.0722 * lin(self.b)
    }

    /// Black or white, whichever reads better on this colour, so that a theme chip or a
    /// highlighted sentence stays legible whatever colour the user picks.
    pub fn contrasting_text(&self) -> Color {
        let l = self.relative_luminance();
        // Contrast with black is (l + 0.05) / 0.05, with white 1.05 / (l + 0.05).
        if (l + 0.05) * (l + 0.05) > 0.0525 {
            Color::rgb(0, 0, 0)
        } else {
            Color::rgb(255, 255, 255)
        }
    }
}

impl fmt::Display for Color {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "#{:02x}{:02x}{:02x}", self.r, self.g, self.b)
    }
}

impl std::str::FromStr for Color {
    type Err = ColorError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::parse(s)
    }
}

/// One theme of the codebook.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Theme {
    /// Stable identifier written into the labels (`"health"`); never shown as the name.
    pub id: String,
    /// Human name ("Public health and humanitarian aid").
    pub name: String,
    /// Highlight colour.
    pub color: Color,
    /// What belongs under this theme, for coders who share a codebook.
    pub description: String,
    /// Its shortcut key, `'1'`..=`'9'`, held by no other theme. Stored with the theme, not
    /// derived from its position, so that merging, deleting or reordering themes never
    /// changes what another theme's key applies.
    pub key: Option<char>,
    /// The id of the theme this one sits under, when it has one: counts, charts and
    /// retrievals of the parent include this theme's sentences.
    pub parent: Option<String>,
}

impl Theme {
    /// A theme from its parts.
    pub fn new(id: &str, name: &str, color: Color, description: &str) -> Self {
        Self {
            id: id.to_string(),
            name: name.to_string(),
            color,
            description: description.to_string(),
            key: None,
            parent: None,
        }
    }

    /// The same theme with this shortcut key asked for (the codebook settles clashes).
    pub fn with_key(mut self, key: Option<char>) -> Self {
        self.key = key;
        self
    }

    /// The same theme under another theme (by id), or at the top.
    pub fn with_parent(mut self, parent: Option<&str>) -> Self {
        self.parent = parent.map(str::to_owned);
        self
    }
}

/// The colours offered for themes, with their names: the Okabe–Ito palette and Paul Tol's
/// muted palette, which stay distinguishable for readers with the common colour-vision
/// deficiencies. The default codebook's nine come first, in its order.
pub const THEME_PALETTE: [(&str, Color); 16] = [
    ("Blue", Color::rgb(0x00, 0x72, 0xb2)),
    ("Sky blue", Color::rgb(0x56, 0xb4, 0xe9)),
    ("Vermilion", Color::rgb(0xd5, 0x5e, 0x00)),
    ("Wine", Color::rgb(0x88, 0x22, 0x55)),
    ("Bluish green", Color::rgb(0x00, 0x9e, 0x73)),
    ("Orange", Color::rgb(0xe6, 0x9f, 0x00)),
    ("Reddish purple", Color::rgb(0xcc, 0x79, 0xa7)),
    ("Yellow", Color::rgb(0xf0, 0xe4, 0x42)),
    ("Olive", Color::rgb(0x99, 0x99, 0x33)),
    ("Indigo", Color::rgb(0x33, 0x22, 0x88)),
    ("Cyan", Color::rgb(0x88, 0xcc, 0xee)),
    ("Teal", Color::rgb(0x44, 0xaa, 0x99)),
    ("Green", Color::rgb(0x11, 0x77, 0x33)),
    ("Sand", Color::rgb(0xdd, 0xcc, 0x77)),
    ("Rose", Color::rgb(0xcc, 0x66, 0x77)),
    ("Purple", Color::rgb(0xaa, 0x44, 0x99)),
];

/// The shortcut keys themes can hold, in the order free keys are handed out.
pub const SHORTCUT_KEYS: [char; 9] = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];

/// True for a key a theme can hold as its shortcut.
pub fn is_shortcut_key(key: char) -> bool {
    SHORTCUT_KEYS.contains(&key)
}

/// A theme that asked for a shortcut key it could not have (another theme held it, or it is
/// not a key of 1–9), and the key it got instead.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeyReassigned {
    /// The theme's id.
    pub id: String,
    /// The theme's name, for the message.
    pub name: String,
    /// The key it asked for.
    pub asked: char,
    /// The key it was given, if any was free.
    pub given: Option<char>,
}

impl KeyReassigned {
    /// One sentence for a status line about keys changed by an import, or none.
    pub fn summary(changed: &[KeyReassigned]) -> Option<String> {
        if changed.is_empty() {
            return None;
        }
        let parts: Vec<String> = changed.iter().map(ToString::to_string).collect();
        Some(format!(
            "Some shortcut keys in the file were held twice: {}.",
            parts.join("; ")
        ))
    }
}

impl fmt::Display for KeyReassigned {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.given {
            Some(given) => write!(
                f,
                "“{}” asked for key {} but got key {given}",
                self.name, self.asked
            ),
            None => write!(
                f,
                "“{}” asked for key {} and has no key (all nine are taken)",
                self.name, self.asked
            ),
        }
    }
}

/// The ordered list of themes, in display order. Each theme holds its own shortcut key, so
/// the order is only how the list reads.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Codebook {
    /// Themes in display order; ids are unique, and so are keys.
    pub themes: Vec<Theme>,
}

impl Codebook {
    /// A codebook from a list of themes, in order, with their keys settled (see
    /// [`Codebook::settle_keys`]).
    pub fn new(themes: Vec<Theme>) -> Self {
        let mut codebook = Self { themes };
        codebook.settle_keys();
        codebook
    }

    /// Makes the keys unique and says which changed. Each theme keeps the key it asks for
    /// unless that is not one of 1–9 or an earlier theme holds it; those themes get the first
    /// free keys in codebook order while any are left. A theme that asks for no key keeps
    /// none, except in a codebook where no theme has a key at all (a codebook written by hand,
    /// or from a format without keys): there every theme gets one, in order. Returns the
    /// themes whose asked-for key went to another theme, so an import can say so.
    pub fn settle_keys(&mut self) -> Vec<KeyReassigned> {
        let fill_keyless = self.themes.iter().all(|t| t.key.is_none());
        let mut held: Vec<char> = Vec::new();
        let mut waiting: Vec<(usize, Option<char>)> = Vec::new();
        for (index, theme) in self.themes.iter_mut().enumerate() {
            match theme.key.take() {
                Some(key) if is_shortcut_key(key) && !held.contains(&key) => {
                    held.push(key);
                    theme.key = Some(key);
                }
                None if !fill_keyless => {}
                asked => waiting.push((index, asked)),
            }
        }
        let mut free = SHORTCUT_KEYS.iter().copied().filter(|k| !held.contains(k));
        let mut reassigned = Vec::new();
        for (index, asked) in waiting {
            let theme = &mut self.themes[index];
            theme.key = free.next();
            if let Some(asked) = asked {
                reassigned.push(KeyReassigned {
                    id: theme.id.clone(),
                    name: theme.name.clone(),
                    asked,
                    given: theme.key,
                });
            }
        }
        reassigned
    }

    /// The first of 1–9 that no theme holds, for a theme being added.
    pub fn first_free_key(&self) -> Option<char> {
        SHORTCUT_KEYS
            .iter()
            .copied()
            .find(|k| self.themes.iter().all(|t| t.key != Some(*k)))
    }

    /// The codebook a new workspace starts with: nine themes that cover what readouts talk
    /// about, coloured from the Okabe–Ito and Tol palettes so they stay distinguishable for
    /// colour-blind readers.
    pub fn diplomatic_default() -> Self {
        let t = |id: &str, name: &str, (r, g, b): (u8, u8, u8), description: &str| {
            Theme::new(id, name, Color::rgb(r, g, b), description)
        };
        Self::new(vec![
            t(
                "bilateral",
                "Bilateral relations and friendship",
                (0x00, 0x72, 0xb2),
                "The state of relations between the two countries: friendship, history, \
                 anniversaries, people-to-people ties, mutual visits",
            ),
            t(
                "partnership",
                "Political trust and strategic partnership",
                (0x56, 0xb4, 0xe9),
                "Mutual trust, strategic or comprehensive partnerships, support for each \
                 other's core interests, high-level exchanges",
            ),
            t(
                "sovereignty",
                "Sovereignty and territorial integrity",
                (0xd5, 0x5e, 0x00),
                "Sovereignty, territorial integrity, non-interference in internal affairs, \
                 national dignity, independence",
            ),
            t(
                "security",
                "Security and defence",
                (0x88, 0x22, 0x55),
                "Military and defence cooperation, arms control, non-proliferation, \
                 terrorism, cyber and maritime security",
            ),
            t(
                "trade",
                "Trade, economy and investment",
                (0x00, 0x9e, 0x73),
                "Trade, investment, energy, supply chains, infrastructure, technology and \
                 economic cooperation",
            ),
            t(
                "health",
                "Public health and humanitarian aid",
                (0xe6, 0x9f, 0x00),
                "Epidemics, vaccines, medical supplies, disaster relief, refugees and \
                 humanitarian assistance",
            ),
            t(
                "sanctions",
                "Sanctions and coercion",
                (0xcc, 0x79, 0xa7),
                "Sanctions, export controls, unilateral measures, pressure, threats and \
                 countermeasures",
            ),
            t(
                "multilateralism",
                "Multilateralism and international order",
                (0xf0, 0xe4, 0x42),
                "The UN, G20, WTO and other forums, international law, global governance, \
                 multilateral cooperation",
            ),
            t(
                "conflicts",
                "Regional conflicts and crises",
                (0x99, 0x99, 0x33),
                "Wars, regional hotspots and crises (Ukraine, the Middle East, the Korean \
                 peninsula, ...), ceasefires, mediation",
            ),
        ])
    }

    /// The theme with this id.
    pub fn get(&self, id: &str) -> Option<&Theme> {
        self.themes.iter().find(|t| t.id == id)
    }

    /// Position of the theme with this id.
    pub fn index_of(&self, id: &str) -> Option<usize> {
        self.themes.iter().position(|t| t.id == id)
    }

    /// True when a theme with this id exists.
    pub fn contains(&self, id: &str) -> bool {
        self.index_of(id).is_some()
    }

    /// The shortcut key of the theme with this id.
    pub fn key_of(&self, id: &str) -> Option<char> {
        self.get(id).and_then(|t| t.key)
    }

    /// The theme a shortcut key applies.
    pub fn theme_for_key(&self, key: char) -> Option<&Theme> {
        self.themes.iter().find(|t| t.key == Some(key))
    }

    /// The ids from this theme up to the top of its tree, the theme first. The walk stops at
    /// a parent the codebook lacks or one already passed, so even a damaged codebook ends.
    pub fn lineage<'a>(&'a self, id: &'a str) -> Vec<&'a str> {
        let mut out = vec![id];
        let mut at = id;
        while let Some(parent) = self.get(at).and_then(|t| t.parent.as_deref()) {
            if out.contains(&parent) || !self.contains(parent) {
                break;
            }
            out.push(parent);
            at = parent;
        }
        out
    }

    /// True when `theme` is `ancestor` or sits somewhere under it.
    pub fn is_within(&self, theme: &str, ancestor: &str) -> bool {
        self.lineage(theme).contains(&ancestor)
    }

    /// True when a sentence carrying `themes` counts toward `theme`: it carries that theme or
    /// one under it.
    pub fn counts_toward(&self, themes: &[String], theme: &str) -> bool {
        themes.iter().any(|t| self.is_within(t, theme))
    }

    /// The themes directly under this one, in codebook order.
    pub fn children_of<'a>(&'a self, id: &'a str) -> impl Iterator<Item = &'a Theme> + 'a {
        self.themes
            .iter()
            .filter(move |t| t.parent.as_deref() == Some(id))
    }

    /// The codebook as a tree, read top to bottom: each theme with its depth (0 at the top),
    /// every theme after its parent and its children in codebook order. A theme whose parent
    /// is missing, or that sits in a loop, is shown at the top so that none is ever hidden.
    pub fn tree(&self) -> Vec<(usize, &Theme)> {
        let mut out: Vec<(usize, &Theme)> = Vec::with_capacity(self.themes.len());
        let mut placed = vec![false; self.themes.len()];
        let is_root = |t: &Theme| {
            t.parent
                .as_deref()
                .is_none_or(|p| !self.contains(p) || self.is_within(p, &t.id))
        };
        for (i, root) in self.themes.iter().enumerate() {
            if placed[i] || !is_root(root) {
                continue;
            }
            let mut stack = vec![(0usize, i)];
            while let Some((depth, at)) = stack.pop() {
                if std::mem::replace(&mut placed[at], true) {
                    continue;
                }
                let theme = &self.themes[at];
                out.push((depth, theme));
                let children: Vec<usize> = (0..self.themes.len())
                    .filter(|&c| {
                        !placed[c] && self.themes[c].parent.as_deref() == Some(theme.id.as_str())
                    })
                    .collect();
                stack.extend(children.into_iter().rev().map(|c| (depth + 1, c)));
            }
        }
        out
    }

    /// For each theme, in codebook order, its own position and those of the themes above it:
    /// the columns a sentence labelled with it adds to when counts roll up.
    pub fn lineage_indices(&self) -> Vec<Vec<usize>> {
        self.themes
            .iter()
            .map(|t| {
                self.lineage(&t.id)
                    .into_iter()
                    .filter_map(|id| self.index_of(id))
                    .collect()
            })
            .collect()
    }

    /// What counting against this codebook needs: see [`ThemeRollUp`].
    pub fn roll_up(&self) -> ThemeRollUp {
        ThemeRollUp {
            positions: self
                .themes
                .iter()
                .enumerate()
                .map(|(i, t)| (t.id.clone(), i))
                .collect(),
            lineages: self.lineage_indices(),
        }
    }

    /// The theme's name with the names above it, top first ("Security › Cyber"), for lists
    /// and tables that show a theme out of its tree.
    pub fn path_name(&self, id: &str) -> String {
        let mut names: Vec<&str> = self
            .lineage(id)
            .into_iter()
            .filter_map(|id| self.get(id).map(|t| t.name.as_str()))
            .collect();
        names.reverse();
        names.join(" › ")
    }

    /// A theme to add under this name: a fresh id, the first palette colour no theme uses yet
    /// (the palette again from the start when all are used) and the first free key.
    pub fn new_theme(&self, name: &str) -> Theme {
        let used = |c: &Color| self.themes.iter().any(|t| t.color == *c);
        let color = THEME_PALETTE
            .iter()
            .map(|(_, c)| *c)
            .find(|c| !used(c))
            .unwrap_or(THEME_PALETTE[self.themes.len() % THEME_PALETTE.len()].1);
        Theme::new(&self.fresh_id(name), name, color, "").with_key(self.first_free_key())
    }

    /// An id derived from `name` that no theme uses yet, for the "add theme" form: lowercase
    /// ASCII words joined by `-`, with a numeric suffix when taken.
    pub fn fresh_id(&self, name: &str) -> String {
        let mut base = String::new();
        for c in name.chars() {
            if c.is_ascii_alphanumeric() {
                base.push(c.to_ascii_lowercase());
            } else if !base.is_empty() && !base.ends_with('-') {
                base.push('-');
            }
        }
        while base.ends_with('-') {
            base.pop();
        }
        if base.is_empty() {
            base.push_str("theme");
        }
        if !self.contains(&base) {
            return base;
        }
        (2..)
            .map(|n| format!("{base}-{n}"))
            .find(|id| !self.contains(id))
            .expect("an unbounded range always yields an unused suffix")
    }
}

/// Counting sentences by theme where a parent counts its children's sentences: built once
/// per count from a codebook ([`Codebook::roll_up`]), it gives the codebook positions a
/// sentence's themes add to, each once however many of its themes sit under it.
#[derive(Debug)]
pub struct ThemeRollUp {
    positions: std::collections::HashMap<String, usize>,
    lineages: Vec<Vec<usize>>,
}

impl ThemeRollUp {
    /// The codebook positions a sentence carrying `themes` counts toward, in the order first
    /// reached, each once. Themes the codebook lacks add to none.
    pub fn positions_of(&self, themes: &[String]) -> Vec<usize> {
        // A sentence has a few themes and a lineage a few levels: a list is the right set.
        let mut out = Vec::new();
        for t in themes {
            let Some(&at) = self.positions.get(t) else {
                continue;
            };
            for &p in &self.lineages[at] {
                if !out.contains(&p) {
                    out.push(p);
                }
            }
        }
        out
    }

    /// Adds one sentence carrying `themes` to `counts` (one per codebook theme, in order).
    pub fn count(&self, themes: &[String], counts: &mut [usize]) {
        for p in self.positions_of(themes) {
            counts[p] += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn theme(id: &str, key: Option<char>) -> Theme {
        Theme::new(id, id, Color::rgb(1, 2, 3), "").with_key(key)
    }

    fn keys(book: &Codebook) -> Vec<(&str, Option<char>)> {
        book.themes.iter().map(|t| (t.id.as_str(), t.key)).collect()
    }

    /// A codebook from (id, parent) pairs, in order.
    fn tree_of(pairs: &[(&str, Option<&str>)]) -> Codebook {
        Codebook {
            themes: pairs
                .iter()
                .map(|(id, parent)| theme(id, None).with_parent(*parent))
                .collect(),
        }
    }

    #[test]
    fn a_parent_counts_the_sentences_of_every_theme_under_it() {
        // security > cyber > ransomware; security > nuclear; trade at the top.
        let book = tree_of(&[
            ("security", None),
            ("trade", None),
            ("cyber", Some("security")),
            ("ransomware", Some("cyber")),
            ("nuclear", Some("security")),
        ]);
        // A sentence's themes, the theme asked about, whether the sentence counts toward it.
        let cases: &[(&[&str], &str, bool)] = &[
            (&["security"], "security", true),
            (&["cyber"], "security", true),
            (&["ransomware"], "security", true),
            (&["ransomware"], "cyber", true),
            (&["nuclear"], "cyber", false),
            (&["security"], "cyber", false),
            (&["trade"], "security", false),
            (&["trade", "nuclear"], "security", true),
            (&[], "security", false),
            // A theme the codebook lacks counts only toward itself.
            (&["unknown"], "unknown", true),
            (&["unknown"], "security", false),
        ];
        for (themes, asked, want) in cases {
            let themes: Vec<String> = themes.iter().map(|t| t.to_string()).collect();
            assert_eq!(
                book.counts_toward(&themes, asked),
                *want,
                "{themes:?} toward {asked}"
            );
        }
        assert_eq!(
            book.lineage("ransomware"),
            ["ransomware", "cyber", "security"]
        );
        assert_eq!(
            book.path_name("ransomware"),
            "security › cyber › ransomware"
        );
        assert_eq!(
            book.lineage_indices(),
            vec![vec![0], vec![1], vec![2, 0], vec![3, 2, 0], vec![4, 0]]
        );
        let children: Vec<&str> = book
            .children_of("security")
            .map(|t| t.id.as_str())
            .collect();
        assert_eq!(children, ["cyber", "nuclear"]);
    }

    #[test]
    fn a_sentence_counts_once_toward_each_theme_above_its_themes() {
        let book = tree_of(&[
            ("security", None),
            ("cyber", Some("security")),
            ("nuclear", Some("security")),
            ("trade", None),
        ]);
        let roll = book.roll_up();
        // A sentence's themes, the counts (security, cyber, nuclear, trade) it gives.
        let cases: &[(&[&str], [usize; 4])] = &[
            (&[], [0, 0, 0, 0]),
            (&["cyber"], [1, 1, 0, 0]),
            // Two children of one parent: the parent counts the sentence once.
            (&["cyber", "nuclear"], [1, 1, 1, 0]),
            (&["security", "cyber"], [1, 1, 0, 0]),
            (&["trade", "gone"], [0, 0, 0, 1]),
        ];
        for (themes, want) in cases {
            let themes: Vec<String> = themes.iter().map(|t| t.to_string()).collect();
            let mut counts = [0; 4];
            roll.count(&themes, &mut counts);
            assert_eq!(counts, *want, "{themes:?}");
        }
    }

    #[test]
    fn the_tree_puts_every_theme_once_after_its_parent() {
        /// Codebook as (id, parent), the tree as (depth, id).
        type Case<'a> = (&'a [(&'a str, Option<&'a str>)], &'a [(usize, &'a str)]);
        let cases: &[Case] = &[
            // Flat: the codebook's order.
            (&[("a", None), ("b", None)], &[(0, "a"), (0, "b")]),
            // A child listed before its parent still follows it.
            (
                &[("child", Some("top")), ("other", None), ("top", None)],
                &[(0, "other"), (0, "top"), (1, "child")],
            ),
            // Children keep the codebook's order; grandchildren nest deeper.
            (
                &[
                    ("a", None),
                    ("a2", Some("a")),
                    ("a1", Some("a")),
                    ("a2x", Some("a2")),
                    ("b", None),
                ],
                &[(0, "a"), (1, "a2"), (2, "a2x"), (1, "a1"), (0, "b")],
            ),
            // A missing parent puts the theme at the top.
            (&[("orphan", Some("gone"))], &[(0, "orphan")]),
            // A loop (only a damaged file has one) still shows every theme once.
            (
                &[("x", Some("y")), ("y", Some("x")), ("z", Some("x"))],
                &[(0, "x"), (1, "y"), (1, "z")],
            ),
        ];
        for (pairs, want) in cases {
            let book = tree_of(pairs);
            let got: Vec<(usize, &str)> = book
                .tree()
                .into_iter()
                .map(|(depth, t)| (depth, t.id.as_str()))
                .collect();
            assert_eq!(got, *want, "{pairs:?}");
        }
    }

    #[test]
    fn settling_keeps_asked_keys_and_gives_clashing_themes_free_ones() {
        /// Keys asked for, keys given, how many were reported.
        type Case<'a> = (&'a [Option<char>], &'a [Option<char>], usize);
        let cases: &[Case] = &[
            // No keys at all: 1, 2, 3 as before keys were stored.
            (&[None, None, None], &[Some('1'), Some('2'), Some('3')], 0),
            // Asked keys are kept, and so is a theme's lack of one.
            (
                &[Some('5'), None, Some('1')],
                &[Some('5'), None, Some('1')],
                0,
            ),
            // A clash: the earlier theme keeps the key, the later one is reported.
            (&[Some('4'), Some('4')], &[Some('4'), Some('1')], 1),
            // Not a shortcut key: treated as a clash.
            (&[Some('0'), Some('x')], &[Some('1'), Some('2')], 2),
        ];
        for (asked, expected, reported) in cases {
            let themes = asked
                .iter()
                .enumerate()
                .map(|(i, k)| theme(&format!("t{i}"), *k))
                .collect();
            let mut book = Codebook { themes };
            let reassigned = book.settle_keys();
            let got: Vec<Option<char>> = book.themes.iter().map(|t| t.key).collect();
            assert_eq!(&got, expected, "asked {asked:?}");
            assert_eq!(reassigned.len(), *reported, "asked {asked:?}");
        }
    }

    #[test]
    fn the_tenth_theme_has_no_key_and_a_clash_says_which_key_it_got() {
        let mut themes: Vec<Theme> = (0..10)
            .map(|i| theme(&format!("t{i}"), SHORTCUT_KEYS.get(i).copied()))
            .collect();
        themes.push(theme("late", Some('3')));
        let mut book = Codebook { themes };
        let reassigned = book.settle_keys();
        assert_eq!(book.key_of("t2"), Some('3'));
        assert_eq!(book.key_of("t8"), Some('9'));
        assert_eq!(book.key_of("t9"), None);
        assert_eq!(book.key_of("late"), None);
        assert_eq!(
            reassigned,
            vec![KeyReassigned {
                id: "late".into(),
                name: "late".into(),
                asked: '3',
                given: None
            }]
        );
        let summary = KeyReassigned::summary(&reassigned).expect("one change");
        assert!(
            summary.contains("“late” asked for key 3 and has no key"),
            "{summary}"
        );
        assert_eq!(KeyReassigned::summary(&[]), None);
    }

    #[test]
    fn keys_follow_the_theme_not_its_position() {
        let book = Codebook::new(vec![theme("a", Some('2')), theme("b", Some('1'))]);
        assert_eq!(book.theme_for_key('1').map(|t| t.id.as_str()), Some("b"));
        assert_eq!(book.theme_for_key('2').map(|t| t.id.as_str()), Some("a"));
        assert_eq!(book.theme_for_key('3'), None);
        assert_eq!(book.first_free_key(), Some('3'));
        assert_eq!(keys(&book), vec![("a", Some('2')), ("b", Some('1'))]);
    }

    #[test]
    fn a_new_theme_takes_an_unused_colour_and_the_first_free_key() {
        let mut book = Codebook::diplomatic_default();
        book.themes.remove(2);
        let added = book.new_theme("Climate");
        assert_eq!(added.id, "climate");
        assert_eq!(added.key, Some('3'));
        assert!(book.themes.iter().all(|t| t.color != added.color));
        assert!(THEME_PALETTE.iter().any(|(_, c)| *c == added.color));
    }
}
