//! German.

/// Common German abbreviations written with a full stop, lower case, without it ("Dr. med.
/// Meyer", "eine kath. Schule", "Nr. 5", "bzw."). General usage, with pySBD's German list
/// (MIT licence) as a reference.
pub const ABBREVIATIONS: &[&str] = &[
    "med", "dipl", "ing", "hr", "hrn", "fr", "kath", "evang", "ev", "bzw", "ca", "evtl", "ggf",
    "vgl", "nr", "str", "bd", "hg", "hrsg", "jh", "jhd", "geb", "gest", "inkl", "zzgl", "usw",
    "mio", "mrd", "tsd", "ehem", "stellv", "min", "std", "tel",
];
