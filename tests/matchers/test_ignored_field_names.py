"""Ignored field names given to the matchers must be names.

``equal_to(event, ignored_fields="amount")`` read the string letter by letter: it
ignored fields named "a", "m"… and dropped the default ignored fields;
``ignoring_fields(CardRedeemed(...))`` put the event among the names.
"""

from __future__ import annotations

from typing import Any

import pytest
from hamcrest import assert_that

from castle_bdd.errors import MatcherConfigurationError
from castle_bdd.matchers import equal_to, ignoring_fields
from examples.giftcard import CardRedeemed


def test_a_lone_string_as_ignored_fields_is_refused_naming_ignoring_fields() -> None:
    names: Any = "amount"
    with pytest.raises(
        MatcherConfigurationError, match=r"ignored_fields=ignoring_fields\('amount'\)"
    ):
        equal_to(CardRedeemed("GC-1", 20), ignored_fields=names)


def test_ignoring_fields_takes_names_only() -> None:
    event: Any = CardRedeemed("GC-1", 20)
    with pytest.raises(MatcherConfigurationError, match="ignoring_fields takes field names"):
        ignoring_fields(event)
    assert_that(
        CardRedeemed("GC-1", 25),
        equal_to(CardRedeemed("GC-1", 20), ignored_fields=ignoring_fields("amount")),
    )
