//! The `claimlens` command line: a thin shell over the core (see `claimlens --help`).

#[cfg(not(target_arch = "wasm32"))]
mod cli {
    use std::io::{IsTerminal, Write};
    use std::path::{Path, PathBuf};
    use std::process::ExitCode;
    use std::sync::atomic::{AtomicBool, Ordering};
    use std::time::Instant;

    use claimlens::extract::{extract_with, Rules};
    use claimlens::format::{export_json, export_json_line};
    use claimlens::model::{default_tags, Project};
    use claimlens::pipeline::{add_prepared, file_name_of, prepare, InputFile, Prepared};
    use claimlens::text::decode::{decode_file, ReadError};
    use clap::{Parser, Subcommand};
    use indicatif::{ProgressBar, ProgressStyle};
    use rayon::prelude::*;

    /// Find who claims what across news articles.
    #[derive(Parser)]
    #[command(version, about)]
    struct Cli {
        #[command(subcommand)]
        command: Command,
    }

    #[derive(Subcommand)]
    enum Command {
        /// Extract claims from text files and write claimlens/1 JSON (to stdout by default).
        Extract {
            /// Article files (.txt); UTF-8, UTF-16 and Windows-1252 are recognised.
            #[arg(required = true)]
            files: Vec<PathBuf>,
            /// Write the JSON here instead of stdout.
            #[arg(short, long)]
            output: Option<PathBuf>,
            /// One claimlens/1 object per document and line, written as documents finish
            /// (no cross-document speakers or clusters); for archives and batch systems.
            #[arg(long)]
            jsonl: bool,
            /// Switch these extractor rules off, comma-separated (for ablation; an unknown
            /// name lists the rules).
            #[arg(long, value_name = "RULE[,RULE]")]
            without: Option<String>,
        },
        /// Time the attribution extraction over text files (one thread, about 2 seconds).
        Bench {
            /// Article files (.txt).
            #[arg(required = true)]
            files: Vec<PathBuf>,
            /// How long to keep extracting, in seconds.
            #[arg(long, default_value_t = 2.0)]
            seconds: f64,
        },
        /// Time adding prepared files to a project (speakers, duplicates, clusters: the work the
        /// page's worker does when a run of files is in), one thread.
        BenchLink {
            /// Article files (.txt).
            #[arg(required = true)]
            files: Vec<PathBuf>,
        },
        /// Time duplicate detection and claim clustering on synthetic projects of these sizes.
        BenchStory {
            /// Numbers of documents, comma-separated.
            #[arg(long, value_delimiter = ',', default_values_t = [1000, 3000, 10000])]
            docs: Vec<usize>,
        },
        /// Time the whole pipeline on pathological texts at n, 2n, 4n, 8n bytes (growth per doubling).
        BenchHostile {
            /// The smallest size n, in bytes.
            #[arg(long, default_value_t = 250_000)]
            bytes: usize,
            /// Only the shapes whose name contains this (e.g. "cues"); all when absent.
            #[arg(long)]
            shape: Option<String>,
        },
    }

    pub fn main() -> ExitCode {
        match Cli::parse().command {
            Command::Extract { files, output, jsonl, without } => match rules_without(without) {
                Ok(rules) => extract(&files, output.as_deref(), jsonl, rules),
                Err(e) => fail(&e),
            },
            Command::Bench { files, seconds } => bench(&files, seconds),
            Command::BenchLink { files } => bench_link(&files),
            Command::BenchStory { docs } => {
                claimlens::story::bench::run(&docs, |m| println!("{m}"));
                ExitCode::SUCCESS
            }
            Command::BenchHostile { bytes, shape } => {
                claimlens::hostile::run(bytes, shape.as_deref(), |growth| println!("{growth}"));
                ExitCode::SUCCESS
            }
        }
    }

