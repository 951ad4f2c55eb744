//! The bundled sample readouts (`seeds/`), compiled into the page so opening one needs no
//! network request.

/// One bundled readout: its file name and its text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sample {
    /// File name under `seeds/`.
    pub file: &'static str,
    /// The readout exactly as stored.
    pub text: &'static str,
}

macro_rules! samples {
    ($($file:literal),* $(,)?) => {
        &[$(Sample { file: $file, text: include_str!(concat!("../../seeds/", $file)) }),*]
    };
}

/// Every readout in `seeds/`; a test checks that none is missing.
pub static SAMPLES: &[Sample] = samples![
    "china-xi-jinping-calls-rouhani.txt",
    "whitehouse-2021-02-10-biden-xi.txt",
    "whitehouse-2021-02-08-biden-modi.txt",
    "whitehouse-2021-11-10-biden-von-der-leyen.txt",
    "whitehouse-2017-08-15-trump-abe.txt",
    "china-mfa-2016-03-14-wang-yi-kishida.txt",
    "china-mfa-2023-02-03-wang-yi-blinken.txt",
    "kremlin-2014-07-17-putin-obama.txt",
    "pmo-canada-2018-10-01-trudeau-trump.txt",
    "govuk-2022-10-18-truss-macron.txt",
    "xinhua-zh-2019-10-15-xi-macron.txt",
    "bundesregierung-2021-12-21-scholz-putin.txt",
];
