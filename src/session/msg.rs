//! What can happen on the page (`Msg`), what reading the stored project found (`Reading`),
//! and which side view is shown (`Side`).

use crate::format::pieces::Restored;
use crate::format::ExportFormat;
use crate::model::Status;
use crate::pipeline::{InputFile, Links, Prepared};
use crate::review::caret::End;
use crate::review::query::{Filter, Sort};
use crate::review::Action;

/// What reading the stored project found.
pub enum Reading {
    Nothing,
    /// The project in pieces, as this version saves it: what is stored is the open project.
    Pieces(Restored),
    /// The single record of earlier versions: not saved in pieces yet.
    Earlier(Restored),
}

/// What the side pane shows under the inspector.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Side {
    #[default]
    Claims,
    Speakers,
    Story,
    Tags,
}

/// What can happen on the page.
pub enum Msg {
    /// Files finished reading (all files of one drop or pick, in their order): numbered and
    /// sent to the worker.
    FilesRead(Vec<InputFile>),
    /// The worker finished file number `index`, or refused it (why).
    Prepared {
        index: u32,
        result: Result<Prepared, String>,
    },
    /// The worker linked a run of files, or could not (why): the page then links them itself.
    Linked {
        run: u32,
        links: Result<Links, String>,
    },
    /// Nothing changed: paint what the last `Linked` or restore applied.
    Paint,
    /// The worker was restarted: its copy of the project is gone.
    AnalyserRestarted,
    /// Files were not read (too large) or could not be read by the browser: (name, a message
    /// naming the file and why).
    FilesFailed(Vec<(String, String)>),
    ReadingStarted(usize),
    /// Something failed outside the session (an import not read, an export): say so in red.
    Failed(String),
    SelectDocument(String),
    SelectClaim(String),
    Import {
        name: String,
        json: String,
    },
    NewProject,
    /// Download the project as claimlens/1 (`Effect::Download`).
    Export,
    /// Download in another format .
    ExportAs(ExportFormat),
    /// A download could not start: shown as an error.
    ExportFailed {
        file: String,
        reason: String,
    },
    /// The export being written is this far (steps done of about `total`).
    ExportProgress {
        done: usize,
        total: usize,
    },
    /// The export is written and its download offered.
    ExportWritten,
    DismissNotice(usize),
    ShowSide(Side),
    CloseHelp,
    /// Make a manual claim of the text selected in the reader (the shell reads the browser's selection into `Selected`).
    ClaimFromSelection,
    /// Set a span of the selected claim from the reader selection (the shell reads the browser's selection into `Selected`).
    SpanFromSelection(crate::review::SpanField),
    /// Remove the cue or source span of the selected claim.
    ClearSelectedSpan(crate::review::SpanField),
    /// The reader selection, as byte offsets, for the message it answers.
    Selected {
        start: usize,
        end: usize,
        then: Box<Msg>,
    },
    /// A review edit (undoable).
    Review(Action),
    /// The speaker field of `claim` was set to this name: an existing speaker's name (any
    /// case) assigns it, an empty one clears it, a new one creates a speaker.
    SpeakerNamed {
        claim: String,
        name: String,
    },
    /// Show only the claims of the speaker with this name (any case); empty shows every speaker.
    FilterBySpeakerName(String),
    /// Merge the speaker `absorb` into the other speaker with this name (any case).
    MergeIntoSpeakerNamed {
        absorb: String,
        name: String,
    },
    /// A merge or split that asks first (confirming.rs); any other action is done at once.
    Propose(Action),
    /// Yes to the open proposal.
    ConfirmProposal,
    /// No to the open proposal: nothing changes.
    CancelProposal,
    Undo,
    Redo,
    SetFilter(Filter),
    SetSort(Sort),
    /// Toggle the tag bound to this shortcut key on the selected claim.
    TagKey(String),
    /// Accept, reject or reset the selected claim.
    SetSelectedStatus(crate::model::Status),
    ToggleHelp,
    /// Select the next (+1) or previous (-1) claim of the claims list.
    StepClaim(isize),
    /// Accept, reject or reset every version of the selected claim (all outlets), then go on.
    SetSelectedClusterStatus(Status),
    /// Show only the claims still to review, or all again.
    ToggleToReview,
    /// Hide suggestions less confident than this (`None`: show them all).
    HideBelow(Option<crate::session::confidence::HideBelow>),
    /// Whether tag keys also move on to the next claim to review.
    SetTagKeysAdvance(bool),
    /// Move one end of the keyboard selection by a word (it starts from the selected claim).
    MoveSelection {
        end: End,
        forward: bool,
    },
    /// Escape outside a field: drop the keyboard selection.
    ClearSelection,
    /// These information notices have been shown long enough.
    NoticesExpired(Vec<u64>),
    /// The autosaved project was read (`Err`: what is saved could not be read back, and why;
    /// its records are kept). In a tab that follows another one it replaces the open project.
    Restored(Result<Reading, String>),
    /// Read the stored project again (after a refused restore; handled by the app shell too).
    RetryRestore,
    /// Go on without the stored project that could not be restored (its records stay under
    /// quarantine keys): autosave writes the open project from now on.
    StartOver,
    /// Download every stored record as read, after a refused restore .
    ExportStoredRecords,
    /// Another tab has the page open and no one-writer lock is available (older browsers).
    OtherTabOpen,
    /// This tab holds the writer's lock: read the stored project and save from now on (the
    /// app shell reads it).
    BecameWriter,
    /// Another tab writes the project: follow its saves, refuse edits here.
    Follow,
    /// The writer saved (heard by a following tab, which reads the project again).
    OtherTabSaved,
    /// Ask the writing tab to hand over .
    EditHere,
    /// Another tab asked to write: finish the last save and follow .
    HandOver,
    /// The browser closed the storage connection (why): nothing counts as stored any more.
    StorageLost(String),
    /// Autosave finished writing the given edit revision, or failed.
    Autosaved(Result<u64, String>),
}
