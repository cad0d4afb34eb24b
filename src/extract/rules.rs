//! The extractor's rules by name: every attribution records the [`RuleId`] that found it, and
//! [`Rules`] says which rules run, so any rule can be switched off (`claimlens extract
//! --without RULE`) and what it earns measured (`scripts/ablate.sh`).
//!
//! A rule is a finder: a pattern that proposes attributions (a speech verb and its clause,
//! "according to X", a transcript turn, a stand-alone quotation) or one that extends them
//! (quotations continuing after the cue). Switching a finder off removes what it proposes
//! before the shared tail (nesting, entities, confidence) runs, as if it had never fired.

use std::fmt;

use serde::{Deserialize, Serialize};

/// One named rule of the extractor. In claimlens/1 files (`found_by`) it is written by its
/// [`RuleId::name`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum RuleId {
    /// `PENCE: Well, look ...`: a short name and a colon opening a paragraph.
    TranscriptTurn,
    /// `In the latest survey, Trump leads ...`: a poll opening the sentence is its source.
    InThePoll,
    /// `According to X, ...` and `..., according to X`.
    AccordingTo,
    /// `Trump's attacks on Curiel`: a noun cue with a possessive source.
    PossessiveNoun,
    /// A verb of saying or writing with its subject and clause: `X said ...`, `"...," said X`.
    SpeechVerb,
    /// A verb of belief, wish or intention: `X thinks ...`, `X plans to ...`.
    MindVerb,
    /// A verb of evidence or stance: `the poll shows ...`, `X criticized ...`.
    StanceVerb,
    /// A participle continuing the subject's action: `..., calling the vote a farce`.
    Participle,
    /// `Asked whether ..., X said`: the question is the content.
    AskedAbout,
    /// `Said X, who ..., "..."`: the cue opens the sentence, the quotation follows the name.
    SaidNameThenQuote,
    /// `Two-thirds support a ban`: a stance verb usually a noun, right after people.
    StanceAfterPeople,
    /// `"A," she said, "B."` and quoted sentences after the cue: later pieces of one quotation.
    QuoteContinuation,
    /// A quoted statement no cue attributes, with a speaker named nearby.
    StandaloneQuote,
    /// `Trump's only comment was, "..."`: a possessive and a noun of saying before a quotation.
    PossessiveComment,
    /// Unattributed sentences with figures or dates, as `assertion` claims.
    Assertion,
    /// A part of the content-boundary model, not a finder (never a claim's `found_by`):
    /// `asked Sanders whether ...`, `urged the judge to ...` — whom a verb of asking or urging
    /// addresses stands before the content, which opens at the question word or infinitive.
    AskedWhom,
    /// A part of the content-boundary model: `After the speech, Beck said, “It is clear.”` —
    /// before a cue followed by a quoted sentence, the sentence's opening is no content.
    OpeningBeforeQuote,
    /// A part of the content-boundary model: `said on Twitter, “...”`, `said on Sunday that
    /// ...` — an adverbial between the cue and its clause or quotation is no content.
    AdverbialAfterCue,
    /// A part of the content-boundary model: `a finish that he said defied expectations` —
    /// the relative "that" before the source opens the content, as "which" does.
    RelativeThat,
    /// `..., “We expanded the party,” claiming that ...`: a participle right after a quotation
    /// that closes with its comma continues the speaker's action (as after a bare comma), and
    /// the content before it ends with the quotation.
    ParticipleAfterQuote,
    /// A part of the content-boundary model: `threatened to veto the bill that allows ...` — an
    /// infinitive and its object before "that" are content: the relative clause of the object
    /// does not open it.
    InfinitiveBeforeThat,
    /// A part of the content-boundary model: `a decision they say allowed ...` — a short noun
    /// phrase right before the source, with a predicate right after the cue, is the subject of
    /// a relative clause with no relative word, and opens the content.
    ZeroRelative,
    /// A part of the content-boundary model: `that troop strength — around 166,000 — lags` — a
    /// pair of dashes around an aside does not end the content as a single dash does.
    PairedDashes,
    /// A part of the sentence splitter: `E.J. Dionne said ...` — a capitalised word of single
    /// letters joined by dots is initials, and its last dot ends no sentence.
    DottedInitials,
    /// A part of the content-boundary model: `warned of the dangers of ...`, `told POLITICO the
    /// state's standards ...` — a determiner not followed by a name or an addressee word
    /// ("told the crowd") opens the content, not the addressee.
    ArticleOpensObject,
    /// A part of the content-boundary model: `But the plan failed, she said.` — a connective
    /// opening the sentence is the writer's, not part of a content without quotations.
    LeadingConnective,
    /// A part of the content-boundary model: `But the ferry will run late, he said.` — an
    /// opener with no comma after it leaves the content before the cue whole, not empty.
    OpenerWithoutComma,
    /// A part of the content-boundary model: `released a statement saying ...` — what a
    /// document put out says is the content, after the participle of saying.
    DocumentSaying,
    /// A part of the content-boundary model: `expressed support for the plan` — a noun of
    /// attitude and its preposition belong to the cue; the content is what it is about.
    AttitudeNoun,
    /// A part of the content-boundary model: `that fares would rise, while wages would not` —
    /// a last segment opening with ", while" is a contrast inside what is reported, not the
    /// writer's remark, and stays in the content.
    FinalWhileClause,
    /// A part of the content-boundary model: `that they would block the nominee, leaving the
    /// choice to the next president` — an adverbial clause after a comma (a participle that is
    /// no cue, or "as") goes on with the content rather than ending it. (A participle cue is
    /// its own attribution and still cuts the content before it.)
    CommaAdverbialClause,
    /// A part of the content-boundary model: `criticized the handling of the emails during her
    /// tenure` — a final "during / amid / through" phrase of a noun-phrase content says when
    /// the object happened, not when it was said, and stays in the content.
    DuringStays,
    /// A part of the content-boundary model: `In Iowa, Trump leads by eight points, he said.`
    /// — an opening adverbial stays in a content before its cue (a leading connective such as
    /// "But" is still left out by [`RuleId::LeadingConnective`]).
    OpenerStays,
    /// A part of the content-boundary model: `told the crowd who gathered outside, “We will win.”`
    /// — a lead-in after the cue and a comma before a quoted sentence filling the rest of the
    /// sentence is not content.
    LeadInBeforeQuote,
    /// `“We will win.” — Jane Holt`: a dash and a name right after a closing quotation mark.
    DashByline,
    /// A part of the quotation pairing: `”We will win.” ― Jane Holt` — a closing mark first in its
    /// paragraph and right before a word opens a quotation.
    CloseMarkOpensParagraph,
    /// A part of the content-boundary model: `said the fare would rise for tourists but not for
    /// residents` — an elided "but not" goes on with what is reported instead of ending it.
    ButNotStays,
    /// A part of the content-boundary model: `spoke glowingly about the plan` — adverbs in -ly
    /// between a cue and its particle leave the particle out of the content, as in "spoke about".
    AdverbBeforeParticle,
    /// A part of the content-boundary model: `said the plan would pass, in an interview with CNN`
    /// — a final phrase naming the occasion of speaking is no content, even after a clause.
    FinalSpeechOccasion,
    /// A part of the content-boundary model: `“Honestly,” he said, “we will win.”` — a whole quotation
    /// of one word before the source is content, as a longer one is (other contents before a cue
    /// need two words).
    OneWordQuote,
    /// A part of the sentence splitter: `“Why now?” Lee asked the city council.` — a cue of
    /// saying and up to four words after it (whom, when) after a quotation ending in "?", "!" or
    /// "." keep the sentence together, as "Lee asked." does.
    CueClauseWithObject,
    /// A part of the content-boundary model: `The mayor endorsed Lee.`, `she criticized him` —
    /// an object of one word after a verb cue, a name or an object pronoun, is a whole content
    /// (other contents after a cue need two words).
    NameObject,
    /// A part of the content-boundary model: `voters who want to ban the toll said ...` — a
    /// content inside a relative clause right after its noun (no comma) ends where the main
    /// clause's predicate starts.
    RestrictiveRelative,
    /// `..., with Cruz calling Trump his friend`, `with polls showing a tie`: a participle cue
    /// after "with" and a noun phrase, its subject.
    WithParticiple,
    /// `spoke about the plan`, `talking about jobs`: a form of a verb of talking that is rarely a
    /// cue alone is one before the particle of its topic ("about", "of", "out").
    TalkAbout,
    /// A part of the content-boundary model: `promised on Tuesday to refrain ...`, `has said for
    /// weeks he is the only one ...` — a phrase of when or how long between the cue and a content that
    /// opens right after it ("that", "to", a quotation, a subject) is no content.
    TimeAfterCue,
    /// A part of the content-boundary model: `cited initial analysis that showed ...` — plain words
    /// between the cue and "that" that are not adverbs ("said repeatedly that") are an object whose
    /// relative clause follows: the content starts at the object, not at "that".
    ObjectBeforeThat,
    /// A part of the content-boundary model: `This, I predict, will not end well.`, `Otherwise, she
    /// said, prices will rise.` — a sentence opening of one word before a source and cue in the middle
    /// of the sentence is the content's first piece when the clause resumes after the cue (other
    /// openings before a cue need two words).
    OneWordOpening,
    /// A part of the content-boundary model: `pushed back against the charge`, `talked up his plan`,
    /// `shouted out an insult` — an adverb particle right after a verb cue (and a preposition after
    /// it) belongs to the verb, not to the content.
    VerbParticle,
    /// A part of the content-boundary model: `that Lee may yet win the state, when all the votes are
    /// counted`, `that Lee could not win, even in a contested convention` — a last segment opening with
    /// ", when" or with ", even" and a phrase (not "even though", "even as": a clause, the writer's
    /// remark) qualifies what is reported and stays in the content, unless it holds a verb cue.
    FinalQualifierStays,
    /// A part of the content-boundary model: `plans to visit Iowa next week`, `vowed to win his home
    /// state later this month` — in an infinitive content a final time or occasion phrase says when the
    /// planned act happens, not when it was said, and stays in the content.
    InfinitiveKeepsTime,
    /// A part of the content-boundary model: `behind Rick Santorum, Marco Rubio, and Ted Cruz` — ", and"
    /// before a capitalized word, with another comma in the eight tokens before it, closes a list of
    /// names and does not end the clause (", and Trump said ..." with no list before still does).
    ListAnd,
    /// A part of the content-boundary model: `Nor does she have any plans, advisers say, to ...`, `The
    /// effects are difficult to predict, economists say, because ...` — the opening before a middle
    /// cue is content even when it holds a cue word used as a noun ("plans", "comments") or a base
    /// form ("to predict"); only a past, participle or -ing cue ("When asked why, Tyler said, ...")
    /// makes it a clause of its own.
    CueWordInOpening,
    /// `a super PAC supporting the senator`, `voters saying the economy is weak`: a participle
    /// cue right after a noun phrase (no comma) describes it, and the noun phrase is the source.
    NounParticiple,
    /// `He went on to say that ...`, `Lee refused to endorse the plan`: a cue in an infinitive
    /// after a verb or adjective sharing its subject ("tried", "quick"), the source that subject.
    InfinitiveCue,
    /// `The plan calls for a ban`, `the governor plans to run`: a cue form that is also a plural
    /// noun is a verb after a singular noun phrase when a complement of the verb follows.
    NounCueAsVerb,
    /// `Most senators surveyed support a cap`, `who would back Lee`: a bare stance verb usually a
    /// noun, after a plural subject, a relative pronoun or an auxiliary, before its object.
    StanceAfterSubject,
    /// `She was asked whether ...`, `he was asked about the loan`: a passive of "ask" before a
    /// question or its topic; the question is the content, the asker unnamed.
    AskedPassive,
    /// A part of the content-boundary model: `Lee, who endorsed Park, spoke ...` — a content
    /// inside a relative aside also ends before a main predicate opening with a modal, an
    /// irregular past or a finite verb of saying.
    RelativeAsideVerb,
    /// A part of the content-boundary model: `said in a written statement that ...` — a cue's
    /// participle between an article and its noun is an adjective inside the adjunct.
    AdjectiveParticiple,
    /// `He would not say when the talks resume`, `She did not explain why.`: an indirect
    /// question right after a negated verb of saying is its content.
    IndirectQuestion,
    /// `“A?” Lee went on. “B.”` ¶ `“C.”`: the quoted sentences after the sentence naming a
    /// stand-alone quotation's speaker, in that paragraph and the next, go on with it.
    QuoteAfterSpeaker,
    /// `the bridge, which he described as "a marvel"`: a verb of describing whose object is a
    /// relative pronoun before its subject; the content is the pronoun and the "as" phrase.
    DescribedAsRelative,
    /// `The rules, which officials said will start in May, will not apply`: a content in a
    /// relative clause whose pronoun has a subject after it ends before the main predicate.
    RelativeWithSubject,
}

