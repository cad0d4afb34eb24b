//! Every format written a step at a time gives the bytes of the whole export, over the seed
//! story with review decisions of every kind (a rejected claim, a manual one, tags, a note,
//! a verdict), and over an empty project.

use super::*;
use crate::fixtures::seed_project;
use crate::format::{export_json, w3c};
use crate::model::{Origin, Status};

/// The seed story after a reviewer's work: decisions that each format writes differently.
fn reviewed_project() -> Project {
    let mut project = seed_project();
    assert!(project.claims.len() > 10);
    project.claims[0].status = Status::Rejected;
    project.claims[1].status = Status::Accepted;
    project.claims[2].tags = vec![project.tags[0].id.clone()];
    project.claims[3].note = "checked against the \"transcript\"\nline two".into();
    let mut manual = project.claims[4].clone();
    manual.id = "manual-1".into();
    manual.origin = Origin::Manual;
    manual.document = project.documents[0].id.clone();
    manual.content = project.claims.iter().find(|c| c.document == manual.document).unwrap().content;
    manual.cue = None;
    manual.source_mention = None;
    project.claims.push(manual);
    project
}

fn options() -> ExportOptions {
    ExportOptions { exported_at: Some("2026-12-08T02:00:00Z".into()), ..Default::default() }
}

/// The job run one step per call of `run`, its pieces taken as they come (as the page does).
fn step_by_step(project: &Project, format: ExportFormat) -> (Vec<u8>, usize) {
    let mut job = ExportJob::new(format, options());
    let mut calls = 0;
    let mut bytes = Vec::new();
    while !job.is_done() {
        let mut left = 1;
        job.run(project, || std::mem::replace(&mut left, 0) == 1);
        bytes.extend(job.take_written());
        calls += 1;
        assert!(calls < 100_000, "{format:?} never ends");
    }
    let (done, total) = job.progress(project);
    assert_eq!(done, total, "{format:?}: the progress ends at its total");
    bytes.extend(job.into_bytes());
    (bytes, calls)
}

#[test]
fn every_format_in_steps_is_the_whole_export() {
    for project in [reviewed_project(), Project::default()] {
        for format in ExportFormat::ALL {
            let (bytes, steps) = step_by_step(&project, format);
            let whole = crate::format::export(&project, format, &options());
            assert_eq!(bytes, whole, "{format:?}");
            let (_, total) = ExportJob::new(format, options()).progress(&project);
            assert_eq!(steps, total, "{format:?}: one step a call, as many as foretold");
        }
    }
}

#[test]
fn the_steps_write_what_the_single_pass_exports_wrote() {
    // claimlens/1 has an independent whole writer (`export_json`); W3C is checked against
    // a pretty print of its parsed self, whatever the pieces.
    let project = reviewed_project();
    let at = options().exported_at;
    let (claimlens, _) = step_by_step(&project, ExportFormat::Claimlens);
    assert_eq!(String::from_utf8(claimlens).unwrap(), export_json(&project, at.as_deref()));
    let (w3c, _) = step_by_step(&project, ExportFormat::W3c);
    let text = String::from_utf8(w3c).unwrap();
    let value: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(text, serde_json::to_string_pretty(&value).unwrap() + "\n");
    let items = value["first"]["items"].as_array().unwrap();
    assert_eq!(value["total"].as_u64().unwrap() as usize, items.len());
    let exported = project.claims.iter().filter(|c| c.status != Status::Rejected).count();
    assert!(items.len() >= exported, "every claim not rejected, and the clusters");
    assert_eq!(w3c::export_w3c(&project, at.as_deref()), text);
}

#[test]
fn progress_counts_up_to_its_total() {
    let project = reviewed_project();
    let mut job = ExportJob::new(ExportFormat::W3c, options());
    let (_, total) = job.progress(&project);
    let mut last = 0;
    while !job.is_done() {
        let mut left = 1;
        job.run(&project, || std::mem::replace(&mut left, 0) == 1);
        let (done, now_total) = job.progress(&project);
        assert_eq!(now_total, total);
        assert!(done > last || job.is_done());
        last = done;
    }
}
