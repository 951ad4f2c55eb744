//! Italian.

/// Common Italian abbreviations written with a full stop, lower case, without it: titles
/// ("l'Avv. Fabrizi", "il Dott. Mesini") and words before a name or number. General usage,
/// with pySBD's Italian list (MIT licence) as a reference.
pub const ABBREVIATIONS: &[&str] = &[
    "sig", "sigg", "sigra", "dott", "avv", "ing", "geom", "prof", "dir", "amm", "psicol", "mons",
    "egr", "spett", "pag", "pagg", "tel", "ecc", "sen", "dr",
];
