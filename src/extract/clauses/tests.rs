//! Tests of the cue-anchored finders over made-up sentences.

use super::*;
use crate::extract::rules::RuleId;

/// Renders each attribution of `text` as "source|cue|content".
fn found(text: &str) -> Vec<String> {
    found_with(text, Rules::ALL)
}

/// As [`found`], with only `rules` running.
fn found_with(text: &str, rules: Rules) -> Vec<String> {
    let doc = Doc::new(text, &[]);
    let mut out = Vec::new();
    for n in 0..doc.sentences.len() {
        find_in_sentence(&doc, n, rules, &mut out);
    }
    out.iter()
        .map(|f| {
            let src = f.source.map_or("", |m| doc.span(m.start, m.end).slice(text));
            let content: Vec<&str> =
                f.parts.iter().map(|&(a, b)| doc.span(a, b).slice(text)).collect();
            format!("{src}|{}|{}", doc.span(f.cue.0, f.cue.1).slice(text), content.join(" / "))
        })
        .collect()
}

#[test]
fn noun_phrase_contents_lose_when_and_where_it_was_said() {
    assert_eq!(found("Mr. Lee praised the mayor last week."), ["Mr. Lee|praised|the mayor"]);
    assert_eq!(
        found("Ms. Ortiz criticized the budget on Twitter."),
        ["Ms. Ortiz|criticized|the budget"]
    );
    assert_eq!(
        found("The senator endorsed the bridge plan in a statement on Monday."),
        ["The senator|endorsed|the bridge plan"]
    );
}

#[test]
fn an_infinitive_with_a_that_clause_keeps_its_adverbials() {
    assert_eq!(
        found("Mr. Lee is said to have argued during the call that taxes would rise."),
        ["|said|Mr. Lee / to have argued during the call that taxes would rise"]
    );
}

#[test]
fn a_participle_after_and_or_by_continues_the_subjects_action() {
    let got = found("Ms. Ortiz opened the hearing by thanking the volunteers.");
    assert!(got.contains(&"Ms. Ortiz|thanking|the volunteers".to_string()), "{got:?}");
    let got = found("Mr. Lee visited the plant and warning that jobs would go.");
    assert!(got.iter().any(|f| f.ends_with("|warning|that jobs would go")), "{got:?}");
}

#[test]
fn a_content_in_a_relative_clause_ends_before_the_main_predicate() {
    let got = found("Mr. Lee, who said he would run again, later withdrew from the race.");
    assert!(got.contains(&"who|said|he would run again".to_string()), "{got:?}");
}

#[test]
fn a_second_predicate_after_a_comma_ends_the_content() {
    assert_eq!(
        found("Mr. Lee said the party must change, and has since backed a new leader."),
        ["Mr. Lee|said|the party must change"]
    );
}

#[test]
fn a_content_ends_before_a_final_attribution() {
    let got = found("Mr. Cruz vowed to oppose the law, his aides said on Monday.");
    assert!(got.contains(&"Mr. Cruz|vowed|to oppose the law".to_string()), "{got:?}");
}

#[test]
fn a_content_in_an_opening_subordinate_clause_ends_at_its_comma() {
    let got = found("While Mr. Lee said the tax was fair, voters rejected it in May.");
    assert!(got.contains(&"Mr. Lee|said|the tax was fair".to_string()), "{got:?}");
}

#[test]
fn content_after_the_cue_keeps_that() {
    assert_eq!(found("Trump said that the war would end."), ["Trump|said|that the war would end"]);
}

#[test]
fn content_before_a_final_cue() {
    assert_eq!(
        found("The war will end soon, Trump said on Friday."),
        ["Trump|said|The war will end soon"]
    );
    assert_eq!(found("“It will end,” said Sen. Ted Cruz."), ["Sen. Ted Cruz|said|“It will end,”"]);
}

#[test]
fn transcript_turns_and_headline_furniture() {
    assert_eq!(
        found("PENCE: Well, look, we will win this.\n"),
        ["PENCE|:|Well, look, we will win this"]
    );
    assert!(found("Contributing: Jane Doe, Medill News Service\n").is_empty());
    assert_eq!(
        found("“WALLACE: Do you see those two as equal?\n"),
        ["WALLACE|:|Do you see those two as equal"]
    );
    assert!(found("“Chick Lit: The New Woman's Fiction.”\n").is_empty());
}

#[test]
fn asked_questions_have_the_question_as_content() {
    assert_eq!(
        found("Asked whether he would fire him, Priebus said, \"Probably.\""),
        ["|Asked|whether he would fire him", "Priebus|said|\"Probably.\""]
    );
}

#[test]
fn raised_subjects_belong_to_the_content() {
    assert_eq!(
        found("Putin is said to have warned Trump."),
        ["|said|Putin / to have warned Trump"]
    );
    assert!(found("He seems to downplay the idea.").is_empty(), "appearance is no claim");
    assert!(found("Trump appears to have changed course.").is_empty());
}

#[test]
fn inverted_titled_source() {
    assert_eq!(
        found("\"It is a raw time,\" said former governor Ed Rendell, who chairs the committee."),
        ["former governor Ed Rendell|said|\"It is a raw time,\""]
    );
}

