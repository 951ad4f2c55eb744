//! Throughput of the sentence splitter and of the whole parse on about 1 MB of readouts (the
//! seeds repeated), next to the `unicode-segmentation` crate's UAX #29 sentence iterator on
//! the same text. Run with `cargo bench --bench parse`.

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use readout_annotator::readout::{parse, split_sentences};
use std::path::Path;
use unicode_segmentation::UnicodeSegmentation;

/// The seeds, concatenated with blank lines and repeated to at least `size` bytes.
fn corpus(size: usize) -> String {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .expect("seeds/ exists")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    let one: String = paths
        .iter()
        .map(|p| std::fs::read_to_string(p).expect("seed is UTF-8"))
        .collect::<Vec<_>>()
        .join("\n\n");
    let mut text = String::with_capacity(size + one.len());
    while text.len() < size {
        text.push_str(&one);
        text.push_str("\n\n");
    }
    text
}

fn bench(c: &mut Criterion) {
    let text = corpus(1 << 20);
    let mut g = c.benchmark_group("1MB");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.sample_size(20);
    g.bench_function("split_sentences", |b| {
        b.iter(|| split_sentences(black_box(&text)).len())
    });
    g.bench_function("parse", |b| {
        b.iter(|| parse(black_box(&text)).paragraphs.len())
    });
    g.bench_function("uax29_unicode_sentences", |b| {
        b.iter(|| black_box(&text).unicode_sentences().count())
    });
    g.finish();

    // Linear growth: the same measure at a quarter and four times the size.
    let mut g = c.benchmark_group("growth");
    g.sample_size(10);
    for size in [1 << 18, 1 << 22] {
        let t = corpus(size);
        g.throughput(Throughput::Bytes(t.len() as u64));
        g.bench_function(format!("parse_{}KB", t.len() >> 10), |b| {
            b.iter(|| parse(black_box(&t)).paragraphs.len())
        });
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
