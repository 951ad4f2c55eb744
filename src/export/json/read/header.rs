//! What a file is: its `format` and `version` read without building the rest, and the steps
//! that bring an older version up to the current one.

use serde::Deserialize;
use serde_json::Value;

use crate::export::error::{ImportError, ImportErrorKind as K};
use crate::export::v1::*;

/// The two fields that say what a file is. Read with a visitor that accepts only a JSON
/// object (a derived struct would also accept an array) and skips every other value without
/// building it, so checking a 10 MB file allocates next to nothing.
struct Header {
    format: Option<Field>,
    version: Option<Field>,
}

/// A header field's value: a string or a whole number to check, or anything else as messages
/// show it. Reading it without `serde_json::Value` keeps `Value`'s parser and printer out of
/// the page, which needs them nowhere else.
enum Field {
    Str(String),
    Uint(u64),
    Other(String),
}

impl<'de> Deserialize<'de> for Field {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = Field;

            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("any JSON value")
            }

            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Field, E> {
                Ok(Field::Str(v.to_string()))
            }

            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Field, E> {
                Ok(Field::Uint(v))
            }

            fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Field, E> {
                Ok(Field::Other(v.to_string()))
            }

            fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<Field, E> {
                // `{:?}` keeps the point: `1.0` is shown as written, not as `1`.
                Ok(Field::Other(format!("{v:?}")))
            }

            fn visit_bool<E: serde::de::Error>(self, v: bool) -> Result<Field, E> {
                Ok(Field::Other(v.to_string()))
            }

            fn visit_unit<E: serde::de::Error>(self) -> Result<Field, E> {
                Ok(Field::Other("null".to_string()))
            }

            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<Field, A::Error> {
                while seq.next_element::<serde::de::IgnoredAny>()?.is_some() {}
                Ok(Field::Other("an array".to_string()))
            }

            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Field, A::Error> {
                while map
                    .next_entry::<serde::de::IgnoredAny, serde::de::IgnoredAny>()?
                    .is_some()
                {}
                Ok(Field::Other("an object".to_string()))
            }
        }
        deserializer.deserialize_any(Visitor)
    }
}

impl<'de> Deserialize<'de> for Header {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = Header;

            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a JSON object")
            }

            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Header, A::Error> {
                let mut header = Header {
                    format: None,
                    version: None,
                };
                while let Some(key) = map.next_key::<std::borrow::Cow<'de, str>>()? {
                    match &*key {
                        "format" => header.format = Some(map.next_value()?),
                        "version" => header.version = Some(map.next_value()?),
                        _ => {
                            map.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(header)
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}

/// One step of [`upgrade`]: rewrites a file of version `n` (a JSON value) into version `n + 1`.
type Upgrade = fn(Value) -> Result<Value, ImportError>;

/// The upgrade steps, oldest first: step `i` turns version `i + 1` into version `i + 2`. Its
/// length is tied to [`VERSION`], so a version 2 cannot ship without the step that reads
/// every file version 1 wrote. Version 1 is the first, so there is no step yet.
const UPGRADES: [Upgrade; VERSION as usize - 1] = [];

/// Brings a file of any version this build reads up to [`VERSION`], so that the rest of the
/// import only knows the current wire types. A current file is passed through untouched.
pub(super) fn upgrade(json: &str, version: u64) -> Result<std::borrow::Cow<'_, str>, ImportError> {
    let Some(steps) = usize::try_from(version)
        .ok()
        .and_then(|v| UPGRADES.get(v.checked_sub(1)?..))
        .filter(|steps| !steps.is_empty())
    else {
        return Ok(std::borrow::Cow::Borrowed(json));
    };
    let mut value: Value =
        serde_json::from_str(json).map_err(|e| ImportError::from_json(K::InvalidJson, &e))?;
    for step in steps {
        value = step(value)?;
    }
    Ok(std::borrow::Cow::Owned(value.to_string()))
}

/// Checks that `json` is JSON with `"format": expected` and a `"version"` this build reads
/// (1 to [`VERSION`]), before the whole shape is read, so that another program's file or a
/// newer version gets a message about that rather than about some missing field. Returns the
/// file's version for [`upgrade`].
pub(super) fn check_header(json: &str, expected: &str) -> Result<u64, ImportError> {
    let header: Header = serde_json::from_str(json).map_err(|e| {
        if e.is_data() {
            ImportError::new(
                K::WrongFormat,
                format!("not a {expected} file: the JSON is not an object"),
            )
        } else {
            ImportError::from_json(K::InvalidJson, &e)
        }
    })?;
    match header.format {
        Some(Field::Str(f)) if f == expected => {}
        Some(Field::Str(f)) if f == FORMAT || f == CODEBOOK_FORMAT => {
            return Err(ImportError::new(
                K::WrongFormat,
                format!("this is a {f} file, not a {expected} file"),
            ))
        }
        Some(Field::Str(f)) => {
            return Err(ImportError::new(
                K::WrongFormat,
                format!("not a {expected} file: its format is {f:?}"),
            ))
        }
        Some(_) | None => {
            return Err(ImportError::new(
                K::WrongFormat,
                format!("not a {expected} file: it has no \"format\": \"{expected}\" field"),
            ))
        }
    }
    match header.version {
        Some(Field::Uint(v)) if (1..=VERSION).contains(&v) => Ok(v),
        Some(Field::Uint(v)) if v > VERSION => Err(ImportError::new(
            K::UnsupportedVersion,
            format!(
                "version {v} is newer than this build of Readout Annotator reads \
                     (version {VERSION}); update it"
            ),
        )),
        Some(v) => {
            let found = match v {
                Field::Str(s) => format!("{s:?}"),
                Field::Uint(n) => n.to_string(),
                Field::Other(o) => o,
            };
            let expected = if VERSION == 1 {
                "the integer 1".to_string()
            } else {
                format!("an integer from 1 to {VERSION}")
            };
            Err(ImportError::new(
                K::UnsupportedVersion,
                format!("\"version\" must be {expected}; found {found}"),
            ))
        }
        None => Err(ImportError::new(
            K::UnsupportedVersion,
            "the file has no \"version\" field",
        )),
    }
}