#[test]
fn according_to_either_side() {
    assert_eq!(
        found("According to reports, Putin called Trump."),
        ["reports|According to|Putin called Trump"]
    );
    assert_eq!(
        found("Putin called first, according to the Kremlin."),
        ["the Kremlin|according to|Putin called first"]
    );
}

#[test]
fn a_final_according_to_attributes_the_reported_clause() {
    assert_eq!(
        found("The vote is close, and in the end, Mayor Holt warned that it would fail, according to aides."),
        [
            "Mayor Holt|warned|that it would fail",
            "aides|according to|Mayor Holt warned that it would fail",
        ]
    );
}

#[test]
fn addressee_is_not_content() {
    assert_eq!(
        found("Weaver told CNN on Tuesday that he believes it will last."),
        ["Weaver|told|that he believes it will last", "he|believes|it will last"]
    );
}

#[test]
fn a_quote_ending_the_previous_sentence_does_not_make_the_cue_final() {
    assert_eq!(
        found("He called it “a farce.” The mayor said the vote was fair, “and final.”"),
        ["He|called|it “a farce.”", "The mayor|said|the vote was fair, “and final.”"]
    );
}

#[test]
fn noun_phrase_contents_end_before_descriptions_and_second_predicates() {
    assert_eq!(
        found("The senator praised the new budget, which passed on Monday."),
        ["The senator|praised|the new budget"]
    );
    assert_eq!(
        found("Mayor Holt endorsed the tram plan and has raised money for it."),
        ["Mayor Holt|endorsed|the tram plan"]
    );
    assert_eq!(
        found("Holt said the budget, which passed, was fair."),
        ["Holt|said|the budget, which passed, was fair"]
    );
}

#[test]
fn a_lead_in_before_a_colon_quote_is_not_content() {
    assert_eq!(
        found("The mayor described the day in one line: “The tram is finally here.”"),
        ["The mayor|described|“The tram is finally here.”"]
    );
}

#[test]
fn an_opener_and_the_main_clause_around_a_middle_cue() {
    assert_eq!(
        found("In a merger, he said, the old brand would survive."),
        ["he|said|In a merger / the old brand would survive"]
    );
}

#[test]
fn a_thing_called_a_name_is_not_an_attribution() {
    assert!(found("She founded a company called Tram Works in 2019.").is_empty());
    assert_eq!(found("She called Holt “a liar.”"), ["She|called|Holt “a liar.”"]);
}

#[test]
fn a_lone_quantifier_is_a_subject() {
    assert_eq!(found("Several said the tram was late."), ["Several|said|the tram was late"]);
    assert_eq!(
        found("Most believe that the tram is late."),
        ["Most|believe|that the tram is late"]
    );
    assert!(found("Some plans were late.").is_empty());
    assert_eq!(
        found("A mere 9 percent say the tram is fast."),
        ["A mere 9 percent|say|the tram is fast"]
    );
}

#[test]
fn continued_may_open_a_quotation() {
    assert_eq!(
        found("She continued, “The tram will run all night.”"),
        ["She|continued|“The tram will run all night.”"]
    );
    assert!(found("She continued her speech for an hour.").is_empty());
}

#[test]
fn a_poll_opening_the_sentence_is_its_source() {
    assert_eq!(
        found("In the latest county survey, the mayor leads by eight points."),
        ["the latest county survey|In|the mayor leads by eight points"]
    );
    assert_eq!(
        found("In a CNN/ORC survey, the mayor leads by eight points."),
        ["a CNN/ORC survey|In|the mayor leads by eight points"]
    );
    assert!(found("In a statement, the mayor thanked voters.").iter().all(|f| !f.contains("|In|")));
}

#[test]
fn a_final_description_is_not_content() {
    assert_eq!(
        found("The mayor criticized the tram deal, a contract signed in 2019."),
        ["The mayor|criticized|the tram deal"]
    );
    // A ", while" segment is a contrast inside the content (final-while-clause); without that
    // rule it is a remark like the others.
    assert_eq!(
        found_with(
            "Holt said the tram would be late, while the bus plan stalled.",
            Rules::without(&[RuleId::FinalWhileClause])
        ),
        ["Holt|said|the tram would be late"]
    );
    assert_eq!(
        found("Holt said that after the vote, the tram would be built."),
        ["Holt|said|that after the vote, the tram would be built"]
    );
}

#[test]
fn an_including_list_stays_in_the_content() {
    assert_eq!(
        found("She stressed issues that matter to parents, including child care and schools."),
        ["She|stressed|issues that matter to parents, including child care and schools"]
    );
}

#[test]
fn a_capitalised_pronoun_may_open_a_bare_verb() {
    assert_eq!(found("They say the tram is late."), ["They|say|the tram is late"]);
    assert_eq!(found("I think the tram is late."), ["I|think|the tram is late"]);
    assert!(found("Holt say the tram is late.").is_empty());
}

