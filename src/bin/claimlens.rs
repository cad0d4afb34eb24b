//! The `claimlens` command line: a thin shell over the core (see `claimlens --help`).

#[cfg(not(target_arch = "wasm32"))]
mod cli {
    use std::io::Write;
    use std::path::PathBuf;
    use std::process::ExitCode;

    use claimlens::format::export_json;
    use claimlens::pipeline::{analyze, file_name_of, InputFile};
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
        /// Time duplicate detection and claim clustering on synthetic projects of these sizes.
        BenchStory {
            /// Numbers of documents, comma-separated.
            #[arg(long, value_delimiter = ',', default_values_t = [1000, 3000, 10000])]
            docs: Vec<usize>,
        },
    }

    pub fn main() -> ExitCode {
        match Cli::parse().command {
            Command::Extract { files, output } => extract(&files, output.as_deref()),
            Command::BenchStory { docs } => {
                claimlens::story::bench::run(&docs, |m| println!("{m}"));
                ExitCode::SUCCESS
            }
        }
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
