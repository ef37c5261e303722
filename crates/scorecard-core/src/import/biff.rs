//! An old Excel file (XLS) read record by record before calamine reads it: its claims made
//! harmless, its size measured by what its records hold, the records calamine would misread
//! refused as damage, and what calamine does not give for XLS (which cells show a percentage
//! or pounds) kept.

use super::bounds::{cell_name, Extent, Limit};
use super::ole::{u16_at, u32_at};
use crate::messages as msg;
use std::collections::HashMap;
use std::rc::Rc;

/// An old Excel file (XLS), measured record by record before calamine reads it, and handed
/// back as a fresh container holding only its workbook stream (see [`super::ole`]): calamine
/// lays out each sheet's whole block as it opens the file, reserves room for the block a sheet
/// claims in its DIMENSIONS record, and trusts the positions and lengths its records give.
/// A claim is made harmless (the copy's DIMENSIONS claim nothing); what the records hold is
/// measured and refused above [`Limit::Xls`]; a record calamine would misread is refused as
/// damage. The same walk keeps what calamine does not give for XLS: which cells are shown as
/// a percentage or in pounds.
pub fn xls_within(bytes: &[u8]) -> Result<(Vec<u8>, XlsFormats), String> {
    let mut stream = match super::ole::stream(bytes, &super::ole::WORKBOOK_STREAMS) {
        Ok(Some(s)) => s,
        // Never a container calamine reads unmeasured: where it finds a stream this reader
        // did not, its sheets would be laid out from what they claim.
        Ok(None) => return Err(msg::t().xls_no_workbook()),
        Err(super::ole::Damaged) => return Err(msg::t().xls_damaged(None)),
    };
    let (edits, formats) = walk(&stream)?;
    for edit in &edits {
        edit.apply(&mut stream);
    }
    // What calamine reads is the edited copy. Where a damaged file's records overlap (a sheet
    // said to start inside another's records), an edit made for one reading is other bytes in
    // another: a row number, a record's length. So the copy is measured again, as calamine
    // will read it, and refused if it would need an edit of its own.
    let (again, _) = walk(&stream)?;
    if let Some(changed) = again.iter().find(|e| e.changes(&stream)) {
        return Err(msg::t().xls_damaged(Some(changed.at())));
    }
    Ok((super::ole::wrap(&stream), formats))
}