#[test]
fn a_present_tense_cue_after_and_shares_the_subject() {
    let got = found("Mayor Holt visited the depot on Monday and says the tram runs on time.");
    assert!(got.contains(&"Mayor Holt|says|the tram runs on time".to_string()), "{got:?}");
}

#[test]
fn a_long_noun_phrase_opening_the_clause_is_the_source() {
    assert_eq!(
        found("A city report released on Monday said the tram was late."),
        ["A city report released on Monday|said|the tram was late"]
    );
    assert_eq!(
        found("Many riders at the depot — including two drivers — said the tram was late."),
        ["Many riders at the depot — including two drivers|said|the tram was late"]
    );
    assert_eq!(
        found("If the vote fails, aides to Mayor Holt say they will resign."),
        ["aides to Mayor Holt|say|they will resign"]
    );
    assert!(found("The so-called tram plan was late.").is_empty());
}

#[test]
fn evidence_subjects_of_show() {
    assert_eq!(
        found("The reports show the tram was late."),
        ["The reports|show|the tram was late"]
    );
    assert_eq!(found("Data show that the tram is late."), ["Data|show|that the tram is late"]);
    assert_eq!(
        found("Exit polling shows the mayor won the city."),
        ["Exit polling|shows|the mayor won the city"]
    );
}

#[test]
fn a_plural_of_people_makes_a_noun_like_bare_form_a_verb() {
    assert_eq!(
        found("Party leaders hope that the tram will open."),
        ["Party leaders|hope|that the tram will open"]
    );
    assert!(found("The new plans call for trams.").is_empty());
}

#[test]
fn support_is_a_cue_right_after_people() {
    assert_eq!(
        found("About two-thirds support a new tram line."),
        ["About two-thirds|support|a new tram line"]
    );
    assert_eq!(found("I support the tram plan."), ["I|support|the tram plan"]);
    assert!(found("The support for trams grew.").is_empty());
}

#[test]
fn a_participle_after_a_comma_borrows_the_opening_subject() {
    let got = found("Holt went after the council, calling the vote a farce.");
    assert!(got.contains(&"Holt|calling|the vote a farce".to_string()), "{got:?}");
    let got = found("However, she held her fire, calling the mayor a friend.");
    assert!(got.contains(&"she|calling|the mayor a friend".to_string()), "{got:?}");
}

#[test]
fn noun_forms_are_not_cues() {
    assert!(found("The call lasted an hour.").is_empty());
    assert!(found("Do you think he will win?").is_empty());
}

#[test]
fn a_source_and_cue_between_commas_leave_the_clause_opening_in_the_content() {
    assert_eq!(
        found("A lighter tone, he said, would make the subject easier to read."),
        ["he|said|A lighter tone / would make the subject easier to read"]
    );
    assert_eq!(
        found("The council paid what the mayor said was a fair price for the land."),
        ["the mayor|said|what / was a fair price for the land"]
    );
    // An opening with a cue of its own is not part of the content.
    assert_eq!(
        found("When asked about the delay, Holt said, the crews would return to finish the work on the north bridge in May."),
        ["|asked about|the delay", "Holt|said|the crews would return to finish the work on the north bridge in May"]
    );
}

#[test]
fn whom_a_verb_of_asking_addresses_is_not_part_of_the_question() {
    assert_eq!(
        found("The reporter asked the senator whether he would run again."),
        ["The reporter|asked|whether he would run again"]
    );
    assert_eq!(
        found("She asked voters in Iowa if they planned to attend."),
        ["She|asked|if they planned to attend"]
    );
    // A relative after a preposition is part of the object: "questions for which ...".
    assert_eq!(
        found("He asked him a series of questions for which he got no answers."),
        ["He|asked|him a series of questions for which he got no answers"]
    );
    // Switched off, the addressee stays in the content.
    assert_eq!(
        found_with(
            "The reporter asked the senator whether he would run again.",
            Rules::without(&[RuleId::AskedWhom])
        ),
        ["The reporter|asked|the senator whether he would run again"]
    );
}

#[test]
fn a_quoted_sentence_after_the_cue_leaves_the_sentence_opening_out() {
    let text = "At the big rally in Indiana, Beck said, “It could not be more clear.”";
    assert_eq!(found(text), ["Beck|said|“It could not be more clear.”"]);
    // A connective stays ("But, he added, ..."), and so does the opening of a clause the
    // quotation continues.
    assert_eq!(
        found("The problem, he said, “is that nobody listens.”"),
        ["he|said|The problem / “is that nobody listens.”"]
    );
    assert_eq!(
        found_with(text, Rules::without(&[RuleId::OpeningBeforeQuote])),
        ["Beck|said|At the big rally in Indiana / “It could not be more clear.”"]
    );
}

#[test]
fn an_adverbial_between_the_cue_and_its_clause_is_not_content() {
    assert_eq!(
        found("Mr. Kerry said on NBC's “Meet the Press” on Sunday that the deal would hold."),
        ["Mr. Kerry|said|that the deal would hold"]
    );
    assert_eq!(
        found("The museum said on Twitter, “We have never collected firearms.”"),
        ["The museum|said|“We have never collected firearms.”"]
    );
    // Switched off, the adverbial stays in the content.
    assert_eq!(
        found_with(
            "Mr. Kerry said on NBC's “Meet the Press” on Sunday that the deal would hold.",
            Rules::without(&[RuleId::AdverbialAfterCue])
        ),
        ["Mr. Kerry|said|on NBC's “Meet the Press” on Sunday that the deal would hold"]
    );
}

