"""The sentences nearest to a step that no step definition reads."""

from __future__ import annotations

from castle_bdd.gherkin.sentences import (
    Sentence,
    nearest_sentences,
    plain_text,
    readable,
    related_sentences,
    unusual_characters,
)
from castle_bdd.gherkin.unmatched import Vocabulary, explain_unmatched

VOCABULARY = [
    Sentence("given", "the event {message:MessageName} was published{fields:WithFields}"),
    Sentence("given", "{duration:Duration} have elapsed"),
    Sentence("given", "the current time is {instant:Instant}"),
    Sentence("when", "the command {message:MessageName} is sent{fields:WithFields}"),
    Sentence("when", "{duration:Duration} elapse"),
    Sentence("when", "time advances to {instant:Instant}"),
    Sentence("then", "the command succeeds"),
    Sentence("then", "the command fails with {exception:MessageName}"),
    Sentence("then", "the command returns {value:QuotedOrBare}"),
    Sentence("then", "the event {message:MessageName} is published{fields:WithFields}"),
    Sentence("then", "no events are published"),
    Sentence("then", "the events are:"),
]


def _nearest(text: str, keyword: str) -> list[str]:
    return [str(suggestion) for suggestion in nearest_sentences(text, keyword, VOCABULARY)]


def test_a_sentence_in_another_tense_is_shown_with_the_step_s_own_words() -> None:
    nearest = _nearest('the event CardRedeemed is raised with card_id "GC-1"', "then")
    assert nearest[0] == 'Then the event CardRedeemed is published with card_id "GC-1"'


def test_a_typo_in_a_word_of_the_sentence_is_forgiven() -> None:
    nearest = _nearest("the comand RedeemCard is sent with amount 30", "when")
    assert nearest[0] == "When the command RedeemCard is sent with amount 30"


def test_other_words_for_the_same_idea_find_the_sentence() -> None:
    assert _nearest("the command should succeed", "then")[0] == "Then the command succeeds"
    nearest = _nearest("the command throws InsufficientBalance", "then")
    assert nearest[0] == "Then the command fails with InsufficientBalance"


def test_a_sentence_of_the_step_s_keyword_comes_first() -> None:
    assert _nearest("the events include:", "then")[0] == "Then the events are:"


def test_nothing_is_suggested_for_a_sentence_far_from_all() -> None:
    assert _nearest("the moon is made of cheese", "then") == []


def test_sentences_sharing_a_word_are_listed_when_none_is_near() -> None:
    related = related_sentences("nothing is published", "then", VOCABULARY)
    assert "Then no events are published" in related
    assert all(sentence.startswith("Then ") for sentence in related)


def test_characters_that_look_like_spaces_are_named_with_their_place() -> None:
    assert unusual_characters("the command\tsucceeds") == ['a tab after "the command"']
    assert unusual_characters("the\u00a0command") == ['a no-break space after "the"']
    assert unusual_characters("succ\u200beeds") == ['a zero-width space after "succ"']
    assert unusual_characters("the  command") == ["two spaces in a row"]
    assert unusual_characters("the command succeeds") == []
    assert plain_text("the\u00a0command  succ\u200beeds") == "the command succeeds"


def test_a_pattern_reads_with_its_fields_named() -> None:
    assert readable("the event {message:MessageName} is published{fields:WithFields}") == (
        "the event <message> is published [with <field> <value> and …]"
    )


def _vocabulary(reads: set[tuple[str, str]]) -> Vocabulary:
    return Vocabulary(VOCABULARY, lambda keyword, text: (keyword, text) in reads)


def test_a_step_of_another_keyword_is_told_its_keyword() -> None:
    text = "time advances to 2026-02-01T00:00:00Z"
    message = explain_unmatched("given", text, _vocabulary({("when", text)}))
    assert message.startswith(f'"{text}" is a When step, not a Given step — write: When {text}')


def test_a_value_that_cannot_be_read_gets_its_own_message() -> None:
    message = explain_unmatched("when", "-5 days elapse", _vocabulary(set()))
    assert message.startswith('cannot read "-5 days" as a duration')
    assert "cannot be negative" in message
    message = explain_unmatched("given", "the current time is tomorrow", _vocabulary(set()))
    assert message.startswith('cannot read "tomorrow" as a time')


def test_a_word_for_a_number_of_a_project_sentence_is_told_to_be_digits() -> None:
    own = Vocabulary(
        [Sentence("then", "the card balance is shown as {amount:d}")], lambda *_: False
    )
    message = explain_unmatched("then", "the card balance is shown as seventy", own)
    assert message == (
        '"seventy" is not a whole number, and the sentence "Then the card balance is shown as '
        '<amount>" takes a whole number there: write it in digits, e.g. 70'
    )
    assert explain_unmatched("then", "the card balance is shown as 7.5", own).startswith(
        '"7.5" is not a whole number'
    )


def test_an_invisible_character_is_named_and_the_plain_sentence_given() -> None:
    reads = {("then", "the command succeeds")}
    message = explain_unmatched("then", "the command\u00a0succeeds", _vocabulary(reads))
    assert message == (
        'the step has a no-break space after "the command": write plain spaces: '
        "Then the command succeeds"
    )


def test_a_step_far_from_every_sentence_is_told_how_to_define_it() -> None:
    message = explain_unmatched("then", "the moon is made of cheese", _vocabulary(set()))
    assert message.startswith('no step reads "Then the moon is made of cheese"')
    assert 'define it in a module of steps/ with @then("…")' in message