/// The workbook stream walked as calamine walks it: the edits that make its claims harmless
/// and hide what calamine would misread, and the formats kept; refused if damaged or past the
/// limit.
fn walk(stream: &[u8]) -> Result<(Vec<Edit>, XlsFormats), String> {
    let damaged = |at: usize| msg::t().xls_damaged(Some(at));
    let mut edits = Vec::new();
    let mut sheets = Vec::new();
    let mut at = 0;
    let mut biff8 = true;
    let mut codes = HashMap::new();
    let mut xf_formats = Vec::new();
    while let Some((kind, data)) = biff_record(stream, at) {
        match kind {
            // Records calamine reads a number from without checking one is there.
            0x0809 | 0x0042 | 0x0022 | 0x002F if data.len() < 2 => return Err(damaged(at)),
            // BOF: BIFF8 (Excel 97 on) or older, which spell strings differently.
            0x0809 if at == 0 => biff8 = u16_at(data, 0) == Some(0x0600),
            // FORMAT: a number format's code; XF: a cell style, naming its format.
            0x041E => {
                let code = biff_format_code(data.get(2..).unwrap_or_default(), biff8);
                if let (Some(id), Some(code)) = (u16_at(data, 0), code) {
                    codes.insert(id, code);
                }
            }
            0x00E0 => xf_formats.push(u16_at(data, 2).unwrap_or(0)),
            // BOUNDSHEET: where a sheet's records start, and its name.
            0x0085 => {
                let pos = u32_at(data, 0).filter(|_| data.len() >= 8).ok_or(damaged(at))? as usize;
                if pos > stream.len() {
                    return Err(damaged(at));
                }
                sheets.push((pos, biff_sheet_name(&data[6..])));
            }
            // SST: the shared strings, with the CONTINUE records that carry the rest.
            0x00FC => {
                let mut parts = vec![data];
                let mut next = at + 4 + data.len();
                while let Some((0x003C, more)) = biff_record(stream, next) {
                    parts.push(more);
                    next += 4 + more.len();
                }
                if !strings_hold_together(&parts) {
                    return Err(damaged(at));
                }
            }
            // Defined names, external sheets and drawings are not imported; calamine's
            // readers for them trust their lengths, so the copy hides them.
            0x0018 | 0x0017 | 0x00EB => edits.push(Edit::Hide(at)),
            0x000A => break,
            _ => {}
        }
        at += 4 + data.len();
    }
    if at < stream.len() && biff_record(stream, at).is_none() {
        return Err(damaged(at));
    }
    // Each style's format code, where it shows a percentage or pounds (the only formats the
    // importer reads); the built-in 9 and 10 are 0% and 0.00%.
    let styles: Vec<Option<Rc<str>>> = xf_formats
        .iter()
        .map(|id| match id {
            9 => Some("0%".into()),
            10 => Some("0.00%".into()),
            id => codes
                .get(id)
                .filter(|c: &&String| c.contains('%') || c.contains('£'))
                .map(|c| c.as_str().into()),
        })
        .collect();
    let mut formats = XlsFormats::default();
    for (pos, name) in sheets {
        let mut sheet = XlsSheet {
            name,
            extent: Extent::default(),
            kept: 0,
            depth: 0,
            began: false,
            styles: &styles,
            formats: HashMap::new(),
        };
        let mut at = pos;
        // calamine reports a stream that ends inside a record.
        while let Some((kind, data)) = biff_record(stream, at) {
            let outer = sheet.depth == 0;
            if sheet.record(kind, data).map_err(|e| e.unwrap_or_else(|| damaged(at)))? {
                break;
            }
            match kind {
                // DIMENSIONS: the last row and column claimed become "none", and calamine
                // reserves room for one cell.
                0x0200 if outer && data.len() == 10 => {
                    edits.extend([Edit::Zero(at + 6, 2), Edit::Zero(at + 10, 2)])
                }
                0x0200 if outer && matches!(data.len(), 14 | 16) => {
                    edits.extend([Edit::Zero(at + 8, 4), Edit::Zero(at + 14, 2)])
                }
                // FORMULA: its cached value is read; the formula itself (its token count
                // at byte 20) is not, and calamine's reader trusts its tokens.
                0x0006 if outer && data.len() < 22 => return Err(damaged(at)),
                0x0006 if outer => edits.push(Edit::Zero(at + 24, 2)),
                // MERGECELLS: not imported, and read by a count calamine trusts.
                0x00E5 if outer => edits.push(Edit::Hide(at)),
                _ => {}
            }
            at += 4 + data.len();
        }
        formats.0.push(sheet.formats);
    }
    Ok((edits, formats))
}

/// A record kind nothing reads: a record given it is passed over.
const HIDDEN: u16 = 0xFFFF;

/// A change to the copy of the workbook stream calamine reads: bytes zeroed at a place, or
/// the record at a place hidden.
enum Edit {
    Zero(usize, usize),
    Hide(usize),
}

impl Edit {
    fn apply(&self, stream: &mut [u8]) {
        match *self {
            Edit::Zero(at, n) => stream[at..at + n].fill(0),
            Edit::Hide(at) => stream[at..at + 2].copy_from_slice(&HIDDEN.to_le_bytes()),
        }
    }

    /// Whether applying it to `stream` would change a byte.
    fn changes(&self, stream: &[u8]) -> bool {
        match *self {
            Edit::Zero(at, n) => stream[at..at + n].iter().any(|b| *b != 0),
            Edit::Hide(at) => stream[at..at + 2] != HIDDEN.to_le_bytes(),
        }
    }

    fn at(&self) -> usize {
        match *self {
            Edit::Zero(at, _) | Edit::Hide(at) => at,
        }
    }
}