#[test]
fn a_relative_that_before_the_speaker_opens_the_content() {
    let text = "They finished second, in a finish that he said defied expectations.";
    assert_eq!(found(text), ["he|said|that / defied expectations"]);
    // The object of the cue is no content's subject: "the plan that he proposed".
    assert_eq!(
        found("Voters liked the plan that he proposed to the council last year."),
        ["he|proposed|to the council"]
    );
    assert_eq!(
        found_with(text, Rules::without(&[RuleId::RelativeThat])),
        ["he|said|defied expectations"]
    );
}

#[test]
fn a_participle_after_a_quotation_closing_with_a_comma_continues_the_speaker() {
    let text = "The mayor insisted that she had “saved the ferry,” claiming that fares fell.";
    assert_eq!(
        found(text),
        [
            "The mayor|insisted|that she had “saved the ferry,”",
            "The mayor|claiming|that fares fell"
        ]
    );
    assert_eq!(
        found_with(text, Rules::without(&[RuleId::ParticipleAfterQuote])),
        ["The mayor|insisted|that she had “saved the ferry,” claiming that fares fell"]
    );
}

#[test]
fn an_infinitive_and_its_object_before_that_stay_in_the_content() {
    let text = "The governor threatened to veto the bill that raises the fares.";
    assert_eq!(found(text), ["The governor|threatened|to veto the bill that raises the fares"]);
    // "to" before an addressee is no infinitive: the content opens at "that".
    assert_eq!(
        found("The governor explained to reporters that the fares would rise."),
        ["The governor|explained|that the fares would rise"]
    );
    assert_eq!(
        found_with(text, Rules::without(&[RuleId::InfinitiveBeforeThat])),
        ["The governor|threatened|that raises the fares"]
    );
}

#[test]
fn a_relative_clause_without_that_opens_with_the_noun_it_describes() {
    let text = "The council took a step they say could delay the ferry.";
    assert_eq!(found(text), ["they|say|a step / could delay the ferry"]);
    // After a preposition of time or place the phrase is no subject of the content.
    assert_eq!(
        found("In the interview he said was recorded the mayor spoke."),
        ["he|said|was recorded the mayor spoke"]
    );
    assert_eq!(
        found_with(text, Rules::without(&[RuleId::ZeroRelative])),
        ["they|say|could delay the ferry"]
    );
}

#[test]
fn an_aside_between_two_dashes_stays_inside_the_content() {
    let text = "The mayor noted that ridership — about 9,000 in May — already lags the target.";
    assert_eq!(
        found(text),
        ["The mayor|noted|that ridership — about 9,000 in May — already lags the target"]
    );
    // One dash still ends the clause.
    assert_eq!(
        found("The mayor noted that ridership fell — the fares rose in May."),
        ["The mayor|noted|that ridership fell"]
    );
    assert_eq!(
        found_with(text, Rules::without(&[RuleId::PairedDashes])),
        ["The mayor|noted|that ridership"]
    );
}

#[test]
fn an_article_opens_the_content_unless_an_addressee_follows_it() {
    let text = "The engineer warned of the dangers of the old bridge.";
    assert_eq!(found(text), ["The engineer|warned of|the dangers of the old bridge"]);
    assert_eq!(
        found("The mayor told the crowd the fares would rise."),
        ["The mayor|told|the fares would rise"]
    );
    assert_eq!(
        found_with(text, Rules::without(&[RuleId::ArticleOpensObject])),
        ["The engineer|warned of|dangers of the old bridge"]
    );
}

#[test]
fn a_connective_opening_the_sentence_is_no_content() {
    let text = "But the ferry will run late, according to the mayor.";
    assert_eq!(found(text), ["the mayor|according to|the ferry will run late"]);
    // With a quotation in the content the connective stays.
    assert_eq!(
        found("But “the ferry will run late,” according to the mayor."),
        ["the mayor|according to|But “the ferry will run late,”"]
    );
    assert_eq!(
        found_with(text, Rules::without(&[RuleId::LeadingConnective])),
        ["the mayor|according to|But the ferry will run late"]
    );
}

#[test]
fn an_opener_without_a_comma_keeps_the_content_before_the_cue() {
    let text = "But the new ferry will run late next week, the mayor said.";
    assert_eq!(found(text), ["the mayor|said|the new ferry will run late next week"]);
    let without = Rules::without(&[RuleId::OpenerWithoutComma, RuleId::OpenerStays]);
    assert!(found_with(text, without).is_empty());
}

#[test]
fn what_a_statement_put_out_says_is_the_content() {
    let text = "The council released a statement Tuesday saying the ferry would run late.";
    assert_eq!(found(text), ["The council|released|the ferry would run late"]);
    assert_eq!(
        found_with(text, Rules::without(&[RuleId::DocumentSaying])),
        ["The council|released|a statement Tuesday saying the ferry would run late"]
    );
}

