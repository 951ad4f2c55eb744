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
}

impl Theme {
    /// A theme from its parts.
    pub fn new(id: &str, name: &str, color: Color, description: &str) -> Self {
        Self {
            id: id.to_string(),
            name: name.to_string(),
            color,
            description: description.to_string(),
        }
    }
}

/// The ordered list of themes. The order is meaningful: the first nine themes get the
/// keyboard shortcuts 1–9, so reordering is how a user reassigns keys.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Codebook {
    /// Themes in display (and key) order; ids are unique.
    pub themes: Vec<Theme>,
}

impl Codebook {
    /// A codebook from a list of themes, in order.
    pub fn new(themes: Vec<Theme>) -> Self {
        Self { themes }
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

    /// The shortcut key of the theme at `index`: `'1'`..=`'9'` for the first nine, none after.
    pub fn key_of_index(index: usize) -> Option<char> {
        if index < 9 {
            char::from_digit(index as u32 + 1, 10)
        } else {
            None
        }
    }

    /// The shortcut key of the theme with this id.
    pub fn key_of(&self, id: &str) -> Option<char> {
        self.index_of(id).and_then(Self::key_of_index)
    }

    /// The theme a shortcut key selects (`'1'` is the first theme).
    pub fn theme_for_key(&self, key: char) -> Option<&Theme> {
        let n = key.to_digit(10)?;
        if n == 0 {
            return None;
        }
        self.themes.get(n as usize - 1)
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