    fn bench(paths: &[PathBuf], seconds: f64) -> ExitCode {
        let mut texts = Vec::with_capacity(paths.len());
        for path in paths {
            let name = file_name_of(&path.to_string_lossy()).to_string();
            match std::fs::read(path).map(|bytes| decode_file(&name, &bytes)) {
                Ok(Ok(decoded)) => texts.push(decoded.text),
                Ok(Err(refused)) => eprintln!("claimlens: {refused}"),
                Err(e) => eprintln!("claimlens: {}: cannot read: {e}", path.display()),
            }
        }
        let bytes: usize = texts.iter().map(String::len).sum();
        let words: usize = texts.iter().map(|t| t.split_whitespace().count()).sum();
        if bytes == 0 {
            eprintln!("claimlens: nothing to extract from");
            return ExitCode::FAILURE;
        }
        let start = Instant::now();
        let (mut rounds, mut found) = (0u64, 0usize);
        while rounds == 0 || start.elapsed().as_secs_f64() < seconds {
            for text in &texts {
                found += claimlens::extract::extract(text, &[]).attributions.len();
            }
            rounds += 1;
        }
        let secs = start.elapsed().as_secs_f64();
        let mb = (bytes as f64 * rounds as f64) / 1e6;
        println!(
            "{} files, {:.2} MB, {} rounds in {:.2} s: {:.2} MB/s, {:.0} words/s ({} attributions a round)",
            texts.len(),
            bytes as f64 / 1e6,
            rounds,
            secs,
            mb / secs,
            (words as f64 * rounds as f64) / secs,
            found / rounds as usize
        );
        ExitCode::SUCCESS
    }

    fn bench_link(paths: &[PathBuf]) -> ExitCode {
        use claimlens::pipeline::{add_prepared, add_prepared_remembering};
        use claimlens::story::memo::StoryMemo;
        let ms = |started: Instant| started.elapsed().as_secs_f64() * 1000.0;
        let prepared: Vec<Result<Prepared, ReadError>> =
            paths.par_iter().filter_map(|path| read_and_prepare(path, Rules::ALL)).collect();
        let files = prepared.len();
        let later = prepared.len().min(10);
        let (first, last) = prepared.split_at(prepared.len() - later);
        let mut project = Project { tags: default_tags(), ..Project::default() };
        let mut memo = StoryMemo::default();
        let started = Instant::now();
        add_prepared_remembering(&mut project, first.to_vec(), &mut memo);
        let total = ms(started);
        // The same two passes again on the project they ran on (they recompute from scratch);
        // timed apart, they are not subtracted from the whole (timings vary run to run).
        let started = Instant::now();
        claimlens::story::duplicates::mark_duplicates(&mut project);
        let duplicates = ms(started);
        let started = Instant::now();
        claimlens::story::clusters::cluster_claims(&mut project);
        let clusters = ms(started);
        println!(
            "{} files, {} claims, {} speakers: add_prepared {total:.0} ms; of the kind of work in it, run again alone: duplicates {duplicates:.0} ms, clusters {clusters:.0} ms",
            first.len(),
            project.claims.len(),
            project.speakers.len(),
        );
        let mut again = project.clone();
        let started = Instant::now();
        add_prepared(&mut again, last.to_vec());
        let fresh = ms(started);
        let started = Instant::now();
        add_prepared_remembering(&mut project, last.to_vec(), &mut memo);
        let remembered = ms(started);
        println!(
            "then {later} more of the {files} files: {fresh:.0} ms reading every text again, {remembered:.0} ms with what the first run read kept (as the page's worker does)"
        );
        ExitCode::SUCCESS
    }

    /// Files per parallel batch in `--jsonl` mode: bounds memory on archives of any size.
    const BATCH: usize = 256;

    /// The extractor rules that run: all but those `--without` names.
    fn rules_without(names: Option<String>) -> Result<Rules, String> {
        names.map_or(Ok(Rules::ALL), |list| Rules::without_names(&list))
    }