#[test]
fn an_attitude_noun_and_its_preposition_belong_to_the_cue() {
    let text = "The mayor expressed strong support for the new ferry.";
    assert_eq!(found(text), ["The mayor|expressed strong support for|the new ferry"]);
    assert_eq!(
        found("The mayor expressed concern that the ferry would run late."),
        ["The mayor|expressed concern|that the ferry would run late"]
    );
    assert_eq!(
        found_with(text, Rules::without(&[RuleId::AttitudeNoun])),
        ["The mayor|expressed|strong support for the new ferry"]
    );
}

#[test]
fn a_final_while_segment_is_a_contrast_inside_the_content() {
    let text = "The mayor said that fares would rise in May, while wages would stay flat.";
    assert_eq!(
        found(text),
        ["The mayor|said|that fares would rise in May, while wages would stay flat"]
    );
    assert_eq!(
        found_with(text, Rules::without(&[RuleId::FinalWhileClause])),
        ["The mayor|said|that fares would rise in May"]
    );
}

#[test]
fn an_adverbial_clause_after_a_comma_stays_in_the_content() {
    let text = "The mayor said the council would delay the vote, leaving the choice to voters.";
    assert_eq!(
        found(text),
        ["The mayor|said|the council would delay the vote, leaving the choice to voters"]
    );
    assert_eq!(
        found_with(text, Rules::without(&[RuleId::CommaAdverbialClause])),
        ["The mayor|said|the council would delay the vote"]
    );
}

#[test]
fn a_final_during_phrase_stays_in_a_noun_phrase_content() {
    let text = "The mayor criticized the handling of the budget during the flood.";
    assert_eq!(found(text), ["The mayor|criticized|the handling of the budget during the flood"]);
    assert_eq!(
        found_with(text, Rules::without(&[RuleId::DuringStays])),
        ["The mayor|criticized|the handling of the budget"]
    );
}

#[test]
fn an_opening_adverbial_stays_in_the_content_before_the_cue() {
    let text = "In Riverton, the ferry leads the polls, the mayor said.";
    assert_eq!(found(text), ["the mayor|said|In Riverton, the ferry leads the polls"]);
    assert_eq!(
        found_with(text, Rules::without(&[RuleId::OpenerStays])),
        ["the mayor|said|the ferry leads the polls"]
    );
}

#[test]
fn a_lead_in_before_a_quoted_sentence_is_no_content() {
    let text = "Holt told the crowd who gathered by the pier, “The ferry will run again.”";
    assert_eq!(found(text), ["Holt|told|“The ferry will run again.”"]);
    assert_eq!(
        found_with(text, Rules::without(&[RuleId::LeadInBeforeQuote])),
        ["Holt|told|who gathered by the pier, “The ferry will run again.”"]
    );
    // Examples of what the lead-in names, and a participle's own quotation, stay as they were.
    let text = "Holt criticized the plan on a few counts, including, “Who will pay for it?”";
    assert_eq!(
        found(text),
        ["Holt|criticized|the plan on a few counts, including, “Who will pay for it?”"]
    );
}

#[test]
fn an_elided_but_not_stays_in_the_content() {
    let text = "The mayor said the fare would rise for tourists but not for residents.";
    assert_eq!(
        found(text),
        ["The mayor|said|the fare would rise for tourists but not for residents"]
    );
    assert_eq!(
        found_with(text, Rules::without(&[RuleId::ButNotStays])),
        ["The mayor|said|the fare would rise for tourists"]
    );
}

#[test]
fn adverbs_between_a_cue_and_its_particle_are_no_content() {
    let text = "The mayor talked warmly about the new ferry line.";
    assert_eq!(found(text), ["The mayor|talked|the new ferry line"]);
    assert_eq!(
        found_with(text, Rules::without(&[RuleId::AdverbBeforeParticle])),
        ["The mayor|talked|warmly about the new ferry line"]
    );
}

#[test]
fn a_final_occasion_of_speaking_is_no_content() {
    let text = "Holt said the ferry would run again in an interview with a local paper.";
    assert_eq!(found(text), ["Holt|said|the ferry would run again"]);
    assert_eq!(
        found_with(text, Rules::without(&[RuleId::FinalSpeechOccasion])),
        ["Holt|said|the ferry would run again in an interview with a local paper"]
    );
    let text = "Holt said the ferry would run again on Tuesday's evening show.";
    assert_eq!(found(text), ["Holt|said|the ferry would run again"]);
    // A common noun after "on" is no medium: the content keeps it.
    let text = "Holt said the city spent too much on television ads.";
    assert_eq!(found(text), ["Holt|said|the city spent too much on television ads"]);
}

#[test]
fn a_quotation_of_one_word_before_the_cue_is_content() {
    let text = "“Honestly,” Holt said.";
    assert_eq!(found(text), ["Holt|said|“Honestly,”"]);
    assert_eq!(found_with(text, Rules::without(&[RuleId::OneWordQuote])), Vec::<String>::new());
    // An unquoted word alone before the cue is still no content.
    assert_eq!(found("Honestly, Holt said."), Vec::<String>::new());
}

