//! Pathological texts and how the pipeline's time grows with them (`claimlens bench-hostile`).
//!
//! Each [`Shape`] makes a text of a given size from one hostile pattern: one huge line, tens of
//! thousands of quotation marks, quotes that never close or nest ten deep, 100k tiny lines, no
//! spaces at all, a new speaker in every sentence. The tests (`tests/hostile.rs`) run them through the pipeline and check the
//! output is sane; [`measure`] times them at n, 2n, 4n, 8n so growth is stated as measured
//! (a ratio near 2 per doubling is linear, near 4 quadratic). No timing is ever asserted.

use std::fmt;
use std::time::Instant;

use crate::pipeline::{analyze, InputFile};

/// One kind of hostile text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    /// Ordinary attributed sentences on one line, no newline at all.
    OneLongLine,
    /// Nothing but straight and curly quotation marks with single letters between.
    QuotationMarks,
    /// Opening quotation marks that are never closed, in attributed sentences.
    UnbalancedQuotes,
    /// `Smith said: "` followed by words that run to the end of the file.
    NeverClosingQuote,
    /// Quotes nested ten deep, alternating double and single marks, repeated.
    NestedTenDeep,
    /// One or two characters per line.
    TinyLines,
    /// Letters, cue words and punctuation with no whitespace anywhere.
    NoSpaces,
    /// Every quote said by a different person: entities and speakers grow with the text.
    ManyNames,
    /// Two cues and a quotation per clause, clauses joined by commas: one sentence, no full stop.
    ManyCues,
    /// Quoted sentences, some attributed and some not, in one paragraph that never breaks.
    ManyQuotes,
    /// A different person says something in every clause of one sentence without a full stop.
    ManySpeakers,
}

impl Shape {
    pub const ALL: [Shape; 11] = [
        Shape::OneLongLine,
        Shape::QuotationMarks,
        Shape::UnbalancedQuotes,
        Shape::NeverClosingQuote,
        Shape::NestedTenDeep,
        Shape::TinyLines,
        Shape::NoSpaces,
        Shape::ManyNames,
        Shape::ManyCues,
        Shape::ManyQuotes,
        Shape::ManySpeakers,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Shape::OneLongLine => "one long line",
            Shape::QuotationMarks => "quotation marks",
            Shape::UnbalancedQuotes => "unbalanced quotes",
            Shape::NeverClosingQuote => "quote never closes",
            Shape::NestedTenDeep => "nested ten deep",
            Shape::TinyLines => "tiny lines",
            Shape::NoSpaces => "no spaces",
            Shape::ManyNames => "many names",
            Shape::ManyCues => "cues in one sentence",
            Shape::ManyQuotes => "quotes in a paragraph",
            Shape::ManySpeakers => "speakers in a sentence",
        }
    }

    /// A text of this shape of about `bytes` bytes (never more than `bytes` + one unit).
    pub fn text(self, bytes: usize) -> String {
        let unit = self.unit();
        let mut text = String::with_capacity(bytes + 64);
        if self == Shape::NeverClosingQuote {
            text.push_str("Smith said: \"");
        }
        let mut n = 0;
        while text.len() < bytes {
            if self == Shape::ManyNames {
                text.push_str(&format!(
                    "\u{201c}We will win this,\u{201d} {} said. ",
                    made_up_name(n)
                ));
                n += 1;
            } else if self == Shape::ManySpeakers {
                text.push_str(&format!("{} said costs would rise, ", made_up_name(n)));
                n += 1;
            } else {
                text.push_str(unit);
            }
        }
        text
    }

    /// The pattern the text repeats.
    fn unit(self) -> &'static str {
        match self {
            Shape::OneLongLine => "\u{201c}We will win this,\u{201d} Smith said, and Jones warned that costs would rise. ",
            Shape::QuotationMarks => "\"a\u{201c}\u{201d}'\u{2018}\u{2019}\u{ab}\u{bb} ",
            Shape::UnbalancedQuotes => "\u{201c}We will win, Smith said. \"Yes, Jones said. ",
            Shape::NeverClosingQuote => "we will win this and more, ",
            Shape::NestedTenDeep => "\u{201c}a \u{2018}b \u{201c}c \u{2018}d \u{201c}e \u{2018}f \u{201c}g \u{2018}h \u{201c}i \u{2018}j\u{2019} i\u{201d} h\u{2019} g\u{201d} f\u{2019} e\u{201d} d\u{2019} c\u{201d} b\u{2019} a,\u{201d} Smith said.\n",
            Shape::TinyLines => "a\n\"\n",
            Shape::NoSpaces => "Smith,said:\u{201c}we,will.win\u{201d}.according-to.Jones;",
            Shape::ManyNames | Shape::ManySpeakers => "",
            Shape::ManyCues => "He said \"yes\" and she said no, ",
            Shape::ManyQuotes => "\u{201c}We will build the bridge this year.\u{201d} \u{201c}It will open in May,\u{201d} she added. ",
        }
    }
}