    /// `prepare`, then extraction again with only `rules` when some are switched off.
    fn prepare_with(file: &InputFile, rules: Rules) -> Result<Prepared, ReadError> {
        let mut prepared = prepare(file)?;
        if rules != Rules::ALL {
            prepared.extraction = extract_with(&prepared.text, &prepared.boilerplate, rules);
        }
        Ok(prepared)
    }

    fn extract(paths: &[PathBuf], output: Option<&Path>, jsonl: bool, rules: Rules) -> ExitCode {
        let mut out: Box<dyn Write> = match output {
            Some(path) => match std::fs::File::create(path) {
                Ok(file) => Box::new(std::io::BufWriter::new(file)),
                Err(e) => return fail(&format!("cannot write {}: {e}", path.display())),
            },
            None => Box::new(std::io::BufWriter::new(std::io::stdout().lock())),
        };
        let progress = progress_bar(paths.len() as u64);
        let unreadable = AtomicBool::new(false);
        let mut failed = false;
        let mut project = Project { tags: default_tags(), ..Project::default() };
        let batch = if jsonl { BATCH } else { paths.len().max(1) };
        for chunk in paths.chunks(batch) {
            let prepared: Vec<Result<Prepared, ReadError>> = chunk
                .par_iter()
                .filter_map(|path| {
                    let result = read_and_prepare(path, rules);
                    progress.inc(1);
                    if result.is_none() {
                        unreadable.store(true, Ordering::Relaxed);
                    }
                    result
                })
                .collect();
            if jsonl {
                for file in prepared {
                    let mut one = Project { tags: default_tags(), ..Project::default() };
                    failed |= report(&add_prepared(&mut one, vec![file]));
                    if !one.documents.is_empty()
                        && writeln!(out, "{}", export_json_line(&one)).is_err()
                    {
                        return fail("cannot write the output");
                    }
                }
            } else {
                failed |= report(&add_prepared(&mut project, prepared));
            }
        }
        progress.finish_and_clear();
        failed |= unreadable.load(Ordering::Relaxed);
        if !jsonl && out.write_all(export_json(&project, None).as_bytes()).is_err() {
            return fail("cannot write the output");
        }
        if out.flush().is_err() {
            return fail("cannot write the output");
        }
        if failed {
            ExitCode::FAILURE
        } else {
            ExitCode::SUCCESS
        }
    }

    /// `None` when the file cannot even be read (reported here, on stderr).
    fn read_and_prepare(path: &Path, rules: Rules) -> Option<Result<Prepared, ReadError>> {
        match std::fs::read(path) {
            Ok(bytes) => {
                let name = file_name_of(&path.to_string_lossy()).to_string();
                Some(prepare_with(&InputFile { name, bytes }, rules))
            }
            Err(e) => {
                eprintln!("claimlens: {}: cannot read: {e}", path.display());
                None
            }
        }
    }

    /// Prints refusals and repeats on stderr; true when a file was refused.
    fn report(added: &claimlens::Added) -> bool {
        for refused in &added.refused {
            eprintln!("claimlens: {refused}");
        }
        for (name, same) in &added.already_present {
            eprintln!("claimlens: {name}: same text as {same}; analysed once");
        }
        !added.refused.is_empty()
    }

    /// A progress bar on a terminal's stderr; hidden when stderr is piped or for a few files.
    fn progress_bar(len: u64) -> ProgressBar {
        if !std::io::stderr().is_terminal() || len < 50 {
            return ProgressBar::hidden();
        }
        let bar = ProgressBar::new(len);
        if let Ok(style) =
            ProgressStyle::with_template("{bar:40} {pos}/{len} files {elapsed} ETA {eta}")
        {
            bar.set_style(style);
        }
        bar
    }

    fn fail(message: &str) -> ExitCode {
        eprintln!("claimlens: {message}");
        ExitCode::FAILURE
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    cli::main()
}

#[cfg(target_arch = "wasm32")]
fn main() {}
