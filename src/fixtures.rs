//! Projects the unit tests share (compiled for tests only).

use crate::model::Project;
use crate::pipeline::{analyze, InputFile};

/// The seed story's five articles (`tests/fixtures/seeds`), analysed in file-name order.
pub fn seed_project() -> Project {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/seeds");
    let mut files: Vec<InputFile> = std::fs::read_dir(dir)
        .expect("the seed fixtures")
        .map(|e| e.expect("a readable fixture folder").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .map(|p| InputFile {
            name: p.file_name().expect("a file").to_string_lossy().into_owned(),
            bytes: std::fs::read(&p).expect("a readable fixture"),
        })
        .collect();
    files.sort_by(|a, b| a.name.cmp(&b.name));
    let project = analyze(&files).0;
    assert_eq!(project.documents.len(), 5, "the five seed articles");
    project
}
