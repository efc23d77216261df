"""The step library as behave sees it: patterns, docstrings, matcher and parse types."""

from __future__ import annotations

import inspect

from behave import matchers
from behave.step_registry import registry

import castle_bdd.steps
from castle_bdd.gherkin.inline import TABLE_FOLLOWS
from castle_bdd.gherkin.parse_types import TYPES
from tests.steps.support import castle_definitions


def test_every_exported_step_has_a_one_line_docstring() -> None:
    for name in castle_bdd.steps.__all__:
        function = getattr(castle_bdd.steps, name)
        doc = inspect.getdoc(function)
        assert doc, name
        assert "\n" not in doc, name
        assert name.startswith("step_")


def test_every_registered_step_is_exported() -> None:
    exported = {inspect.unwrap(getattr(castle_bdd.steps, n)) for n in castle_bdd.steps.__all__}
    registered = {inspect.unwrap(d.func) for _, d in castle_definitions()}
    assert registered == exported


def test_message_steps_take_fields_inline_before_a_table_or_not_at_all() -> None:
    patterns = [d.pattern for step_type, d in castle_definitions() if step_type == "when"]
    assert "the command {message:MessageName} is sent{fields:WithFields}" in patterns
    converter = matchers.ParseMatcher.TYPE_REGISTRY["WithFields"]
    assert converter("") is None
    assert converter(":") is TABLE_FOLLOWS
    fields = converter(' with card id "GC-1" and amount 5')
    assert [(f.name, f.value, f.quoted) for f in fields] == [
        ("card id", "GC-1", True),
        ("amount", "5", False),
    ]


def test_the_most_used_steps_are_tried_first() -> None:
    patterns = [d.pattern for step_type, d in castle_definitions() if step_type == "then"]
    assert patterns[0] == "the event {message:MessageName} is published{fields:WithFields}"
    given = [d.pattern for step_type, d in castle_definitions() if step_type == "given"]
    assert given.index("the event {message:MessageName} was published{fields:WithFields}") < (
        given.index("the event {message:MessageName}{fields:WithFields}")
    )


def test_steps_match_the_sentences_they_are_for() -> None:
    class Step:
        def __init__(self, step_type: str, name: str) -> None:
            self.step_type, self.name = step_type, name

    cases = {
        (
            "given",
            'the event InvoicePaid was published with invoice_id "INV-1"',
        ): "step_event_was_published",
        ("given", 'the event CardIssued with card_id "GC-1" and amount 100'): "step_event",
        ("given", "the event card issued"): "step_event",
        ("when", "2 hours and 30 minutes elapse"): "step_time_elapses",
        (
            "then",
            'the command fails with message "balance is 100"',
        ): "step_command_fails_with_message",
        ("then", "no saga is active"): "step_sagas_are_active",
    }
    for (step_type, name), function in cases.items():
        match = registry.find_match(Step(step_type, name))
        assert match is not None, name
        assert match.func.__name__ == function, name


def test_the_step_matcher_is_left_as_it_was() -> None:
    assert matchers.get_step_matcher_factory().current_matcher is matchers.ParseMatcher


def test_parse_types_are_registered() -> None:
    registered = matchers.ParseMatcher.TYPE_REGISTRY
    assert all(registered.get(name) is converter for name, converter in TYPES.items())
    assert "WithFields" in registered