impl RuleId {
    pub const ALL: [RuleId; 64] = [
        RuleId::TranscriptTurn,
        RuleId::InThePoll,
        RuleId::AccordingTo,
        RuleId::PossessiveNoun,
        RuleId::SpeechVerb,
        RuleId::MindVerb,
        RuleId::StanceVerb,
        RuleId::Participle,
        RuleId::AskedAbout,
        RuleId::SaidNameThenQuote,
        RuleId::StanceAfterPeople,
        RuleId::QuoteContinuation,
        RuleId::StandaloneQuote,
        RuleId::PossessiveComment,
        RuleId::Assertion,
        RuleId::AskedWhom,
        RuleId::OpeningBeforeQuote,
        RuleId::AdverbialAfterCue,
        RuleId::RelativeThat,
        RuleId::ParticipleAfterQuote,
        RuleId::InfinitiveBeforeThat,
        RuleId::ZeroRelative,
        RuleId::PairedDashes,
        RuleId::DottedInitials,
        RuleId::ArticleOpensObject,
        RuleId::LeadingConnective,
        RuleId::OpenerWithoutComma,
        RuleId::DocumentSaying,
        RuleId::AttitudeNoun,
        RuleId::FinalWhileClause,
        RuleId::CommaAdverbialClause,
        RuleId::DuringStays,
        RuleId::OpenerStays,
        RuleId::LeadInBeforeQuote,
        RuleId::DashByline,
        RuleId::CloseMarkOpensParagraph,
        RuleId::ButNotStays,
        RuleId::AdverbBeforeParticle,
        RuleId::FinalSpeechOccasion,
        RuleId::OneWordQuote,
        RuleId::CueClauseWithObject,
        RuleId::NameObject,
        RuleId::RestrictiveRelative,
        RuleId::WithParticiple,
        RuleId::TalkAbout,
        RuleId::TimeAfterCue,
        RuleId::ObjectBeforeThat,
        RuleId::OneWordOpening,
        RuleId::VerbParticle,
        RuleId::FinalQualifierStays,
        RuleId::InfinitiveKeepsTime,
        RuleId::ListAnd,
        RuleId::CueWordInOpening,
        RuleId::NounParticiple,
        RuleId::InfinitiveCue,
        RuleId::NounCueAsVerb,
        RuleId::StanceAfterSubject,
        RuleId::AskedPassive,
        RuleId::RelativeAsideVerb,
        RuleId::AdjectiveParticiple,
        RuleId::IndirectQuestion,
        RuleId::QuoteAfterSpeaker,
        RuleId::DescribedAsRelative,
        RuleId::RelativeWithSubject,
    ];

