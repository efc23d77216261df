"""The glossary's field types, as a person reads them."""

from __future__ import annotations

import datetime
import decimal
import typing

import pytest

from castle_bdd.docs.glossary import type_name
from examples.ordering import OrderLine


@pytest.mark.parametrize(
    ("hint", "shown"),
    [
        (int, "int"),
        (decimal.Decimal, "Decimal"),
        (list[str], "list[str]"),
        (list[OrderLine], "list[OrderLine]"),
        (datetime.date | None, "date | None"),
        (typing.Optional[decimal.Decimal], "Optional[Decimal]"),  # noqa: UP045
        (dict[str, list[OrderLine]], "dict[str, list[OrderLine]]"),
    ],
)
def test_a_type_is_named_without_the_module_it_comes_from(hint: object, shown: str) -> None:
    assert type_name(hint) == shown
