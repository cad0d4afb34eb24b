//! What the session asks the browser to do, as values: `Session::update` returns them and the
//! page's shell (`app`) runs them, so every rule about *when* something happens is tested
//! natively and the shell only knows *how*.

use crate::format::ExportFormat;
use crate::pipeline::InputFile;

/// One thing for the page's shell to do after an update, in the order given.
#[derive(Debug)]
pub enum Effect {
    /// Send files to the analysis worker, numbered from `first` (answers: `Msg::Prepared`).
    Analyse { first: u32, files: Vec<InputFile> },
    /// Ask the worker for the links of a run (answer: `Msg::Linked`); `project` is the open
    /// project as claimlens/1 when the worker's copy may differ from it.
    Link { run: u32, indices: Vec<u32>, project: Option<String> },
    /// The update applied a lot (a run of files, a restored project): paint in the next task
    /// (`Msg::Paint`), not in this one, so neither task is long.
    PaintNextTask,
    /// Write the open project in this format, a slice at a time (`format::job`), and offer it
    /// as a download: progress comes back as `Msg::ExportProgress`, the end as
    /// `Msg::ExportWritten` or `Msg::ExportFailed`. A project changed meanwhile is written again.
    Download(ExportFormat),
    /// Download every stored record as read, after a refused restore (why it was refused).
    ExportStoredRecords { reason: String },
    /// Start a save in this many ms (never put off by later changes: `saving`).
    SaveIn(f64),
    /// What autosave knows is stored no longer holds (a new project, an import, a lost
    /// connection): the next save writes everything.
    ForgetStored,
    /// Read the stored project (answer: `Msg::Restored`).
    ReadStored,
    /// Ask the writing tab to hand over.
    AskToEditHere,
    /// Finish the last save, let go of the writer's lock and follow the tab that asked.
    FlushAndFollow,
    /// Say this in the live region (screen readers read it out).
    Announce(String),
    /// Once painted, scroll the claim's list row (`row` in the list as shown, if listed) and
    /// its highlight in the reader into view.
    ShowClaim { claim: String, row: Option<usize> },
    /// A line for the browser console (how the page worked, for whoever debugs it).
    Log(String),
}
