//! The OLE container (MS-CFB) an old Excel file (XLS) is kept in: one stream read out of it
//! with every sector chain checked, and a stream put back into a container of our own.
//!
//! calamine follows a container's chains as far as the lengths they claim: a chain that loops
//! back on itself with a claimed length of 4 GB grows until the machine gives out, and a sector
//! number past the allocation table panics. So the workbook stream is read here, where every
//! step is bounded by the file's own size, and calamine is handed a fresh container that holds
//! only that stream, laid end to end.

/// The names Excel gives a workbook's stream (BIFF8 and BIFF5), in the order calamine looks.
pub const WORKBOOK_STREAMS: [&str; 2] = ["Workbook", "Book"];

/// Why a container could not be read; the importer names it as a damaged file.
#[derive(Debug, PartialEq, Eq)]
pub struct Damaged;

const SIGNATURE: [u8; 8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
const END_OF_CHAIN: u32 = 0xFFFF_FFFE;
const FREE: u32 = 0xFFFF_FFFF;
const FAT_SECTOR: u32 = 0xFFFF_FFFD;
/// Sector numbers from here up are markers, not sectors.
const MARKERS: u32 = 0xFFFF_FFFA;
const MINI_SECTOR: usize = 64;
/// Streams shorter than this live in the mini stream.
const MINI_CUTOFF: usize = 4096;

/// A little-endian number at `at`, if the bytes reach it (shared with [`super::biff`]).
pub(super) fn u16_at(b: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_le_bytes(b.get(at..at + 2)?.try_into().ok()?))
}

pub(super) fn u32_at(b: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(b.get(at..at + 4)?.try_into().ok()?))
}

struct Container<'a> {
    bytes: &'a [u8],
    sector: usize,
    fat: Vec<u32>,
}

impl<'a> Container<'a> {
    fn open(bytes: &'a [u8]) -> Result<Self, Damaged> {
        if bytes.len() < 512 || bytes[..8] != SIGNATURE {
            return Err(Damaged);
        }
        let sector = match u16_at(bytes, 30) {
            Some(9) => 512,
            Some(12) => 4096,
            _ => return Err(Damaged),
        };
        let mut c = Container { bytes, sector, fat: Vec::new() };
        // The allocation table's sectors are listed in the header (109 of them) and then in a
        // chain of further list sectors; the chain is bounded by the sectors the file holds.
        let mut listed: Vec<u32> = (0..109).filter_map(|i| u32_at(bytes, 76 + 4 * i)).collect();
        let mut next = u32_at(bytes, 68).ok_or(Damaged)?;
        let mut steps = 0;
        while next < MARKERS {
            steps += 1;
            if steps > c.sectors() {
                return Err(Damaged);
            }
            let s = c.sector_bytes(next)?;
            let per = sector / 4 - 1;
            listed.extend((0..per).filter_map(|i| u32_at(s, 4 * i)));
            next = u32_at(s, 4 * per).ok_or(Damaged)?;
        }
        let mut fat = Vec::new();
        for id in listed.into_iter().filter(|&id| id < MARKERS) {
            let s = c.sector_bytes(id)?;
            fat.extend((0..sector / 4).filter_map(|i| u32_at(s, 4 * i)));
        }
        c.fat = fat;
        Ok(c)
    }

    /// How many sectors follow the header, the last perhaps cut short.
    fn sectors(&self) -> usize {
        self.bytes.len().div_ceil(self.sector).saturating_sub(1)
    }

