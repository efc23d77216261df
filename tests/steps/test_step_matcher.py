"""`StepLibraryMatcher`: the step library's sentences match as behave's parse matcher does.

The matcher is faster (see bench/NOTES.md, seventh and eighth rounds); these tests hold it
to behave's answers: the same steps matched, the same arguments, the same location, the
same errors.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import parse
import pytest
from behave import matchers
from behave.step_registry import StepRegistry
from hypothesis import given
from hypothesis import strategies as st

from castle_bdd._compat.behave import registering_with
from castle_bdd.gherkin.parse_types import UnreadableArgument
from castle_bdd.steps._define import (
    StepLibraryMatcher,
    _has_words,
    _words_between_fields,
)
from tests.steps.support import castle_definitions

#: Sentences as a feature file writes them, right and wrong, for every step type.
SENTENCES = [
    "the events:",
    "the events are:",
    "the events are: ",
    " the events:",
    "The events:",
    "the events",
    "no events are published",
    "no saga is active",
    'the command RedeemCard is sent with card_id "GC-1" and amount 30',
    "the command RedeemCard is sent:",
    "the command RedeemCard is sent",
    'the command fails with message "balance is 100"',
    "the command fails with InsufficientBalance",
    "31 days elapse",
    "31 dayz elapse",
    "2 hours and 30 minutes elapse",
    'the event CardIssued with card_id "GC-1" and amount 100',
    "the event card issued",
    "the aggregate state has remaining 70",
    "the event CardIssued is scheduled in 2 days",
    'the event CardIssued is scheduled in 2 days with card_id "GC-1"',
    "the event is scheduled in 2 days",
    "a deadline Expire is scheduled in 31 days",
    "the deadline Expire is triggered",
    "1 saga is active",
    "2 sagas are active",
    "no CardIssued event is published",
    "the event CardIssued is published",
    "the event CardIssued was published:",
    'the aggregate "GC-1" published CardIssued with amount 5',
    "the current time is 2026-01-01T00:00:00Z",
    "is sent the command RedeemCard",
    "31 days elapse elapse",
]


def _castle_definitions() -> list[Any]:
    return [definition for _, definition in castle_definitions()]


def _arguments(match: Any) -> list[tuple[Any, ...]]:
    # by repr: an unreadable argument carries an exception, which equals only itself
    return [(a.name, a.start, a.end, a.original, repr(a.value)) for a in match.arguments]


def test_every_step_of_the_library_has_the_library_matcher() -> None:
    definitions = _castle_definitions()
    assert len(definitions) > 30
    assert all(type(definition) is StepLibraryMatcher for definition in definitions)


def test_each_sentence_matches_as_behaves_parse_matcher_matches_it() -> None:
    compared = 0
    for ours in _castle_definitions():
        behaves = matchers.ParseMatcher(ours.func, ours.pattern, ours.step_type)
        for text in [*SENTENCES, ours.pattern]:
            expected, found = behaves.match(text), ours.match(text)
            assert (found is None) == (expected is None), (ours.pattern, text)
            if expected is None:
                continue
            compared += 1
            assert type(found) is type(expected) is matchers.Match, (ours.pattern, text)
            assert found.func is expected.func
            assert _arguments(found) == _arguments(expected), (ours.pattern, text)
            assert found.location == expected.location
            assert str(found.location) == str(expected.location)
    assert compared >= len(SENTENCES) - 8  # the wrong sentences above match nothing


def test_a_sentence_without_fields_is_compared_as_written() -> None:
    [events] = [d for d in _castle_definitions() if d.pattern == "the events:"]
    assert events.match("the events:").arguments == []
    for other in ("the events: ", "The events:", "the events", "the events:\n"):
        assert events.match(other) is None
        assert not events.matches(other)


def test_a_text_without_the_words_between_the_fields_is_not_matched() -> None:
    exact = parse.Parser("", case_sensitive=True)
    words = _words_between_fields("the event {m:w} is scheduled in {d:w}{f:w}", exact)
    assert words == ("the event ", (" is scheduled in ",), "")
    assert _has_words("the event X is scheduled in 2 days", words)
    assert not _has_words("the event X is published", words)
    assert not _has_words("an event X is scheduled in 2 days", words)
    ends = _words_between_fields("{n:d} days elapse", exact)
    assert ends == ("", (), " days elapse")
    assert _has_words("3 days elapse", ends)
    assert not _has_words("3 days elapses", ends)


def test_words_are_not_used_where_they_cannot_tell() -> None:
    caseless = parse.Parser("the value {v:d}", case_sensitive=False)
    assert _words_between_fields("the value {v:d}", caseless) is None
    exact = parse.Parser("", case_sensitive=True)
    assert _words_between_fields("the {{value}} {v:d}", exact) is None
    assert _words_between_fields("the value } {v:d}", exact) is None

    def step(context: Any, v: int) -> None:
        """A step."""

    doubled = StepLibraryMatcher(step, "the {{value}} is {v:d}", "given")
    assert doubled.match("the {value} is 3").arguments[0].value == 3


def test_every_pattern_of_the_library_compiles() -> None:
    # what behave's registration would have checked at once, had the matcher let it
    for ours in _castle_definitions():
        behaves = matchers.ParseMatcher(ours.func, ours.pattern, ours.step_type)
        assert behaves.compile() is behaves
        assert behaves.parser.parse("") is None


def test_registering_the_library_compiles_no_pattern_until_a_text_needs_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # what behave does as a step module loads: each pattern is compiled, and each new
    # pattern is matched against the ones of its type registered before it
    compiled: list[str] = []
    compile_pattern = parse.re.compile

    def counting(pattern: Any, flags: int = 0) -> Any:
        compiled.append(pattern)
        return compile_pattern(pattern, flags)

    monkeypatch.setattr(parse.re, "compile", counting)
    registry = StepRegistry()
    definitions = castle_definitions()
    with registering_with(StepLibraryMatcher):
        for step_type, definition in definitions:
            registry.add_step_definition(step_type, definition.pattern, definition.func)
    assert sum(len(found) for found in registry.steps.values()) == len(definitions)
    assert compiled == []
    [sent] = [d for d in registry.steps["when"] if d.pattern.startswith("the command {")]
    assert sent.match("the command RedeemCard is sent with amount 30") is not None
    assert len(compiled) == 1


def test_the_location_is_relative_to_the_working_directory_of_each_match(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    [events] = [d for d in _castle_definitions() if d.pattern == "the events:"]
    here = events.match("the events:").location
    assert here == matchers.Match.make_location(events.func)
    monkeypatch.chdir(tmp_path)
    there = events.match("the events:").location
    assert there == matchers.Match.make_location(events.func)
    assert there.filename != here.filename
    assert there.line == here.line


def test_a_failing_type_converter_gives_behaves_match_with_error() -> None:
    def unreadable(text: str) -> Any:
        raise ValueError(f"cannot read {text}")

    def step(context: Any, value: Any) -> None:
        """A step."""

    ours = StepLibraryMatcher(
        step, "the value {value:Unreadable}", "given", {"Unreadable": unreadable}
    )
    found = ours.match("the value 7")
    assert isinstance(found, matchers.MatchWithError)
    assert str(found.stored_error) == "cannot read 7"
    assert ours.match("another sentence") is None


def test_registering_the_library_leaves_a_projects_matcher_in_place() -> None:
    factory = matchers.get_step_matcher_factory()
    projects = factory.use_step_matcher("re")
    try:
        with registering_with(StepLibraryMatcher):
            assert factory.current_matcher is StepLibraryMatcher
        assert factory.current_matcher is projects
        with pytest.raises(RuntimeError), registering_with(StepLibraryMatcher):
            raise RuntimeError("a step module failed to load")
        assert factory.current_matcher is projects
    finally:
        factory.use_default_step_matcher()
    assert factory.current_matcher is matchers.ParseMatcher


_durations = st.builds(
    "{} {}{}".format,
    st.integers(0, 400),
    st.sampled_from(["day", "days", "hour", "hours", "minute", "dayz", "weeks"]),
    st.sampled_from(["", " and 30 minutes"]),
)


@given(
    st.lists(
        st.one_of(
            _durations.map("{} elapse".format),
            _durations.map("{} have elapsed".format),
            _durations.map("a deadline Expire is scheduled in {}".format),
            st.integers(0, 12).map("{} sagas are active".format),
            st.sampled_from(SENTENCES),
        ),
        min_size=1,
        max_size=6,
    )
)
def test_a_text_read_again_matches_as_it_did_the_first_time(texts: list[str]) -> None:
    # the same matchers read each text twice: the second answer may be the kept one
    definitions = _castle_definitions()
    for text in [*texts, *texts]:
        for ours in definitions:
            behaves = matchers.ParseMatcher(ours.func, ours.pattern, ours.step_type)
            expected, found = behaves.match(text), ours.match(text)
            assert (found is None) == (expected is None), (ours.pattern, text)
            if expected is not None:
                assert type(found) is type(expected), (ours.pattern, text)
                assert _arguments(found) == _arguments(expected), (ours.pattern, text)


def test_an_unreadable_value_is_read_anew_each_time() -> None:
    # its error is made as the step that wrote it is matched: never handed out twice
    [elapse] = [d for d in _castle_definitions() if d.pattern == "{duration:Duration} elapse"]
    first, second = elapse.match("31 dayz elapse"), elapse.match("31 dayz elapse")
    assert isinstance(first.arguments[0].value, UnreadableArgument)
    assert first.arguments[0].value is not second.arguments[0].value
    assert elapse.match("31 days elapse").arguments[0].value == timedelta(days=31)