    /// The rule's name on the command line and in reports.
    pub fn name(self) -> &'static str {
        match self {
            RuleId::TranscriptTurn => "transcript-turn",
            RuleId::InThePoll => "in-the-poll",
            RuleId::AccordingTo => "according-to",
            RuleId::PossessiveNoun => "possessive-noun",
            RuleId::SpeechVerb => "speech-verb",
            RuleId::MindVerb => "mind-verb",
            RuleId::StanceVerb => "stance-verb",
            RuleId::Participle => "participle",
            RuleId::AskedAbout => "asked-about",
            RuleId::SaidNameThenQuote => "said-name-then-quote",
            RuleId::StanceAfterPeople => "stance-after-people",
            RuleId::QuoteContinuation => "quote-continuation",
            RuleId::StandaloneQuote => "standalone-quote",
            RuleId::PossessiveComment => "possessive-comment",
            RuleId::Assertion => "assertion",
            RuleId::AskedWhom => "asked-whom",
            RuleId::OpeningBeforeQuote => "opening-before-quote",
            RuleId::AdverbialAfterCue => "adverbial-after-cue",
            RuleId::RelativeThat => "relative-that",
            RuleId::ParticipleAfterQuote => "participle-after-quote",
            RuleId::InfinitiveBeforeThat => "infinitive-before-that",
            RuleId::ZeroRelative => "zero-relative",
            RuleId::PairedDashes => "paired-dashes",
            RuleId::DottedInitials => "dotted-initials",
            RuleId::ArticleOpensObject => "article-opens-object",
            RuleId::LeadingConnective => "leading-connective",
            RuleId::OpenerWithoutComma => "opener-without-comma",
            RuleId::DocumentSaying => "document-saying",
            RuleId::AttitudeNoun => "attitude-noun",
            RuleId::FinalWhileClause => "final-while-clause",
            RuleId::CommaAdverbialClause => "comma-adverbial-clause",
            RuleId::DuringStays => "during-stays",
            RuleId::OpenerStays => "opener-stays",
            RuleId::LeadInBeforeQuote => "lead-in-before-quote",
            RuleId::DashByline => "dash-byline",
            RuleId::CloseMarkOpensParagraph => "close-mark-opens-paragraph",
            RuleId::ButNotStays => "but-not-stays",
            RuleId::AdverbBeforeParticle => "adverb-before-particle",
            RuleId::FinalSpeechOccasion => "final-speech-occasion",
            RuleId::OneWordQuote => "one-word-quote",
            RuleId::CueClauseWithObject => "cue-clause-with-object",
            RuleId::NameObject => "name-object",
            RuleId::RestrictiveRelative => "restrictive-relative",
            RuleId::WithParticiple => "with-participle",
            RuleId::TalkAbout => "talk-about",
            RuleId::CueWordInOpening => "cue-word-in-opening",
            RuleId::ListAnd => "list-and",
            RuleId::InfinitiveKeepsTime => "infinitive-keeps-time",
            RuleId::FinalQualifierStays => "final-qualifier-stays",
            RuleId::VerbParticle => "verb-particle",
            RuleId::OneWordOpening => "one-word-opening",
            RuleId::ObjectBeforeThat => "object-before-that",
            RuleId::TimeAfterCue => "time-after-cue",
            RuleId::NounParticiple => "noun-participle",
            RuleId::InfinitiveCue => "infinitive-cue",
            RuleId::NounCueAsVerb => "noun-cue-as-verb",
            RuleId::StanceAfterSubject => "stance-after-subject",
            RuleId::AskedPassive => "asked-passive",
            RuleId::RelativeAsideVerb => "relative-aside-verb",
            RuleId::AdjectiveParticiple => "adjective-participle",
            RuleId::IndirectQuestion => "indirect-question",
            RuleId::QuoteAfterSpeaker => "quote-after-speaker",
            RuleId::DescribedAsRelative => "described-as-relative",
            RuleId::RelativeWithSubject => "relative-with-subject",
        }
    }

    /// What the rule looks for, in words, for a person asking why a claim was suggested
    /// (the inspector's "Found by: ...").
    pub fn in_words(self) -> &'static str {
        match self {
            RuleId::TranscriptTurn => "a transcript turn (a name and a colon opening a paragraph)",
            RuleId::InThePoll => "a poll or survey opening the sentence",
            RuleId::AccordingTo => "\"according to\" and a source",
            RuleId::PossessiveNoun => {
                "a noun of saying with its owner (\"Trump's claim that ...\")"
            }
            RuleId::SpeechVerb => "a verb of saying or writing and its subject",
            RuleId::MindVerb => "a verb of belief, wish or intention and its subject",
            RuleId::StanceVerb => "a verb of evidence or stance (\"shows\", \"criticized\")",
            RuleId::Participle => {
                "a participle continuing the speaker's action (\", calling it ...\")"
            }
            RuleId::AskedAbout => "a question put to the speaker (\"Asked whether ..., X said\")",
            RuleId::SaidNameThenQuote => {
                "\"said\" opening the sentence, then the name and the quotation"
            }
            RuleId::StanceAfterPeople => "a verb of stance right after a group of people",
            RuleId::QuoteContinuation => "a quotation continuing one already attributed",
            RuleId::StandaloneQuote => {
                "a quotation with no verb of saying, and a speaker named nearby"
            }
            RuleId::PossessiveComment => "a possessive and a noun of saying before a quotation",
            RuleId::Assertion => "a figure or date the outlet states itself, attributed to no one",
            RuleId::OpeningBeforeQuote => {
                "a quoted sentence after the cue leaves the sentence's opening out of the content"
            }
            RuleId::AdverbialAfterCue => {
                "when, where or how it was said, between the cue and the content, is left out"
            }
            RuleId::RelativeThat => {
                "a relative \"that\" before the speaker opens the content (\"a deal that he said ...\")"
            }
            RuleId::ParticipleAfterQuote => {
                "a participle after a quotation closing with a comma (\"...,\" adding ...)"
            }
            RuleId::InfinitiveBeforeThat => {
                "an infinitive after the cue starts the content, not a \"that\" after its object"
            }
            RuleId::ZeroRelative => {
                "the noun a clause describes opens it (\"a step they say could help\")"
            }
            RuleId::PairedDashes => {
                "an aside between two dashes stays inside the content it interrupts"
            }
            RuleId::DottedInitials => "initials such as \"E.J.\" end no sentence",
            RuleId::ArticleOpensObject => {
                "an article after the cue opens the content unless whom it names follows"
            }
            RuleId::LeadingConnective => {
                "a connective opening the sentence (\"But\", \"Still,\") is left out of the content"
            }
            RuleId::OpenerWithoutComma => {
                "a sentence opener with no comma after it keeps the content before the cue"
            }
            RuleId::DocumentSaying => {
                "what a statement or letter put out says (\"issued a statement saying ...\")"
            }
            RuleId::AttitudeNoun => {
                "what an attitude stated is about (\"expressed support for ...\")"
            }
            RuleId::FinalWhileClause => {
                "a last \", while ...\" segment stays in the content as a contrast"
            }
            RuleId::CommaAdverbialClause => {
                "an adverbial clause after a comma (\", leaving ...\", \", as ...\") stays in the content"
            }
            RuleId::DuringStays => {
                "a final \"during\", \"amid\" or \"through\" phrase stays in a noun-phrase content"
            }
            RuleId::OpenerStays => {
                "an opening adverbial stays in the content before the cue (\"In Iowa, ...\")"
            }
            RuleId::LeadInBeforeQuote => "a lead-in between the cue and a quoted sentence after a comma is left out",
            RuleId::DashByline => "a dash and a name right after a quotation (\"“...” — Name\")",
            RuleId::CloseMarkOpensParagraph => "a closing quotation mark that starts a paragraph opens a quotation",
            RuleId::ButNotStays => "\"but not ...\" after a reported clause stays in the content",
            RuleId::AdverbBeforeParticle => "adverbs between a cue and its particle (\"spoke glowingly about\") are left out of the content",
            RuleId::FinalSpeechOccasion => "a final occasion of speaking (\"in an interview\", \"at a rally\", \"on Twitter\") is left out of the content",
            RuleId::OneWordQuote => "a quotation of one word before the cue (\"“Honestly,” he said, “...”\") is content",
            RuleId::CueClauseWithObject => "a quoted sentence and its cue with a few words after it (\"Lee asked the council\") are one sentence",
            RuleId::NameObject => "an object of one word, a name or \"him\", \"her\", \"them\" (\"endorsed Lee\"), is content",
            RuleId::RestrictiveRelative => "a content in a relative clause (\"voters who want to ...\") ends where the main clause's verb starts",
            RuleId::WithParticiple => "a participle after \"with\" and its subject (\"with polls showing ...\")",
            RuleId::TalkAbout => "a verb of talking before its topic (\"spoke about\", \"talking about\")",
            RuleId::CueWordInOpening => "an opening before a middle cue holding a cue word as a noun or base form (\"Nor does she have any plans, advisers say, ...\") is content",
            RuleId::ListAnd => "\", and\" closing a list of names (\"A, B, and C\") does not end the content",
            RuleId::InfinitiveKeepsTime => "a final time phrase of an infinitive content (\"plans to visit Iowa next week\") stays in the content",
            RuleId::FinalQualifierStays => "a last \", when ...\" or \", even in ...\" segment qualifies what is reported and stays in the content",
            RuleId::VerbParticle => "a particle of the verb after the cue (\"pushed back against\", \"talked up\") is left out of the content",
            RuleId::OneWordOpening => "an opening of one word before a cue in the middle of the sentence (\"This, I predict, will ...\") is content",
            RuleId::ObjectBeforeThat => "an object before a relative \"that\" (\"cited polls that show ...\") stays in the content",
            RuleId::TimeAfterCue => "when or for how long it was said, between the cue and the content (\"said on Friday he ...\"), is left out",
            RuleId::NounParticiple => "a participle right after the noun it describes (\"a group supporting ...\")",
            RuleId::InfinitiveCue => "a cue in an infinitive sharing the subject of the verb before it (\"went on to say\")",
            RuleId::NounCueAsVerb => "a cue that could be a plural noun, read as a verb after a singular subject (\"the plan calls for\")",
            RuleId::StanceAfterSubject => "a stance verb usually a noun after a plural subject, \"who\" or an auxiliary (\"senators support\", \"would back\")",
            RuleId::AskedPassive => "a question put to someone (\"was asked whether ...\", \"was asked about ...\")",
            RuleId::QuoteAfterSpeaker => "quoted sentences after the sentence naming a stand-alone quotation's speaker go on with it (\"“A?” Lee went on. “B.”\")",
            RuleId::IndirectQuestion => "an indirect question after a negated verb of saying (\"would not say when ...\")",
            RuleId::AdjectiveParticiple => "a participle used as an adjective after the cue is no cue (\"said in a written statement that ...\")",
            RuleId::RelativeAsideVerb => "a content inside a relative aside ends before the main verb after its comma (\"Lee, who endorsed Park, spoke ...\")",
            RuleId::DescribedAsRelative => "what a relative pronoun stands for, described by the subject after it (\"which he described as ...\")",
            RuleId::RelativeWithSubject => "a content in a relative clause (\", which officials said will ...,\") ends before the main clause's verb",
            RuleId::AskedWhom => {
                "the content starts after whom the speaker asked or urged (\"asked X whether ...\")"
            }
        }
    }

    /// The rule called `name`, if there is one.
    pub fn from_name(name: &str) -> Option<RuleId> {
        RuleId::ALL.into_iter().find(|r| r.name() == name)
    }

    fn bit(self) -> u64 {
        1 << (self as u32)
    }
}

