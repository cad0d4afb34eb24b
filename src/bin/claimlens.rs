//! The `claimlens` command line: a thin shell over the core (see `claimlens --help`).

#[cfg(not(target_arch = "wasm32"))]
mod cli {
    use std::io::Write;
    use std::path::PathBuf;
    use std::process::ExitCode;
    use std::time::Instant;

    use claimlens::format::export_json;
    use claimlens::pipeline::{analyze, file_name_of, InputFile};
    use claimlens::text::decode::decode_file;
    use clap::{Parser, Subcommand};

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
    }

    pub fn main() -> ExitCode {
        match Cli::parse().command {
            Command::Extract { files, output } => extract(&files, output.as_deref()),
            Command::Bench { files, seconds } => bench(&files, seconds),
        }
    }

    /// Extracts from every file over and over for `seconds`, then prints the throughput.
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

    fn extract(paths: &[PathBuf], output: Option<&std::path::Path>) -> ExitCode {
        let mut failed = false;
        let mut inputs = Vec::with_capacity(paths.len());
        for path in paths {
            match std::fs::read(path) {
                Ok(bytes) => inputs.push(InputFile {
                    name: file_name_of(&path.to_string_lossy()).to_string(),
                    bytes,
                }),
                Err(e) => {
                    eprintln!("claimlens: {}: cannot read: {e}", path.display());
                    failed = true;
                }
            }
        }
        let (project, added) = analyze(&inputs);
        for refused in &added.refused {
            eprintln!("claimlens: {refused}");
            failed = true;
        }
        for (name, same) in &added.already_present {
            eprintln!("claimlens: {name}: same text as {same}; analysed once");
        }
        let json = export_json(&project, None);
        let written = match output {
            Some(path) => std::fs::write(path, &json)
                .map_err(|e| format!("cannot write {}: {e}", path.display())),
            None => std::io::stdout()
                .lock()
                .write_all(json.as_bytes())
                .map_err(|e| format!("cannot write to stdout: {e}")),
        };
        if let Err(message) = written {
            eprintln!("claimlens: {message}");
            return ExitCode::FAILURE;
        }
        if failed {
            ExitCode::FAILURE
        } else {
            ExitCode::SUCCESS
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    cli::main()
}

#[cfg(target_arch = "wasm32")]
fn main() {}