    fn sector_bytes(&self, id: u32) -> Result<&'a [u8], Damaged> {
        let start = (id as usize).checked_add(1).ok_or(Damaged)?.checked_mul(self.sector).ok_or(Damaged)?;
        // The file's last sector may be cut short (writers do); what is there is read.
        if start >= self.bytes.len() {
            return Err(Damaged);
        }
        Ok(&self.bytes[start..(start + self.sector).min(self.bytes.len())])
    }

    /// The sectors of a chain, in order; a chain that revisits a sector, leaves the table or
    /// the file is damaged.
    fn chain(&self, table: &[u32], first: u32, limit: usize) -> Result<Vec<u32>, Damaged> {
        let mut seen = vec![false; table.len()];
        let mut out = Vec::new();
        let mut id = first;
        while id != END_OF_CHAIN {
            let slot = seen.get_mut(id as usize).ok_or(Damaged)?;
            if *slot || out.len() >= limit {
                return Err(Damaged);
            }
            *slot = true;
            out.push(id);
            id = table[id as usize];
        }
        Ok(out)
    }

    fn read_chain(&self, first: u32, len: usize) -> Result<Vec<u8>, Damaged> {
        let mut out = Vec::with_capacity(len.min(self.bytes.len()));
        for id in self.chain(&self.fat, first, self.sectors())? {
            if out.len() >= len {
                break;
            }
            let s = self.sector_bytes(id)?;
            out.extend_from_slice(&s[..s.len().min(len - out.len())]);
        }
        if out.len() < len {
            return Err(Damaged);
        }
        Ok(out)
    }

    /// Directory entries: `(name, start sector, length)`.
    fn directory(&self) -> Result<Vec<(String, u32, usize)>, Damaged> {
        let first = u32_at(self.bytes, 48).ok_or(Damaged)?;
        let mut entries = Vec::new();
        for id in self.chain(&self.fat, first, self.sectors())? {
            for e in self.sector_bytes(id)?.chunks_exact(128) {
                // The name up to its first NUL, as calamine reads it (not by the length the
                // entry gives), so that both find the same stream.
                let name: Vec<u16> =
                    (0..32).map_while(|i| u16_at(e, 2 * i)).take_while(|u| *u != 0).collect();
                let start = u32_at(e, 116).ok_or(Damaged)?;
                let len = u32_at(e, 120).ok_or(Damaged)? as usize;
                entries.push((String::from_utf16_lossy(&name), start, len));
            }
        }
        Ok(entries)
    }
}

/// The stream named by the first of `names` the container holds (compared as Excel does,
/// ignoring case), or `Ok(None)` when it holds none of them.
pub fn stream(bytes: &[u8], names: &[&str]) -> Result<Option<Vec<u8>>, Damaged> {
    let c = Container::open(bytes)?;
    let dir = c.directory()?;
    let Some(&(_, start, len)) =
        names.iter().find_map(|n| dir.iter().find(|(name, ..)| name.eq_ignore_ascii_case(n)))
    else {
        return Ok(None);
    };
    // A stream can be no longer than the file that holds it.
    if len > bytes.len() {
        return Err(Damaged);
    }
    if len >= MINI_CUTOFF {
        return c.read_chain(start, len).map(Some);
    }
    // A short stream lives in the mini stream: 64-byte pieces of the root entry's chain,
    // chained by the mini allocation table.
    let (_, root_start, root_len) = *dir.first().ok_or(Damaged)?;
    let mini = c.read_chain(root_start, root_len.min(bytes.len()))?;
    let mini_first = u32_at(bytes, 60).ok_or(Damaged)?;
    let mini_sectors = u32_at(bytes, 64).ok_or(Damaged)? as usize;
    let table: Vec<u32> = c
        .read_chain(mini_first, mini_sectors.min(c.sectors()) * c.sector)?
        .chunks_exact(4)
        .map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
        .collect();
    let mut out = Vec::with_capacity(len);
    for id in c.chain(&table, start, mini.len() / MINI_SECTOR)? {
        if out.len() >= len {
            break;
        }
        let at = id as usize * MINI_SECTOR;
        let piece = mini.get(at..at + MINI_SECTOR).ok_or(Damaged)?;
        out.extend_from_slice(&piece[..MINI_SECTOR.min(len - out.len())]);
    }
    if out.len() < len {
        return Err(Damaged);
    }
    Ok(Some(out))
}