#[test]
fn an_object_of_one_word_that_names_someone_is_content() {
    let text = "The mayor endorsed Okafor.";
    assert_eq!(found(text), ["The mayor|endorsed|Okafor"]);
    assert_eq!(found_with(text, Rules::without(&[RuleId::NameObject])), Vec::<String>::new());
    assert_eq!(found("Holt criticized them on Monday."), ["Holt|criticized|them"]);
    // A lower-case word alone is still too little to be a content.
    assert_eq!(found("Holt criticized everything."), Vec::<String>::new());
}

#[test]
fn a_restrictive_relative_content_ends_at_the_main_verb() {
    let text = "Owners who want to close the pier said the vote was rushed.";
    assert_eq!(found(text)[0], "who|want|to close the pier");
    assert_eq!(
        found_with(text, Rules::without(&[RuleId::RestrictiveRelative]))[0],
        "who|want|to close the pier said the vote was rushed"
    );
    // A clause of its own keeps its verb; a comma before the main predicate still ends it.
    assert_eq!(
        found("Owners who believe the fee is fair, are few.")[0],
        "who|believe|the fee is fair"
    );
}

#[test]
fn a_participle_after_with_and_a_noun_phrase_has_that_subject() {
    let text = "The race tightened, with Okafor calling the count a farce.";
    assert_eq!(found(text), ["Okafor|calling|the count a farce"]);
    // The absolute phrase ends at its comma or at "and" and a new subject.
    assert_eq!(
        found("Turnout fell, with most voters calling it a chore and the mayor staying home.")[0],
        "most voters|calling|it a chore"
    );
    assert_eq!(found_with(text, Rules::without(&[RuleId::WithParticiple])), Vec::<String>::new());
}

#[test]
fn a_verb_of_talking_before_its_topic_is_a_cue() {
    let text = "Okafor spoke about the new ferry schedule.";
    assert_eq!(found(text), ["Okafor|spoke about|the new ferry schedule"]);
    assert_eq!(found_with(text, Rules::without(&[RuleId::TalkAbout])), Vec::<String>::new());
    assert_eq!(
        found("The mayor has spoken out against the toll.")[0],
        "The mayor|spoken out|against the toll"
    );
    // Without its topic the form is still no cue.
    assert_eq!(found("Okafor spoke for an hour."), Vec::<String>::new());
}

#[test]
fn a_time_phrase_between_the_cue_and_its_content_is_not_content() {
    assert_eq!(
        found("The mayor promised on Tuesday to rebuild the old bridge."),
        ["The mayor|promised|to rebuild the old bridge"]
    );
    assert_eq!(
        found("Ms. Reyes has said for weeks she is the only candidate who can win."),
        ["Ms. Reyes|said|she is the only candidate who can win"]
    );
    assert_eq!(
        found("The agency disclosed for the first time that two files were lost."),
        ["The agency|disclosed|that two files were lost"]
    );
    // Switched off, the content opens at "on", which reads as no object: no claim.
    assert_eq!(
        found_with(
            "The mayor promised on Tuesday to rebuild the old bridge.",
            Rules::without(&[RuleId::TimeAfterCue])
        ),
        Vec::<String>::new()
    );
}

#[test]
fn an_object_before_a_relative_that_stays_in_the_content() {
    assert_eq!(
        found("The council cited new surveys that put rents at a record high."),
        ["The council|cited|new surveys that put rents at a record high"]
    );
    // Adverbs before "that" are still left out.
    assert_eq!(
        found("The mayor said privately that the bridge would close."),
        ["The mayor|said|that the bridge would close"]
    );
    assert_eq!(
        found_with(
            "The council cited new surveys that put rents at a record high.",
            Rules::without(&[RuleId::ObjectBeforeThat])
        ),
        ["The council|cited|that put rents at a record high"]
    );
}

#[test]
fn a_one_word_opening_before_a_middle_cue_is_content() {
    assert_eq!(
        found("This, the mayor predicted, will not end well for the ferry."),
        ["the mayor|predicted|This / will not end well for the ferry"]
    );
    assert_eq!(
        found_with(
            "This, the mayor predicted, will not end well for the ferry.",
            Rules::without(&[RuleId::OneWordOpening])
        ),
        ["the mayor|predicted|will not end well for the ferry"]
    );
}

#[test]
fn a_particle_of_the_verb_after_the_cue_is_not_content() {
    assert_eq!(
        found("The mayor pushed back against the charge of favoritism."),
        ["The mayor|pushed|the charge of favoritism"]
    );
    assert_eq!(
        found("The governor talked up the new ferry to the harbor."),
        ["The governor|talked|the new ferry to the harbor"]
    );
    assert_eq!(
        found_with(
            "The mayor pushed back against the charge of favoritism.",
            Rules::without(&[RuleId::VerbParticle])
        ),
        ["The mayor|pushed|back against the charge of favoritism"]
    );
}