impl fmt::Display for RuleId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// The set of rules that run. `Rules::default()` runs them all.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rules {
    off: u64,
}

impl Default for Rules {
    fn default() -> Rules {
        Rules::ALL
    }
}

impl Rules {
    pub const ALL: Rules = Rules { off: 0 };

    /// Every rule but those listed.
    pub fn without(rules: &[RuleId]) -> Rules {
        Rules { off: rules.iter().fold(0, |off, r| off | r.bit()) }
    }

    /// Every rule but those named in `list` ("speech-verb,assertion"); an unknown name is an
    /// error that lists the known ones.
    pub fn without_names(list: &str) -> Result<Rules, String> {
        let mut off = Vec::new();
        for name in list.split(',').map(str::trim).filter(|n| !n.is_empty()) {
            match RuleId::from_name(name) {
                Some(rule) => off.push(rule),
                None => {
                    let known: Vec<&str> = RuleId::ALL.iter().map(|r| r.name()).collect();
                    return Err(format!(
                        "no rule is called \"{name}\"; the rules are: {}",
                        known.join(", ")
                    ));
                }
            }
        }
        Ok(Rules::without(&off))
    }

    pub fn runs(self, rule: RuleId) -> bool {
        self.off & rule.bit() == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rule_has_its_own_name_and_bit() {
        for (k, rule) in RuleId::ALL.into_iter().enumerate() {
            assert_eq!(RuleId::from_name(rule.name()), Some(rule));
            assert_eq!(rule as usize, k, "ALL is in declaration order");
        }
        assert!(RuleId::ALL.len() <= 64, "the set is one u64");
    }

    #[test]
    fn a_rule_is_written_in_files_by_its_name_and_read_back() {
        for rule in RuleId::ALL {
            let json = serde_json::to_string(&rule).unwrap();
            assert_eq!(json, format!("\"{}\"", rule.name()));
            assert_eq!(serde_json::from_str::<RuleId>(&json).unwrap(), rule);
            assert!(!rule.in_words().is_empty());
        }
        assert!(serde_json::from_str::<RuleId>("\"verb-cue\"").is_err());
    }

    #[test]
    fn a_rule_switched_off_does_not_run_and_the_others_do() {
        let rules = Rules::without_names("speech-verb, assertion").unwrap();
        assert!(!rules.runs(RuleId::SpeechVerb) && !rules.runs(RuleId::Assertion));
        assert!(rules.runs(RuleId::MindVerb));
        assert!(RuleId::ALL.into_iter().all(|r| Rules::ALL.runs(r)));
    }

    #[test]
    fn an_unknown_rule_name_says_which_names_exist() {
        let err = Rules::without_names("speech-verbs").unwrap_err();
        assert!(err.contains("\"speech-verbs\"") && err.contains("speech-verb,"), "{err}");
    }
}
