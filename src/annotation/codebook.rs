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
        }
    }

    /// The same theme with this shortcut key asked for (the codebook settles clashes).
    pub fn with_key(mut self, key: Option<char>) -> Self {
        self.key = key;
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

#[cfg(test)]
mod tests {
    use super::*;

    fn theme(id: &str, key: Option<char>) -> Theme {
        Theme::new(id, id, Color::rgb(1, 2, 3), "").with_key(key)
    }

    fn keys(book: &Codebook) -> Vec<(&str, Option<char>)> {
        book.themes.iter().map(|t| (t.id.as_str(), t.key)).collect()
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
