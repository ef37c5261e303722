//! What the fuzzers share: byte-level edits (flip, delete, duplicate, insert a token) and
//! how to apply them (each fuzzer chooses its own tokens); and an allocator that counts, so a
//! fuzzer can assert what reading a damaged file held at most ([`peak`]).

use proptest::prelude::*;
use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

/// The system's allocator, counting this thread's bytes held and the most held at once (each
/// test runs on a thread of its own, so other tests' allocations are not counted).
struct Counting;

thread_local! {
    static HELD: Cell<usize> = const { Cell::new(0) };
    static MOST: Cell<usize> = const { Cell::new(0) };
}

fn grew(by: usize) {
    let _ = HELD.try_with(|h| {
        h.set(h.get() + by);
        let _ = MOST.try_with(|m| m.set(m.get().max(h.get())));
    });
}

fn shrank(by: usize) {
    let _ = HELD.try_with(|h| h.set(h.get().saturating_sub(by)));
}

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            grew(layout.size());
        }
        p
    }
    unsafe fn dealloc(&self, p: *mut u8, layout: Layout) {
        unsafe { System.dealloc(p, layout) };
        shrank(layout.size());
    }
    unsafe fn realloc(&self, p: *mut u8, layout: Layout, size: usize) -> *mut u8 {
        let q = unsafe { System.realloc(p, layout, size) };
        if !q.is_null() {
            shrank(layout.size());
            grew(size);
        }
        q
    }
}

#[global_allocator]
static COUNTING: Counting = Counting;

/// What `f` gave, and the most it held at once beyond what was held before it, in bytes.
pub fn peak<R>(f: impl FnOnce() -> R) -> (R, usize) {
    let before = HELD.with(Cell::get);
    MOST.with(|m| m.set(before));
    let out = f();
    (out, MOST.with(Cell::get) - before)
}

/// What a damaged file may make the reader or importer hold at once: the files fuzzed are
/// small (the largest seed 300 KB), so anything near this is something laid out from a claim.
pub const MOST_HELD: usize = 64 << 20;

#[derive(Debug, Clone)]
pub enum Edit {
    Flip(usize, u8),
    Delete(usize, usize),
    Duplicate(usize, usize),
    Insert(usize, &'static str),
}

/// An edit, inserting one of `tokens`.
pub fn edit(tokens: Vec<&'static str>) -> impl Strategy<Value = Edit> {
    prop_oneof![
        (any::<usize>(), any::<u8>()).prop_map(|(i, b)| Edit::Flip(i, b)),
        (any::<usize>(), 1usize..64).prop_map(|(i, n)| Edit::Delete(i, n)),
        (any::<usize>(), 1usize..256).prop_map(|(i, n)| Edit::Duplicate(i, n)),
        (any::<usize>(), prop::sample::select(tokens)).prop_map(|(i, t)| Edit::Insert(i, t)),
    ]
}

pub fn apply(mut bytes: Vec<u8>, edits: &[Edit]) -> Vec<u8> {
    for e in edits {
        let len = bytes.len().max(1);
        match *e {
            Edit::Flip(i, b) => {
                if !bytes.is_empty() {
                    bytes[i % len] = b
                }
            }
            Edit::Delete(i, n) => {
                let at = (i % len).min(bytes.len());
                let end = (at + n).min(bytes.len());
                bytes.drain(at..end);
            }
            Edit::Duplicate(i, n) => {
                let at = (i % len).min(bytes.len());
                let end = (at + n).min(bytes.len());
                let chunk: Vec<u8> = bytes[at..end].to_vec();
                bytes.splice(at..at, chunk);
            }
            Edit::Insert(i, t) => {
                let at = (i % len).min(bytes.len());
                bytes.splice(at..at, t.bytes());
            }
        }
    }
    bytes
}
