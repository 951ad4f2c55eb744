//! The one configuration every property test runs with, so that `make test` gives the same
//! verdict on every run and every machine.
//!
//! By default a test draws its cases from a fixed seed, after replaying the failures recorded
//! in its committed `*.proptest-regressions` file. Exploration is opt-in: `make fuzz` sets
//! `FUZZ_CASES`, and then every property test draws that many cases from a fresh random seed
//! (a failure it finds is shrunk, printed and recorded in the regression file, to be committed
//! with its fix).

#![allow(dead_code)] // Each test crate includes this file and uses part of it.

use proptest::test_runner::{Config, FileFailurePersistence, RngSeed};

/// The seed of every deterministic run. Any value works; changing it changes which inputs CI
/// sees, so change it only on purpose.
pub const FIXED_SEED: u64 = 0x5EED_0010_2026;

/// Cases per property under `make fuzz`, when `FUZZ_CASES` is set.
pub fn exploration_cases() -> Option<u32> {
    std::env::var("FUZZ_CASES")
        .ok()
        .and_then(|n| n.trim().parse().ok())
}

/// `cases` inputs from the fixed seed, or `FUZZ_CASES` inputs from a random seed when exploring.
pub fn property_config(cases: u32) -> Config {
    let (cases, rng_seed) = match exploration_cases() {
        Some(n) => (n, RngSeed::Random),
        None => (cases, RngSeed::Fixed(FIXED_SEED)),
    };
    Config {
        cases,
        rng_seed,
        // `tests/NAME.proptest-regressions`, beside the test's source: the parallel-tree
        // form looks for a lib.rs or main.rs above the file, which tests/ has not.
        failure_persistence: Some(Box::new(FileFailurePersistence::WithSource(
            "proptest-regressions",
        ))),
        ..Config::default()
    }
}
