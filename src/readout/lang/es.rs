//! Spanish.

/// Common Spanish abbreviations written with a full stop, lower case, without it: titles
/// ("Srta. Ledesma"), and words before a number or a name ("art. 4", "Avda. de Mayo").
/// General usage, with pySBD's Spanish list (MIT licence) as a reference.
pub const ABBREVIATIONS: &[&str] = &[
    "sr", "sra", "srta", "sres", "dra", "lic", "ing", "arq", "gral", "excmo", "excma", "ilmo",
    "ud", "uds", "vd", "vds", "núm", "párr", "párrf", "pág", "págs", "tel", "av", "avda", "cra",
    "ext", "aprox", "dpto", "depto", "sto", "sta", "cía", "admón", "atte",
];