#[test]
fn a_final_when_or_even_phrase_stays_in_the_content() {
    assert_eq!(
        found("The mayor insisted that the ferry would run again, when the harbor reopens."),
        ["The mayor|insisted|that the ferry would run again, when the harbor reopens"]
    );
    assert_eq!(
        found("The mayor insisted that the ferry would run, even in the worst storms."),
        ["The mayor|insisted|that the ferry would run, even in the worst storms"]
    );
    // "even though" opens a clause of the writer's, which is left out as before.
    assert_eq!(
        found("The mayor insisted that the ferry would run, even though the harbor was closed."),
        ["The mayor|insisted|that the ferry would run"]
    );
    assert_eq!(
        found_with(
            "The mayor insisted that the ferry would run, even in the worst storms.",
            Rules::without(&[RuleId::FinalQualifierStays])
        ),
        ["The mayor|insisted|that the ferry would run"]
    );
}

#[test]
fn a_final_time_phrase_of_an_infinitive_content_stays() {
    assert_eq!(
        found("The governor vowed to visit the harbor next week."),
        ["The governor|vowed|to visit the harbor next week"]
    );
    // A noun-phrase content still leaves when it was said out.
    assert_eq!(
        found("The governor praised the harbor plan last week."),
        ["The governor|praised|the harbor plan"]
    );
    assert_eq!(
        found_with(
            "The governor vowed to visit the harbor next week.",
            Rules::without(&[RuleId::InfinitiveKeepsTime])
        ),
        ["The governor|vowed|to visit the harbor"]
    );
}

#[test]
fn and_closing_a_list_of_names_does_not_end_the_content() {
    let text = "The poll found support for Lee, Park, and Moreno in the city.";
    assert_eq!(found(text), ["The poll|found|support for Lee, Park, and Moreno in the city"]);
    assert_eq!(
        found_with(text, Rules::without(&[RuleId::ListAnd])),
        ["The poll|found|support for Lee, Park"]
    );
}

#[test]
fn an_opening_with_a_cue_noun_before_a_middle_cue_is_content() {
    let text = "The effects are hard to predict, economists said, because the toll on the old bridge is new and few drivers have paid it so far this year.";
    assert_eq!(
        found(text),
        ["economists|said|The effects are hard to predict / because the toll on the old bridge is new and few drivers have paid it so far this year"]
    );
    assert_eq!(
        found_with(text, Rules::without(&[RuleId::CueWordInOpening])),
        ["economists|said|because the toll on the old bridge is new and few drivers have paid it so far this year"]
    );
}

#[test]
fn a_participle_right_after_a_noun_phrase_has_it_as_its_source() {
    let got = found("A committee supporting the ferry plan has spent heavily.");
    assert_eq!(got, ["A committee|supporting|the ferry plan"]);
    let got = found("The survey had many riders saying they feel safe.");
    assert!(got.iter().all(|f| !f.contains("|saying|")), "an object of another verb: {got:?}");
    assert_eq!(found("The nominating contest drags on for the council."), Vec::<String>::new());
    assert_eq!(found("Her poor showing in the port was costly."), Vec::<String>::new());
    assert_eq!(found("This includes opposing the new tolls."), Vec::<String>::new());
    let got = found("The row between the port and the city saying the toll was unfair grew.");
    assert!(
        got.iter().all(|f| !f.contains("|saying|")),
        "coordinated after a preposition: {got:?}"
    );
    let text = "A committee supporting the ferry plan has spent heavily.";
    assert_eq!(found_with(text, Rules::without(&[RuleId::NounParticiple])), Vec::<String>::new());
}

#[test]
fn a_cue_in_an_infinitive_takes_the_subject_of_the_verb_before_it() {
    assert_eq!(
        found("The mayor went on to say that the ferry would run late."),
        ["The mayor|say|that the ferry would run late"]
    );
    assert_eq!(
        found("Riders were more likely to praise the new timetable."),
        ["Riders|praise|the new timetable"]
    );
    assert_eq!(found("The council was quick to support the ban."), ["The council|support|the ban"]);
    // "to" after a noun is no infinitive of the clause's subject.
    assert_eq!(found("She has a plan to call the mayor."), Vec::<String>::new());
    let text = "The mayor went on to say that the ferry would run late.";
    assert_eq!(found_with(text, Rules::without(&[RuleId::InfinitiveCue])), Vec::<String>::new());
}

#[test]
fn a_plural_noun_form_after_a_singular_subject_and_before_a_complement_is_a_verb() {
    assert_eq!(
        found("The memo notes that the ferry would run late."),
        ["The memo|notes|that the ferry would run late"]
    );
    assert_eq!(found("The governor plans to run ads."), ["The governor|plans|to run ads"]);
    assert_eq!(found("The calls for a ban grew louder."), Vec::<String>::new());
    assert_eq!(
        found("Federal ridership statistics show that the ferry runs late."),
        ["Federal ridership statistics|show|that the ferry runs late"]
    );
    let text = "The memo notes that the ferry would run late.";
    assert_eq!(found_with(text, Rules::without(&[RuleId::NounCueAsVerb])), Vec::<String>::new());
}

