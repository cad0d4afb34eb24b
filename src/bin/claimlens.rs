//! The `claimlens` command line: a thin shell over the core (see `claimlens --help`).

#[cfg(not(target_arch = "wasm32"))]
mod cli {
    use std::io::{IsTerminal, Write};
    use std::path::{Path, PathBuf};
    use std::process::ExitCode;
    use std::sync::atomic::{AtomicBool, Ordering};
    use std::time::Instant;

    use claimlens::extract::{extract_with, Rules};
    use claimlens::format::claimreview::RatingTable;
    use claimlens::format::{export, export_json_line, import_json, ExportFormat, ExportOptions};
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
            #[command(flatten)]
            export: ExportArgs,
        },
        /// Import a claimlens/1 project (as exported by the page), validate it, and write it in
        /// a format: the same bytes the page's export of that project gives.
        Convert {
            /// A claimlens/1 JSON file.
            project: PathBuf,
            /// Write here instead of stdout.
            #[arg(short, long)]
            output: Option<PathBuf>,
            #[command(flatten)]
            export: ExportArgs,
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
        /// Speaker identity over text files: speakers, people joining different given names,
        /// names no article of theirs uses, the most quoted; and how long linking takes.
        BenchSpeakers {
            /// Article files (.txt).
            #[arg(required = true)]
            files: Vec<PathBuf>,
            /// How many of the most quoted speakers to list.
            #[arg(long, default_value_t = 40)]
            top: usize,
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
            /// Runs per size, the best kept (default: up to five below 1 MB, one from 4 MB).
            #[arg(long)]
            runs: Option<usize>,
        },
    }

    pub fn main() -> ExitCode {
        match Cli::parse().command {
            Command::Extract { files, output, jsonl, export, without } => {
                let rules = match rules_without(without) {
                    Ok(rules) => rules,
                    Err(e) => return fail(&e),
                };
                match export.options(output.as_deref(), jsonl) {
                    Ok((format, options)) => {
                        extract(&files, output.as_deref(), jsonl, rules, format, &options)
                    }
                    Err(message) => fail(&message),
                }
            }
            Command::Convert { project, output, export } => {
                convert(&project, output.as_deref(), &export)
            }
            Command::Bench { files, seconds } => bench(&files, seconds),
            Command::BenchLink { files } => bench_link(&files),
            Command::BenchSpeakers { files, top } => bench_speakers::run(&files, top),
            Command::BenchStory { docs } => {
                claimlens::story::bench::run(&docs, |m| println!("{m}"));
                ExitCode::SUCCESS
            }
            Command::BenchHostile { bytes, shape, runs } => {
                let report = |growth: &claimlens::hostile::Growth| println!("{growth}");
                claimlens::hostile::run(bytes, shape.as_deref(), runs, report);
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
        let mut times = Vec::new();
        for _ in 0..5 {
            let started = Instant::now();
            std::hint::black_box(claimlens::story::order::StoryOrder::of(&project));
            times.push(ms(started));
        }
        times.sort_by(f64::total_cmp);
        let order = claimlens::story::order::StoryOrder::of(&project);
        println!(
            "the story view's order of the {} clusters ({} across outlets): {:.1} ms (best of 5; median {:.1})",
            order.clusters.len(),
            order.across,
            times[0],
            times[2]
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

    /// `claimlens bench-speakers`: kept apart, as its own module, from the other commands.
    mod bench_speakers {
        use super::*;
        use claimlens::extract::Entity;
        use claimlens::story::speakers::{bench::Report, link_speakers};

        pub fn run(paths: &[PathBuf], top: usize) -> ExitCode {
            let ms = |started: Instant| started.elapsed().as_secs_f64() * 1000.0;
            let prepared: Vec<Result<Prepared, ReadError>> =
                paths.par_iter().filter_map(|path| read_and_prepare(path, Rules::ALL)).collect();
            let owned: Vec<Vec<Entity>> = prepared
                .iter()
                .filter_map(|p| p.as_ref().ok().map(|p| p.extraction.entities.clone()))
                .collect();
            if owned.is_empty() {
                return fail("no readable article among the files");
            }
            let entities: Vec<&[Entity]> = owned.iter().map(Vec::as_slice).collect();
            let started = Instant::now();
            let speakers = link_speakers(&mut Vec::new(), &entities);
            let once = ms(started);
            let thousand: Vec<&[Entity]> = entities.iter().cycle().take(1000).copied().collect();
            let started = Instant::now();
            link_speakers(&mut Vec::new(), &thousand);
            let linked_1000 = ms(started);
            let mut project = Project { tags: default_tags(), ..Project::default() };
            let started = Instant::now();
            report(&add_prepared(&mut project, prepared));
            let whole = ms(started);
            println!(
                "linking speakers: {} articles {once:.1} ms ({} entities); 1000 articles (the same, cycled) {linked_1000:.1} ms; add_prepared of all {whole:.0} ms",
                entities.len(),
                speakers.iter().map(Vec::len).sum::<usize>(),
            );
            print!("{}", Report::of(&project, top));
            ExitCode::SUCCESS
        }
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

    fn extract(
        paths: &[PathBuf],
        output: Option<&Path>,
        jsonl: bool,
        rules: Rules,
        format: ExportFormat,
        options: &ExportOptions,
    ) -> ExitCode {
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
        if !jsonl && out.write_all(&export(&project, format, options)).is_err() {
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

    /// How `extract` and `convert` write their export.
    #[derive(clap::Args)]
    struct ExportArgs {
        /// The format: claimlens (claimlens/1 JSON), w3c (Web Annotation JSON-LD), brat (a zip
        /// for brat and INCEpTION), csv, claimreview (schema.org JSON-LD of verdict tags).
        #[arg(long, default_value = "claimlens", value_parser = parse_format)]
        format: ExportFormat,
        /// The export's time, as "2026-11-22T10:00:00Z" or "now" (claimlens/1 exported_at, W3C
        /// created/modified, ClaimReview datePublished). Default: $SOURCE_DATE_EPOCH if set,
        /// else none, so that the output is reproducible.
        #[arg(long)]
        exported_at: Option<String>,
        /// A tag → rating table for claimreview (JSON: {"best": 5, "worst": 1, "tags":
        /// {"false": {"value": 1, "name": "False"}}}); default: verified, misleading, false.
        #[arg(long)]
        ratings: Option<PathBuf>,
    }

    impl ExportArgs {
        /// The format and options, or why they cannot be used together.
        fn options(
            &self,
            output: Option<&Path>,
            jsonl: bool,
        ) -> Result<(ExportFormat, ExportOptions), String> {
            if jsonl && self.format != ExportFormat::Claimlens {
                return Err("--jsonl writes claimlens/1 only; drop --format or --jsonl".into());
            }
            if self.format == ExportFormat::Brat
                && output.is_none()
                && std::io::stdout().is_terminal()
            {
                return Err("--format brat writes a zip: give -o FILE.zip (or pipe it)".into());
            }
            let ratings = match &self.ratings {
                None => RatingTable::default(),
                Some(path) => std::fs::read_to_string(path)
                    .map_err(|e| format!("{}: cannot read: {e}", path.display()))
                    .and_then(|json| {
                        RatingTable::from_json(&json)
                            .map_err(|e| format!("{}: {e}", path.display()))
                    })?,
            };
            let exported_at = match self.exported_at.as_deref() {
                Some("now") => Some(iso_utc(unix_now())),
                Some(time) if is_iso_utc(time) => Some(time.to_string()),
                Some(time) => {
                    return Err(format!(
                        "--exported-at {time:?}: give a UTC time as 2026-11-22T10:00:00Z, or now"
                    ))
                }
                None => match std::env::var("SOURCE_DATE_EPOCH") {
                    Ok(secs) => Some(iso_utc(secs.trim().parse().map_err(|_| {
                        format!("SOURCE_DATE_EPOCH={secs:?} is not a number of seconds")
                    })?)),
                    Err(_) => None,
                },
            };
            Ok((self.format, ExportOptions { exported_at, ratings }))
        }
    }

    fn parse_format(name: &str) -> Result<ExportFormat, String> {
        ExportFormat::from_name(name).ok_or_else(|| {
            let names: Vec<&str> = ExportFormat::ALL.iter().map(|f| f.name()).collect();
            format!("unknown format {name:?}; one of {}", names.join(", "))
        })
    }

    /// `convert`: a claimlens/1 file, validated as the page's Import does, in another format.
    fn convert(path: &Path, output: Option<&Path>, args: &ExportArgs) -> ExitCode {
        let (format, options) = match args.options(output, false) {
            Ok(chosen) => chosen,
            Err(message) => return fail(&message),
        };
        let json = match std::fs::read(path) {
            Ok(bytes) => match String::from_utf8(bytes) {
                Ok(json) => json,
                Err(_) => return fail(&format!("{}: refused: not UTF-8 text", path.display())),
            },
            Err(e) => return fail(&format!("{}: cannot read: {e}", path.display())),
        };
        let project = match import_json(&json) {
            Ok(project) => project,
            Err(e) => return fail(&format!("{}: refused: {e}", path.display())),
        };
        let bytes = export(&project, format, &options);
        let written = match output {
            Some(out) => std::fs::write(out, &bytes)
                .map_err(|e| format!("cannot write {}: {e}", out.display())),
            None => {
                let mut stdout = std::io::stdout().lock();
                stdout
                    .write_all(&bytes)
                    .and_then(|()| stdout.flush())
                    .map_err(|_| "cannot write the output".to_string())
            }
        };
        match written {
            Ok(()) => ExitCode::SUCCESS,
            Err(message) => fail(&message),
        }
    }

    fn unix_now() -> i64 {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs() as i64)
    }

    /// True for "YYYY-MM-DDTHH:MM:SSZ".
    fn is_iso_utc(time: &str) -> bool {
        let b = time.as_bytes();
        b.len() == 20
            && b.iter().enumerate().all(|(i, c)| match i {
                4 | 7 => *c == b'-',
                10 => *c == b'T',
                13 | 16 => *c == b':',
                19 => *c == b'Z',
                _ => c.is_ascii_digit(),
            })
    }

    /// Seconds since 1970 as "YYYY-MM-DDTHH:MM:SSZ" (proleptic Gregorian, UTC).
    fn iso_utc(secs: i64) -> String {
        let (days, rem) = (secs.div_euclid(86_400), secs.rem_euclid(86_400));
        // Howard Hinnant's civil_from_days.
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = doy - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = yoe + era * 400 + i64::from(month <= 2);
        format!(
            "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z",
            rem / 3600,
            rem % 3600 / 60,
            rem % 60
        )
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
