//! Portuguese.

/// Common Portuguese abbreviations written with a full stop, lower case, without it
/// ("Sra. Costa", "Exmo. Senhor", "Av. Paulista", "pág. 3"). General usage.
pub const ABBREVIATIONS: &[&str] = &[
    "sr", "sra", "srs", "srta", "dra", "exmo", "exma", "ilmo", "av", "pág", "págs", "tel", "cia",
    "prof", "profa", "eng", "gen", "cel",
];