/// A container of 4,096-byte sectors holding `stream` as `Workbook`, padded with zeros to at
/// least 4,096 bytes so that it needs no mini stream (nothing reads past a workbook's last
/// end-of-file record). Its only reader is calamine, which reads the sector size from the
/// header and asks nothing else of the version.
pub fn wrap(stream: &[u8]) -> Vec<u8> {
    const SECTOR: usize = 4096;
    let len = stream.len().max(MINI_CUTOFF);
    let data_sectors = len.div_ceil(SECTOR);
    // Allocation table sectors, the directory's one, and the stream's, all in the table.
    let mut fat_sectors = 1;
    while fat_sectors * (SECTOR / 4) < fat_sectors + 1 + data_sectors {
        fat_sectors += 1;
    }
    // 109 table sectors (all the header lists) hold a stream of up to 400 MB; an import is
    // at most 50 MB.
    assert!(fat_sectors <= 109);
    let dir = fat_sectors as u32;
    let first_data = dir + 1;
    let mut out = vec![0u8; SECTOR * (1 + fat_sectors + 1 + data_sectors)];
    let put16 = |out: &mut [u8], at: usize, v: u16| out[at..at + 2].copy_from_slice(&v.to_le_bytes());
    let put32 = |out: &mut [u8], at: usize, v: u32| out[at..at + 4].copy_from_slice(&v.to_le_bytes());
    out[..8].copy_from_slice(&SIGNATURE);
    put16(&mut out, 24, 0x003E);
    put16(&mut out, 26, 3);
    put16(&mut out, 28, 0xFFFE);
    put16(&mut out, 30, 12);
    put16(&mut out, 32, 6);
    put32(&mut out, 44, fat_sectors as u32);
    put32(&mut out, 48, dir);
    put32(&mut out, 56, MINI_CUTOFF as u32);
    put32(&mut out, 60, END_OF_CHAIN);
    put32(&mut out, 68, END_OF_CHAIN);
    for i in 0..109 {
        put32(&mut out, 76 + 4 * i, if i < fat_sectors { i as u32 } else { FREE });
    }
    let sector_at = |id: usize| SECTOR * (id + 1);
    let mut table = vec![FREE; fat_sectors * SECTOR / 4];
    table[..fat_sectors].fill(FAT_SECTOR);
    table[dir as usize] = END_OF_CHAIN;
    for i in 0..data_sectors {
        let id = first_data as usize + i;
        table[id] = if i + 1 == data_sectors { END_OF_CHAIN } else { id as u32 + 1 };
    }
    for (i, v) in table.iter().enumerate() {
        put32(&mut out, sector_at(0) + 4 * i, *v);
    }
    let entry = |out: &mut [u8], index: usize, name: &str, kind: u8, child: u32, start: u32, size: u64| {
        let at = sector_at(dir as usize) + 128 * index;
        let units: Vec<u16> = name.encode_utf16().collect();
        for (i, u) in units.iter().enumerate() {
            put16(out, at + 2 * i, *u);
        }
        put16(out, at + 64, (units.len() as u16 + 1) * 2);
        out[at + 66] = kind;
        out[at + 67] = 1;
        put32(out, at + 68, FREE);
        put32(out, at + 72, FREE);
        put32(out, at + 76, child);
        put32(out, at + 116, start);
        out[at + 120..at + 128].copy_from_slice(&size.to_le_bytes());
    };
    entry(&mut out, 0, "Root Entry", 5, 1, END_OF_CHAIN, 0);
    entry(&mut out, 1, "Workbook", 2, FREE, first_data, len as u64);
    for i in 2..SECTOR / 128 {
        let at = sector_at(dir as usize) + 128 * i;
        put32(&mut out, at + 68, FREE);
        put32(&mut out, at + 72, FREE);
        put32(&mut out, at + 76, FREE);
    }
    let start = sector_at(first_data as usize);
    out[start..start + stream.len()].copy_from_slice(stream);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_wrapped_stream_reads_back_whatever_its_length() {
        for n in [0usize, 10, 4095, 4096, 4097, 70_000] {
            let data: Vec<u8> = (0..n).map(|i| (i % 251) as u8).collect();
            let back = stream(&wrap(&data), &["workbook"]).unwrap().unwrap();
            assert_eq!(&back[..n], &data[..], "{n} bytes");
            assert!(back[n..].iter().all(|b| *b == 0));
        }
        assert_eq!(stream(&wrap(b"x"), &["Book"]), Ok(None));
    }

    #[test]
    fn a_chain_that_loops_or_leaves_the_file_is_damaged() {
        let mut file = wrap(&[1u8; 9000]);
        // The stream's first sector (number 2) points back at itself.
        let fat = 4096;
        file[fat + 8..fat + 12].copy_from_slice(&2u32.to_le_bytes());
        assert_eq!(stream(&file, &["Workbook"]), Err(Damaged));
        let mut file = wrap(&[1u8; 9000]);
        file[fat + 8..fat + 12].copy_from_slice(&0x00FF_FFFFu32.to_le_bytes());
        assert_eq!(stream(&file, &["Workbook"]), Err(Damaged));
        assert_eq!(stream(&file[..600], &["Workbook"]), Err(Damaged));
        assert_eq!(stream(b"not a container at all", &["Workbook"]), Err(Damaged));
    }
}