#[test]
fn a_bare_stance_verb_after_a_plural_subject_who_or_an_auxiliary_is_a_verb() {
    assert_eq!(
        found("Most cyclists support a cap on fares."),
        ["Most cyclists|support|a cap on fares"]
    );
    assert_eq!(found("The mayor would back the plan."), ["The mayor|back|the plan"]);
    assert_eq!(found("The support for the plan is thin."), Vec::<String>::new());
    let text = "The mayor would back the plan.";
    let without = Rules::without(&[RuleId::StanceAfterSubject]);
    assert_eq!(found_with(text, without), Vec::<String>::new());
}

#[test]
fn an_adverb_set_off_by_commas_stands_between_the_subject_and_its_verb() {
    assert_eq!(
        found("The mayor, however, said the ferry would run late."),
        ["The mayor|said|the ferry would run late"]
    );
    assert_eq!(
        found("Riders, meanwhile, say the fares are too high."),
        ["Riders|say|the fares are too high"]
    );
}

#[test]
fn a_passive_of_ask_before_a_question_or_its_topic_has_the_question_as_content() {
    assert_eq!(
        found("The mayor was asked whether the ferry would run late."),
        ["|asked|whether the ferry would run late"]
    );
    assert_eq!(
        found("The mayor was asked about the ferry delays."),
        ["|asked about|the ferry delays"]
    );
    let got = found("The questions were asked of the mayor.");
    assert!(got.iter().all(|f| !f.contains("|asked")), "{got:?}");
    let text = "The mayor was asked whether the ferry would run late.";
    assert_eq!(found_with(text, Rules::without(&[RuleId::AskedPassive])), Vec::<String>::new());
}

#[test]
fn a_content_in_a_relative_aside_ends_before_an_irregular_or_modal_main_verb() {
    let got = found("The mayor, who has endorsed Ms. Smith, spoke to the crowd on Tuesday.");
    assert!(got.contains(&"who|endorsed|Ms. Smith".to_string()), "{got:?}");
    let got = found("Ms. Roe, who accused the council of waste, may run for the seat.");
    assert!(got.contains(&"who|accused|the council of waste".to_string()), "{got:?}");
    let got = found_with(
        "Ms. Roe, who accused the council of waste, held a meeting on Friday.",
        Rules::without(&[RuleId::RelativeAsideVerb]),
    );
    assert!(got.iter().any(|f| f.contains("held a meeting")), "{got:?}");
}

#[test]
fn a_participle_describing_a_noun_after_the_cue_is_no_cue() {
    assert_eq!(
        found("The governor said in a written statement that the bridge would reopen in May."),
        ["The governor|said|that the bridge would reopen in May"]
    );
    assert_eq!(
        found("Mr. Lee said in a prepared statement on Monday that he would resign."),
        ["Mr. Lee|said|that he would resign"]
    );
    let got = found_with(
        "The governor said in a written statement that the bridge would reopen in May.",
        Rules::without(&[RuleId::AdjectiveParticiple]),
    );
    assert!(!got.iter().any(|f| f.starts_with("The governor|said|")), "{got:?}");
}

#[test]
fn an_indirect_question_after_a_negated_verb_of_saying_is_its_content() {
    assert_eq!(
        found("The minister would not say when the talks would resume."),
        ["The minister|say|when the talks would resume"]
    );
    let got = found("The plant will close, but the owner did not say when.");
    assert!(got.contains(&"the owner|say|when".to_string()), "{got:?}");
    let got = found_with(
        "The minister would not say when the talks would resume.",
        Rules::without(&[RuleId::IndirectQuestion]),
    );
    assert!(got.is_empty(), "{got:?}");
    // Not negated: "when" opens an adverbial clause, no object.
    let got = found("The minister will speak when the talks resume.");
    assert!(!got.iter().any(|f| f.contains("|when the talks")), "{got:?}");
}

#[test]
fn described_as_relative() {
    assert_eq!(
        found("The mayor opened the bridge, which he described as \"a marvel of design.\""),
        ["he|described|which / as \"a marvel of design.\""]
    );
    assert_eq!(
        found("She met the marchers, whom she described as \"peaceful,\" for an hour."),
        ["she|described|whom / as \"peaceful,\""]
    );
    assert_eq!(
        found("They left a council which many residents view as slow, and moved."),
        ["many residents|view|which / as slow"]
    );
    // "what" and "sees" stay out: the writer's paraphrase more often than not.
    let got = found("He spoke about what he described as a crisis.");
    assert!(got.iter().all(|f| !f.contains("|described|")), "{got:?}");
    let text = "She met the marchers, whom she described as calm.";
    assert!(found_with(text, Rules::without(&[RuleId::DescribedAsRelative]))
        .iter()
        .all(|f| !f.starts_with("she|described|whom")));
}

#[test]
fn relative_with_subject_ends_before_the_main_predicate() {
    let text =
        "The new rules, which officials said will start next month, will not apply to children.";
    let got = found(text);
    let want = "which officials|said|which / will start next month";
    assert!(got.contains(&want.to_string()), "{got:?}");
    let got = found_with(text, Rules::without(&[RuleId::RelativeWithSubject]));
    assert!(got.iter().all(|f| !f.ends_with("|will start next month")), "{got:?}");
}
