//! French.

/// Common French abbreviations written with a full stop, lower case, without it ("Mme.",
/// "av. de la République", "env. 20"). General usage, with pySBD's French list (MIT
/// licence) as a reference.
pub const ABBREVIATIONS: &[&str] = &[
    "mme", "mmes", "mlle", "mlles", "mgr", "pr", "av", "bd", "env", "cf", "chap", "éd", "vol",
    "tél", "ste", "réf",
];