/// Whether an SST record and its CONTINUE records can be read as calamine reads them (each
/// string a count, flags, perhaps a run count and an extension size, then its characters,
/// which may run on into the next part) without reading past a part where calamine would
/// stop with a panic rather than an error.
fn strings_hold_together(parts: &[&[u8]]) -> bool {
    let Some(first) = parts.first().and_then(|p| p.get(8..)) else { return true };
    let mut data = first;
    let mut rest = parts[1..].iter();
    loop {
        if data.is_empty() {
            match rest.next() {
                Some(next) => {
                    data = next;
                    continue;
                }
                None => return true,
            }
        }
        if data.len() < 3 {
            return true; // calamine stops with an error
        }
        let (mut count, flags) = (u16_at(data, 0).unwrap_or(0) as usize, data[2]);
        data = &data[3..];
        let mut runs = 0;
        if flags & 0x8 != 0 {
            let Some(n) = u16_at(data, 0) else { return false };
            runs = n as usize * 4;
            data = &data[2..];
        }
        let mut extension = 0;
        if flags & 0x4 != 0 {
            let Some(n) = u32_at(data, 0) else { return false };
            extension = n as i32 as usize;
            data = &data[4..];
        }
        let mut wide = flags & 0x1 != 0;
        while count > 0 {
            let taken = if wide { (data.len() / 2).min(count) } else { data.len().min(count) };
            data = &data[if wide { 2 * taken } else { taken }..];
            count -= taken;
            if count > 0 {
                match rest.next() {
                    Some([]) => return false,
                    Some(next) => {
                        wide = next[0] & 0x1 != 0;
                        data = &next[1..];
                    }
                    None => return true,
                }
            }
        }
        for mut skip in [runs, extension] {
            while skip > 0 {
                if data.is_empty() {
                    match rest.next() {
                        Some(next) => data = next,
                        None => return true,
                    }
                }
                let n = skip.min(data.len());
                data = &data[n..];
                skip -= n;
            }
        }
    }
}

/// The format code of each XLS cell shown as a percentage or in pounds, by sheet (in the
/// workbook's order) and `(row, column)`.
#[derive(Default)]
pub struct XlsFormats(Vec<HashMap<(u32, u32), Rc<str>>>);

impl XlsFormats {
    pub fn get(&self, sheet: usize, row: u32, col: u32) -> Option<String> {
        self.0.get(sheet)?.get(&(row, col)).map(|c| c.to_string())
    }
}

/// One sheet's substream as calamine walks it: the sheet's own BOF, then records until its
/// EOF, skipping what nested BOF/EOF pairs (an embedded chart) hold.
struct XlsSheet<'a> {
    name: String,
    styles: &'a [Option<Rc<str>>],
    formats: HashMap<(u32, u32), Rc<str>>,
    extent: Extent,
    /// Cell records calamine keeps before laying the sheet out.
    kept: u64,
    depth: usize,
    began: bool,
}

impl XlsSheet<'_> {
    /// Notes the format of the cell at `(row, col)` whose style is `xf`.
    fn style(&mut self, (row, col): (u64, u64), xf: Option<u16>) {
        if let Some(Some(code)) = xf.and_then(|xf| self.styles.get(xf as usize)) {
            self.formats.insert((row as u32, col as u32), code.clone());
        }
    }

    /// Takes one record; `Ok(true)` at the sheet's end. `Err(None)` is a record calamine would
    /// misread, `Err(Some(reason))` a sheet past the limit.
    fn record(&mut self, kind: u16, data: &[u8]) -> Result<bool, Option<String>> {
        if self.depth > 0 {
            match kind {
                0x0809 => self.depth += 1,
                0x000A => self.depth -= 1,
                _ => {}
            }
            return Ok(false);
        }
        let at = |data: &[u8]| -> Result<(u64, u64), Option<String>> {
            Ok((u16_at(data, 0).ok_or(None)?.into(), u16_at(data, 2).ok_or(None)?.into()))
        };
        let cells = match kind {
            0x0809 if self.began => {
                self.depth += 1;
                return Ok(false);
            }
            0x0809 => {
                self.began = true;
                return Ok(false);
            }
            0x000A => return Ok(true),
            // NUMBER, LABEL, RSTRING, BOOLERR, RK, LABELSST, FORMULA: one cell each.
            0x0203 | 0x0204 | 0x00D6 | 0x0205 | 0x027E | 0x00FD | 0x0006 => {
                let cell = at(data)?;
                self.style(cell, u16_at(data, 4));
                (cell, cell)
            }
            // MULRK: a run of cells along a row, its last column in its last two bytes.
            0x00BD => {
                let (row, first) = at(data)?;
                let last = data.len().checked_sub(2).and_then(|i| u16_at(data, i)).ok_or(None)? as u64;
                if last < first || data.len() as u64 != 6 + 6 * (last - first + 1) {
                    return Err(None);
                }
                for (i, col) in (first..=last).enumerate() {
                    self.style((row, col), u16_at(data, 4 + 6 * i));
                }
                ((row, first), (row, last))
            }
            // STRING: a formula's text, kept as one more cell at the formula's place.
            0x0207 => {
                self.kept += 1;
                return Ok(false);
            }
            _ => return Ok(false),
        };
        self.kept += cells.1 .1 - cells.0 .1 + 1;
        self.extent.add(cells.0, cells.1);
        if self.kept > Limit::Xls.cells() {
            // The records alone, however few places they name, pass the limit.
            let first = self.extent.first.unwrap_or_default();
            return Err(Some(msg::t().sheet_too_large(
                &self.name,
                &cell_name(first.0, first.1),
                &cell_name(self.extent.last.0, self.extent.last.1),
                self.kept,
                Limit::Xls.cells(),
            )));
        }
        self.extent.within(&self.name, Limit::Xls).map(|()| false).map_err(Some)
    }
}

