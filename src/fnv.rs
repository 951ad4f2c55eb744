//! FNV-1a, the one hash of the project: document ids written into files, the suggester's
//! feature hashes, REFI-QDA GUIDs and the parser's word-list summaries.
//!
//! It is a few lines, needs no dependency and gives the same value on every platform and
//! version, which ids written into files need; it is not meant to resist collisions by design.

/// The 64-bit offset basis: the hash of no bytes.
pub(crate) const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;

/// The 64-bit FNV prime.
const PRIME: u64 = 0x0000_0100_0000_01b3;

/// `hash` with one more byte.
pub(crate) const fn step(hash: u64, byte: u8) -> u64 {
    (hash ^ byte as u64).wrapping_mul(PRIME)
}

/// `hash` with `bytes` after it.
pub(crate) fn extend(hash: u64, bytes: impl IntoIterator<Item = u8>) -> u64 {
    bytes.into_iter().fold(hash, step)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The published FNV-1a 64-bit test vectors.
    #[test]
    fn known_values() {
        assert_eq!(extend(OFFSET, *b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(extend(OFFSET, *b"a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(extend(OFFSET, *b"foobar"), 0x8594_4171_f739_67e8);
    }
}