/// A capitalised two-word name, first and last name both distinct for every `n`.
fn made_up_name(n: usize) -> String {
    const SYLLABLES: [&str; 8] = ["ba", "be", "bo", "da", "de", "ko", "ma", "ri"];
    let word = |mut k: usize| {
        let mut w = String::new();
        loop {
            w.push_str(SYLLABLES[k % SYLLABLES.len()]);
            k /= SYLLABLES.len();
            if k == 0 {
                break;
            }
        }
        let mut chars = w.chars();
        chars.next().map(|c| c.to_ascii_uppercase()).into_iter().chain(chars).collect::<String>()
    };
    format!("{} {}", word(n), word(7 * n + 3))
}

/// How long the whole pipeline took on one text.
#[derive(Clone, Debug)]
pub struct Timing {
    pub bytes: usize,
    pub ms: f64,
    pub claims: usize,
}

/// One shape timed at n, 2n, 4n, 8n bytes.
#[derive(Clone, Debug)]
pub struct Growth {
    pub shape: Shape,
    pub timings: Vec<Timing>,
}

impl Growth {
    /// Time ratio from each size to the next (2 per doubling is linear, 4 quadratic).
    pub fn ratios(&self) -> Vec<f64> {
        self.timings.windows(2).map(|w| w[1].ms / w[0].ms.max(1e-3)).collect()
    }
}

impl fmt::Display for Growth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:<20}", self.shape.name())?;
        for t in &self.timings {
            write!(
                f,
                " | {:>6.2} MB {:>9.1} ms {:>6} claims",
                t.bytes as f64 / 1e6,
                t.ms,
                t.claims
            )?;
        }
        let ratios: Vec<String> = self.ratios().iter().map(|r| format!("{r:.2}")).collect();
        write!(f, " | ×{} per doubling", ratios.join(" ×"))
    }
}

/// Times the pipeline on every shape (or those whose name contains `only`) at `base`, 2·`base`,
/// 4·`base` and 8·`base` bytes, reporting each shape. `runs` per size, the best kept; `None`
/// runs small texts more often (up to five times below 1 MB, once from 4 MB), which flatters
/// the smaller sizes: a fixed count compares the sizes alike.
pub fn run(base: usize, only: Option<&str>, runs: Option<usize>, mut report: impl FnMut(&Growth)) {
    for shape in Shape::ALL.into_iter().filter(|s| only.is_none_or(|o| s.name().contains(o))) {
        report(&measure(shape, base, runs));
    }
}

/// Times one shape at four doubling sizes (best of `runs`, see [`run`]).
pub fn measure(shape: Shape, base: usize, runs: Option<usize>) -> Growth {
    let timings = [1, 2, 4, 8].iter().map(|k| time_analyze(&shape.text(base * k), runs)).collect();
    Growth { shape, timings }
}

/// Times the whole pipeline on one file (decode, clean, extract, speakers, clusters).
fn time_analyze(text: &str, runs: Option<usize>) -> Timing {
    let file = InputFile { name: "hostile.txt".to_string(), bytes: text.as_bytes().to_vec() };
    let runs = runs.unwrap_or((4_000_000 / text.len().max(1)).clamp(1, 5)).max(1);
    let mut best = f64::INFINITY;
    let mut claims = 0;
    for _ in 0..runs {
        let started = Instant::now();
        let (project, _) = analyze(std::slice::from_ref(&file));
        best = best.min(started.elapsed().as_secs_f64() * 1000.0);
        claims = project.claims.len();
    }
    Timing { bytes: text.len(), ms: best, claims }
}
