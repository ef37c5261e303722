//! Brotli at its best setting (quality 11, window 22), the same bytes natively and in a wasm:
//! the encoder is built without `std`, so its cost model uses its own tables for logarithms,
//! not the platform's maths library (glibc's and a wasm's differ in the last bit, and with them
//! the encoder's choices). Its memory comes from the heap through `alloc-stdlib`.

use alloc_no_stdlib::Allocator;
use alloc_stdlib::heap_alloc::WrapBox;
use alloc_stdlib::StandardAlloc;
use brotli::enc::BrotliEncoderParams;

/// The heap, as every allocator the encoder asks for.
#[derive(Clone, Copy, Default)]
struct Heap;

impl<T: Clone + Default> Allocator<T> for Heap {
    type AllocatedMemory = WrapBox<T>;
    fn alloc_cell(&mut self, len: usize) -> WrapBox<T> {
        StandardAlloc::default().alloc_cell(len)
    }
    fn free_cell(&mut self, cell: WrapBox<T>) {
        StandardAlloc::default().free_cell(cell)
    }
}

impl brotli::enc::BrotliAlloc for Heap {}

struct Input<'a>(&'a [u8]);

impl brotli::CustomRead<()> for Input<'_> {
    fn read(&mut self, into: &mut [u8]) -> Result<usize, ()> {
        let n = into.len().min(self.0.len());
        into[..n].copy_from_slice(&self.0[..n]);
        self.0 = &self.0[n..];
        Ok(n)
    }
}

struct Output(Vec<u8>);

impl brotli::CustomWrite<()> for Output {
    fn write(&mut self, data: &[u8]) -> Result<usize, ()> {
        self.0.extend_from_slice(data);
        Ok(data.len())
    }
    fn flush(&mut self) -> Result<(), ()> {
        Ok(())
    }
}

/// What the encoder tells of each block it writes: nothing is asked of it.
fn nothing_to_say(
    _: &mut brotli::interface::PredictionModeContextMap<brotli::InputReferenceMut>,
    _: &mut [brotli::interface::StaticCommand],
    _: brotli::InputPair,
    _: &mut Heap,
) {
}

/// `body` compressed.
pub fn compress(body: &[u8]) -> Vec<u8> {
    let params = BrotliEncoderParams { quality: 11, lgwin: 22, ..Default::default() };
    let (mut input, mut output) = (Input(body), Output(Vec::new()));
    let (mut inbuf, mut outbuf) = (vec![0u8; 4096], vec![0u8; 4096]);
    let _ = brotli::BrotliCompressCustomIo(
        &mut input,
        &mut output,
        &mut inbuf,
        &mut outbuf,
        &params,
        Heap,
        &mut nothing_to_say,
        (),
    );
    output.0
}
