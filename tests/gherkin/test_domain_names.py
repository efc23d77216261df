"""Two domain classes with one name: a run that uses the plain name is refused at setup."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from behave.parser import parse_feature

from castle_bdd.gherkin.catalogue import build_catalogue
from castle_bdd.gherkin.domain_names import AmbiguousNameError, refuse_unqualified_names
from castle_bdd.gherkin.model import Feature, Step
from tests.mistakes.domains import duplicate_a, duplicate_b

SHARED = {"ParcelShipped": [duplicate_a.ParcelShipped, duplicate_b.ParcelShipped]}


def feature(*steps: str) -> Feature:
    body = "\n".join(f"    {step}" for step in steps)
    parsed: Feature = parse_feature(
        f"Feature: f\n\n  Scenario: s\n{body}\n", filename="parcels.feature"
    )
    return parsed


def test_the_catalogue_lists_the_names_two_classes_share() -> None:
    catalogue = build_catalogue(
        ["tests.mistakes.domains.duplicate_a", "tests.mistakes.domains.duplicate_b"]
    )
    assert catalogue.shared_names() == {
        "ParcelShipped": frozenset({duplicate_a.ParcelShipped, duplicate_b.ParcelShipped})
    }
    assert build_catalogue(["examples.giftcard"]).shared_names() == {}


@pytest.mark.parametrize(
    "step",
    [
        'Then the event ParcelShipped is published with parcel_id "P-1"',
        "Then the event parcel shipped is published",
        "Then the event parcel_shipped is published",
    ],
)
def test_a_step_that_uses_the_plain_name_is_refused_with_both_modules(step: str) -> None:
    with pytest.raises(AmbiguousNameError) as refused:
        refuse_unqualified_names([feature("When the command ShipParcel is sent", step)], SHARED)
    message = str(refused.value)
    assert message.startswith("parcels.feature:5: two classes are named ParcelShipped: ")
    assert "tests.mistakes.domains.duplicate_a.ParcelShipped" in message
    assert "tests.mistakes.domains.duplicate_b.ParcelShipped" in message
    assert "duplicate_a.ParcelShipped or duplicate_b.ParcelShipped, or rename one" in message


def test_a_name_in_a_table_is_a_use_and_later_uses_are_counted() -> None:
    table = feature(
        "Then the events are:",
        "  | event          |",
        "  | parcel shipped |",
        "And the event ParcelShipped is published",
    )
    with pytest.raises(AmbiguousNameError) as refused:
        refuse_unqualified_names([table], SHARED)
    assert str(refused.value).startswith("parcels.feature:4: ")
    assert "(the plain name is also used at parcels.feature:7)" in str(refused.value)


@pytest.mark.parametrize(
    "step",
    [
        'Then the event duplicate_a.ParcelShipped is published with parcel_id "P-1"',
        "Then the event tests.mistakes.domains.duplicate_b.ParcelShipped is published",
        'Then the event ParcelLost is published with note "ParcelShipped"',
        "Then the event ParcelLost is published with parcel_shipped_at 2026-01-01",
    ],
)
def test_a_qualified_name_a_quoted_value_or_another_word_is_no_use(step: str) -> None:
    refuse_unqualified_names([feature(step)], SHARED)


class Unread:
    """Features that must not be looked at."""

    def __iter__(self) -> Iterator[Feature]:
        raise AssertionError("the steps were read")


def test_a_domain_without_shared_names_does_not_look_at_the_steps() -> None:
    refuse_unqualified_names(Unread(), {})


def test_only_a_step_with_a_spelling_of_the_name_is_handed_to_names_in() -> None:
    asked: list[str] = []

    def names_in(step: Step) -> list[str]:
        asked.append(step.name)
        return ["ParcelShipped"] if "ParcelShipped" in step.name else []

    steps = ("When the command ShipParcel is sent", "Then the event ParcelShipped is published")
    with pytest.raises(AmbiguousNameError):
        refuse_unqualified_names([feature(*steps)], SHARED, names_in)
    assert asked == ["the event ParcelShipped is published"]
