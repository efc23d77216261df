"""The glossary: what each message is, and its field types as a person reads them."""

from __future__ import annotations

import datetime
import decimal
import typing
from pathlib import Path
from types import ModuleType

import pytest

from castle_bdd.docs.glossary import glossary, type_name
from castle_bdd.scaffold import castlecraft_templates as castlecraft
from castle_bdd.scaffold import templates as plain
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


@pytest.mark.parametrize("templates", [plain, castlecraft], ids=["plain", "castlecraft"])
def test_each_message_of_the_scaffold_is_listed_as_what_it_is(
    templates: ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = f"scaffold_{templates.__name__.rsplit('.', 1)[-1]}"
    (tmp_path / package).mkdir()
    (tmp_path / package / "__init__.py").write_text("")
    (tmp_path / package / "library.py").write_text(templates.DOMAIN)
    monkeypatch.syspath_prepend(str(tmp_path))

    messages, _ = glossary([f"{package}.library"])

    kinds = {m.name: m.kind for m in messages}
    assert kinds["AddBook"] == kinds["LendBook"] == "command"
    assert kinds["BookAdded"] == kinds["BookLent"] == "event", "Book is a noun here, not a verb"
