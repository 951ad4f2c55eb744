//! Russian.

/// Common Russian abbreviations written with a full stop, lower case, without it ("в 1898 г.
/// В 1854 году…" is handled by the rules; these are the words: "кв. 234", "пгт. Брагиновка",
/// "ул. Ленина", "проф. Иванов", "тыс. рублей"). General usage, with pySBD's Russian list
/// (MIT licence) as a reference.
pub const ABBREVIATIONS: &[&str] = &[
    "г", "гг", "ул", "пр", "пер", "пгт", "кв", "им", "тыс", "млн", "млрд", "руб", "коп", "проф",
    "акад", "доц", "см", "стр", "обл", "зам", "пред", "ген",
];