/// The record at `at`: its kind and its data, or `None` where the stream ends inside it.
fn biff_record(stream: &[u8], at: usize) -> Option<(u16, &[u8])> {
    let kind = u16_at(stream, at)?;
    let len = u16_at(stream, at + 2)? as usize;
    Some((kind, stream.get(at + 4..at + 4 + len)?))
}

/// A FORMAT's code: a count and the text (BIFF8: a two-byte count, a flag for two-byte
/// characters; before: a one-byte count).
fn biff_format_code(b: &[u8], biff8: bool) -> Option<String> {
    if !biff8 {
        let count = *b.first()? as usize;
        return Some(b.get(1..1 + count)?.iter().map(|&c| c as char).collect());
    }
    let count = u16_at(b, 0)? as usize;
    if b.get(2)? & 1 == 1 {
        let units: Vec<u16> = (0..count).map(|i| u16_at(b, 3 + 2 * i)).collect::<Option<_>>()?;
        Some(String::from_utf16_lossy(&units))
    } else {
        Some(b.get(3..3 + count)?.iter().map(|&c| c as char).collect())
    }
}

/// A BOUNDSHEET's name: a count, then (BIFF8) a flag for two-byte characters, then the text.
fn biff_sheet_name(b: &[u8]) -> String {
    let count = b.first().copied().unwrap_or(0) as usize;
    match b.get(1) {
        Some(flags) if flags & 1 == 1 => {
            let units: Vec<u16> = (0..count).filter_map(|i| u16_at(b, 2 + 2 * i)).collect();
            String::from_utf16_lossy(&units)
        }
        _ => b.get(2..2 + count).unwrap_or_default().iter().map(|&c| c as char).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stream_of(file: &[u8]) -> Vec<u8> {
        super::super::ole::stream(file, &["Workbook"]).unwrap().unwrap()
    }

    /// Damage inside the workbook stream itself (not the container around it) reaches
    /// calamine's record readers: every such file is refused or read, never a panic.
    #[test]
    fn damaged_records_are_refused_or_read_never_a_panic() {
        let good = stream_of(include_bytes!("../../../../tests/fixtures/xls/indicators.xls"));
        let mut rng = crate::generate::Rng::new(5);
        let cases = std::env::var("FUZZ_CASES").ok().and_then(|v| v.parse::<usize>().ok()).unwrap_or(400);
        for _ in 0..cases {
            let mut s = good.clone();
            for _ in 0..1 + (rng.unit() * 6.0) as usize {
                let at = (rng.unit() * s.len() as f64) as usize % s.len();
                s[at] = match (rng.unit() * 4.0) as u8 {
                    0 => 0xFF,
                    1 => 0,
                    2 => s[at].wrapping_add(1),
                    _ => (rng.unit() * 256.0) as u8,
                };
            }
            let _ = super::super::decode::read(&super::super::ole::wrap(&s));
        }
    }

    /// A record: its kind, its length and its data.
    fn rec(kind: u16, data: &[u8]) -> Vec<u8> {
        [&kind.to_le_bytes()[..], &(data.len() as u16).to_le_bytes(), data].concat()
    }

    /// Two sheets whose records overlap: sheet B starts inside sheet A's records, so the edit
    /// that hides A's MERGECELLS writes B's first cell's row (229 becomes 65,535), stretching
    /// B from 230 × 33 cells to 65,536 × 33, past the limit, in the copy calamine reads.
    #[test]
    fn an_edit_that_changes_another_sheets_cells_is_measured_as_calamine_reads_it() {
        let bof = rec(0x0809, &[0x00, 0x06, 0x10, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
        let sheet_entry =
            |pos: u32, name: u8| rec(0x0085, &[&pos.to_le_bytes()[..], &[0, 0, 1, 0, name]].concat());
        let globals_len = bof.len() + 2 * sheet_entry(0, b'A').len() + 4;
        let a = globals_len as u32;
        // Sheet A: its BOF, a record whose last four bytes are B's first record's head, then
        // the MERGECELLS whose kind and length B reads as its first cell's row and column.
        let number = |row: u16, col: u16| [&row.to_le_bytes()[..], &col.to_le_bytes(), &[0; 10]].concat();
        let filler = rec(0x0099, &[0, 0, 0x03, 0x02, 14, 0]);
        let merge = [&[0u8; 10][..], &rec(0x0203, &number(0, 0)), &rec(0x000A, &[])].concat();
        let merge = [&merge[..], &vec![0; 32 - merge.len()]].concat();
        let sheet_a = [bof.clone(), filler.clone(), rec(0x00E5, &merge), rec(0x000A, &[])].concat();
        let b = a + (bof.len() + filler.len() - 4) as u32;
        let stream = [bof, sheet_entry(a, b'A'), sheet_entry(b, b'B'), rec(0x000A, &[]), sheet_a].concat();
        let refused = xls_within(&super::super::ole::wrap(&stream)).err().expect("refused");
        assert!(refused.contains("\"B\""), "{refused}");
    }

    fn sheet() -> XlsSheet<'static> {
        XlsSheet {
            name: "Data".into(),
            extent: Extent::default(),
            kept: 0,
            depth: 0,
            began: false,
            styles: &[],
            formats: HashMap::new(),
        }
    }

    #[test]
    fn a_run_of_cells_is_measured_and_a_broken_run_is_damage() {
        let mut s = sheet();
        // MULRK: row 2, columns 1 to 3 (three 6-byte cells), then the last column.
        let mut run = vec![2, 0, 1, 0];
        run.extend([0u8; 18]);
        run.extend(3u16.to_le_bytes());
        assert_eq!(s.record(0x00BD, &run), Ok(false));
        assert_eq!(s.extent.block(), Some((2, 1, 1, 3)));
        assert_eq!(s.kept, 3);
        run.truncate(run.len() - 8);
        run.extend(3u16.to_le_bytes());
        assert_eq!(s.record(0x00BD, &run), Err(None), "a run shorter than its columns say");
        assert_eq!(
            s.record(0x00BD, &[2, 0, 5, 0, 0, 0, 1, 0]),
            Err(None),
            "a run that ends before it starts"
        );
        assert_eq!(s.record(0x0203, &[1]), Err(None), "a cell with no place");
    }

    #[test]
    fn cells_piled_on_one_place_count_against_the_limit() {
        let mut s = sheet();
        let mut run = vec![0, 0, 0, 0];
        run.extend([0u8; 6 * 1000]);
        run.extend(999u16.to_le_bytes());
        let mut last = Ok(false);
        for _ in 0..(Limit::Xls.cells() / 1000 + 1) {
            last = s.record(0x00BD, &run);
            if last.is_err() {
                break;
            }
        }
        let err = last.unwrap_err().expect("a reason, not damage");
        assert!(err.contains("2,000,000"), "{err}");
        assert_eq!(s.extent.block(), Some((0, 0, 1, 1000)), "the place is one row");
    }

    #[test]
    fn shared_strings_that_end_where_calamine_would_panic_are_damage() {
        let head = [0u8; 8];
        // One string of 4 one-byte characters, split across a CONTINUE.
        let sst = [&head[..], &[4, 0, 0, b'a', b'b']].concat();
        assert!(strings_hold_together(&[&sst, &[0, b'c', b'd']]));
        assert!(!strings_hold_together(&[&sst, &[]]), "an empty CONTINUE where the text runs on");
        // Rich text whose run count is cut off.
        let rich = [&head[..], &[1, 0, 0x8, 0]].concat();
        assert!(!strings_hold_together(&[&rich]));
        assert!(strings_hold_together(&[&head[..4]]));
    }
}
