//! A ZIP writer for stored (uncompressed) entries, written by hand because the `zip` crate
//! (with `crc32fast` and `indexmap`) costs the page about 36 KB of gzipped WebAssembly, and a
//! `.qdpx` needs none of what it offers beyond the container itself: its entries are XML and
//! plain text that every REFI-QDA tool reads uncompressed.
//!
//! The layout is PKWARE's APPNOTE 6.3: each entry is a local file header followed by its
//! bytes; then a central directory with one header per entry; then the end-of-central-directory
//! record. Names are flagged UTF-8 (general-purpose bit 11) and every entry carries the same
//! DOS timestamp, 1980-01-01 00:00, so the same entries always give the same bytes. Archives
//! past the classic format's limits (65,535 entries, 4 GiB offsets or sizes) get the ZIP64
//! records those limits call for instead of silently wrapping counts.

/// The CRC-32 (IEEE 802.3, reflected, polynomial 0xEDB88320) lookup table, computed at
/// compile time so it costs neither startup time nor code.
const CRC_TABLE: [u32; 256] = {
    let mut table = [0u32; 256];
    let mut n = 0;
    while n < 256 {
        let mut c = n as u32;
        let mut k = 0;
        while k < 8 {
            c = if c & 1 == 1 {
                0xedb8_8320 ^ (c >> 1)
            } else {
                c >> 1
            };
            k += 1;
        }
        table[n] = c;
        n += 1;
    }
    table
};

/// The CRC-32 a ZIP entry records for its bytes.
pub fn crc32(bytes: &[u8]) -> u32 {
    !bytes.iter().fold(!0u32, |c, &b| {
        CRC_TABLE[usize::from((c as u8) ^ b)] ^ (c >> 8)
    })
}

/// General-purpose flag bit 11: the name is UTF-8.
const UTF8_NAME: u16 = 1 << 11;
/// 1980-01-01 in MS-DOS date format (year since 1980 << 9 | month << 5 | day); time 00:00:00.
const DOS_DATE: u16 = (1 << 5) | 1;
const DOS_TIME: u16 = 0;
/// Version 2.0 of the specification (what stored entries need), and 4.5 once ZIP64 is used.
const VERSION: u16 = 20;
const VERSION_ZIP64: u16 = 45;
/// What a classic field holds when the real value is in a ZIP64 record.
const FULL_16: u16 = u16::MAX;
const FULL_32: u32 = u32::MAX;

/// A value for a classic 32-bit field, or `None` when it needs ZIP64.
fn classic32(n: u64) -> Option<u32> {
    u32::try_from(n).ok().filter(|&n| n != FULL_32)
}

/// What a written entry's central directory header needs to know about it.
#[derive(Debug)]
struct Entry {
    name: Vec<u8>,
    crc: u32,
    size: u64,
    offset: u64,
}

/// Builds a stored ZIP archive in memory; [`StoredZip::finish`] returns its bytes.
#[derive(Debug, Default)]
pub struct StoredZip {
    out: Vec<u8>,
    entries: Vec<Entry>,
}

/// `usize` always fits `u64` on the targets Rust supports; saturating keeps that a non-issue.
fn wide(n: usize) -> u64 {
    u64::try_from(n).unwrap_or(u64::MAX)
}

impl StoredZip {
    /// An empty archive.
    pub fn new() -> Self {
        Self::default()
    }

    fn u16(&mut self, n: u16) {
        self.out.extend_from_slice(&n.to_le_bytes());
    }

    fn u32(&mut self, n: u32) {
        self.out.extend_from_slice(&n.to_le_bytes());
    }

    fn u64(&mut self, n: u64) {
        self.out.extend_from_slice(&n.to_le_bytes());
    }

    /// The fields every header shares after the signature (and version made by): version
    /// needed, flags, method (0, stored), time, date, CRC, both sizes, name length.
    fn common(&mut self, version: u16, crc: u32, size: u32, name_len: u16) {
        for n in [version, UTF8_NAME, 0, DOS_TIME, DOS_DATE] {
            self.u16(n);
        }
        for n in [crc, size, size] {
            self.u32(n);
        }
        self.u16(name_len);
    }

    /// Adds an entry named `name` (use `/` between folders) holding `contents` as they are.
    /// Names longer than 65,535 bytes, which the format cannot hold, are cut at a character
    /// boundary.
    pub fn add(&mut self, name: &str, contents: &[u8]) {
        let mut end = name.len().min(usize::from(u16::MAX));
        while !name.is_char_boundary(end) {
            end -= 1;
        }
        let name = &name.as_bytes()[..end];
        let name_len = u16::try_from(name.len()).unwrap_or(u16::MAX);
        let entry = Entry {
            name: name.to_vec(),
            crc: crc32(contents),
            size: wide(contents.len()),
            offset: wide(self.out.len()),
        };
        let size32 = classic32(entry.size);
        let version = if size32.is_some() {
            VERSION
        } else {
            VERSION_ZIP64
        };
        self.u32(0x0403_4b50);
        self.common(version, entry.crc, size32.unwrap_or(FULL_32), name_len);
        // The local ZIP64 extra field, when present, holds both sizes.
        self.u16(if size32.is_some() { 0 } else { 20 });
        self.out.extend_from_slice(name);
        if size32.is_none() {
            self.u16(1);
            self.u16(16);
            self.u64(entry.size);
            self.u64(entry.size);
        }
        self.out.extend_from_slice(contents);
        self.entries.push(entry);
    }

    /// The archive: the entries so far, their central directory and its end record.
    pub fn finish(mut self) -> Vec<u8> {
        let start = wide(self.out.len());
        let entries = std::mem::take(&mut self.entries);
        for e in &entries {
            let (size32, offset32) = (classic32(e.size), classic32(e.offset));
            // The central ZIP64 extra field holds, in this order, only what did not fit.
            let extra: Vec<u64> = [(size32, e.size), (size32, e.size), (offset32, e.offset)]
                .into_iter()
                .filter_map(|(fits, n)| fits.is_none().then_some(n))
                .collect();
            let version = if extra.is_empty() {
                VERSION
            } else {
                VERSION_ZIP64
            };
            let name_len = u16::try_from(e.name.len()).unwrap_or(u16::MAX);
            self.u32(0x0201_4b50);
            self.u16(version);
            self.common(version, e.crc, size32.unwrap_or(FULL_32), name_len);
            let extra_len = if extra.is_empty() {
                0
            } else {
                4 + 8 * extra.len() as u16
            };
            // Extra length, comment length, disk, internal and external attributes.
            for n in [extra_len, 0, 0, 0] {
                self.u16(n);
            }
            self.u32(0);
            self.u32(offset32.unwrap_or(FULL_32));
            self.out.extend_from_slice(&e.name);
            if !extra.is_empty() {
                self.u16(1);
                self.u16(extra_len - 4);
                for n in extra {
                    self.u64(n);
                }
            }
        }
        let end = wide(self.out.len());
        let (count, size) = (wide(entries.len()), end - start);
        let count16 = u16::try_from(count).ok().filter(|&n| n != FULL_16);
        let (size32, start32) = (classic32(size), classic32(start));
        if count16.is_none() || size32.is_none() || start32.is_none() {
            // ZIP64 end of central directory record, then its locator.
            self.u32(0x0606_4b50);
            self.u64(44);
            self.u16(VERSION_ZIP64);
            self.u16(VERSION_ZIP64);
            self.u32(0);
            self.u32(0);
            for n in [count, count, size, start] {
                self.u64(n);
            }
            self.u32(0x0706_4b50);
            self.u32(0);
            self.u64(end);
            self.u32(1);
        }
        self.u32(0x0605_4b50);
        // This disk, the disk where the directory starts, entries here, entries in all.
        for n in [0, 0, count16.unwrap_or(FULL_16), count16.unwrap_or(FULL_16)] {
            self.u16(n);
        }
        self.u32(size32.unwrap_or(FULL_32));
        self.u32(start32.unwrap_or(FULL_32));
        self.u16(0);
        self.out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crc32_matches_known_values() {
        assert_eq!(crc32(b""), 0);
        assert_eq!(crc32(b"123456789"), 0xcbf4_3926);
        assert_eq!(
            crc32(b"The quick brown fox jumps over the lazy dog"),
            0x414f_a339
        );
    }

    #[test]
    fn an_empty_archive_is_its_end_record() {
        let mut want = vec![0x50, 0x4b, 0x05, 0x06];
        want.extend([0; 18]);
        assert_eq!(StoredZip::new().finish(), want);
    }

    #[test]
    fn one_entry_has_the_documented_layout() {
        let mut zip = StoredZip::new();
        zip.add("é.txt", b"hi");
        let bytes = zip.finish();
        let name = "é.txt".as_bytes();
        // Local header: signature, version 20, UTF-8 flag, stored, 1980-01-01, CRC, sizes.
        assert_eq!(&bytes[..4], b"PK\x03\x04");
        assert_eq!(&bytes[4..14], &[20, 0, 0, 8, 0, 0, 0, 0, 0x21, 0]);
        assert_eq!(&bytes[14..18], &crc32(b"hi").to_le_bytes());
        assert_eq!(&bytes[18..26], &[2, 0, 0, 0, 2, 0, 0, 0]);
        assert_eq!(&bytes[26..30], &[name.len() as u8, 0, 0, 0]);
        assert_eq!(&bytes[30..30 + name.len()], name);
        let data = 30 + name.len();
        assert_eq!(&bytes[data..data + 2], b"hi");
        let central = data + 2;
        assert_eq!(&bytes[central..central + 4], b"PK\x01\x02");
        let eocd = central + 46 + name.len();
        assert_eq!(&bytes[eocd..eocd + 4], b"PK\x05\x06");
        assert_eq!(bytes.len(), eocd + 22);
        // One entry; the directory's size and offset.
        assert_eq!(&bytes[eocd + 8..eocd + 12], &[1, 0, 1, 0]);
        assert_eq!(
            &bytes[eocd + 12..eocd + 16],
            &((46 + name.len()) as u32).to_le_bytes()
        );
        assert_eq!(
            &bytes[eocd + 16..eocd + 20],
            &(central as u32).to_le_bytes()
        );
    }

    #[test]
    fn overlong_names_are_cut_at_a_character_boundary() {
        let name = "é".repeat(40_000);
        let mut zip = StoredZip::new();
        zip.add(&name, b"");
        let bytes = zip.finish();
        let len = usize::from(u16::from_le_bytes([bytes[26], bytes[27]]));
        assert_eq!(len, 65_534);
        assert!(std::str::from_utf8(&bytes[30..30 + len]).is_ok());
    }
}
