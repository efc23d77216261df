"""Tables read scenario after scenario: what is kept between them changes no answer."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from behave.model import Table
from hypothesis import given
from hypothesis import strategies as st

from castle_bdd.gherkin import inline, inline_tokens
from castle_bdd.gherkin.catalogue import Catalogue, build_catalogue
from castle_bdd.gherkin.conversion import ANY_VALUE
from castle_bdd.gherkin.errors import GherkinError
from castle_bdd.gherkin.reading import read_messages
from castle_bdd.gherkin.specs import MessageKind
from examples import giftcard

EVENT = MessageKind.EVENT
HEADINGS = ["event", "card_id", "amount"]


@dataclass(frozen=True)
class CardsMerged:
    """An event with a field of a mutable type."""

    card_ids: list[str] = field(default_factory=list)


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return build_catalogue(["examples.giftcard"])


def _table(*rows: list[str], headings: list[str] = HEADINGS, line: int = 7) -> Table:
    return Table(headings, line=line, rows=[list(row) for row in rows])


def test_the_same_cells_give_the_same_values_again(catalogue: Catalogue) -> None:
    table = _table(["CardIssued", "GC-1", "100"], ["CardRedeemed", "GC-1", "30"])
    first = [m.build() for m in read_messages(catalogue, EVENT, table, None, False)]
    again = [m.build() for m in read_messages(catalogue, EVENT, table, None, False)]
    assert first == again == [giftcard.CardIssued("GC-1", 100), giftcard.CardRedeemed("GC-1", 30)]


def test_a_quoted_cell_and_a_bare_cell_stay_apart(catalogue: Catalogue) -> None:
    table = _table(["CardIssued", '"GC-1"', "5"], ["CardIssued", "GC-1", "5"])
    quoted, bare = read_messages(catalogue, EVENT, table, None, False)
    assert quoted.values == bare.values == {"card_id": "GC-1", "amount": 5}
    assert quoted.written["card_id"] == bare.written["card_id"] == "GC-1"


def test_a_wildcard_read_in_a_then_is_still_refused_in_a_given(catalogue: Catalogue) -> None:
    table = _table(["CardIssued", "GC-1", "*"])
    (then,) = read_messages(catalogue, EVENT, table, None, True)
    assert then.values["amount"] is ANY_VALUE
    with pytest.raises(GherkinError, match=r"\* \(any value\) can only be used in a Then"):
        read_messages(catalogue, EVENT, table, None, False)


def test_a_value_that_does_not_convert_fails_every_time(catalogue: Catalogue) -> None:
    for _ in range(2):
        with pytest.raises(GherkinError, match='cannot read "lots"'):
            read_messages(catalogue, EVENT, _table(["CardIssued", "GC-1", "lots"]), None, False)


def test_bad_headings_fail_every_time_at_their_own_line(catalogue: Catalogue) -> None:
    for line in (3, 9):
        table = _table(["CardIssued", "GC-1"], headings=["evnt", "card_id"], line=line)
        with pytest.raises(GherkinError, match="did you mean event") as caught:
            read_messages(catalogue, EVENT, table, None, False)
        assert caught.value.problem.startswith("the first column of this table must be")


def test_a_row_without_a_name_is_reported_before_any_value(catalogue: Catalogue) -> None:
    table = _table(["CardIssued", "GC-1", "lots"], ["", "GC-1", "5"])
    with pytest.raises(GherkinError, match="this row has no event name"):
        read_messages(catalogue, EVENT, table, None, False)


def test_values_of_mutable_classes_are_never_shared() -> None:
    catalogue = Catalogue(())
    catalogue._add_message(CardsMerged, EVENT, certain=True)
    table = _table(["CardsMerged", "GC-1, GC-2"], headings=["event", "card_ids"])
    (first,) = read_messages(catalogue, EVENT, table, None, False)
    (second,) = read_messages(catalogue, EVENT, table, None, False)
    assert first.values == second.values == {"card_ids": ["GC-1", "GC-2"]}
    assert first.values["card_ids"] is not second.values["card_ids"]


NAMES = st.sampled_from(["card_id", "amount", "and", "andy", "x", "ünï", "a-b"])
VALUES = st.sampled_from(['"GC-1"', "30", "and", '"a b"', "'s'", "it's", "x,y", '"x\\"y"', "*"])
SEPARATORS = st.sampled_from([" and ", "  and\t", ", ", ", and ", " ", " AND "])


@st.composite
def inline_texts(draw: st.DrawFn) -> str:
    pairs = draw(st.lists(st.tuples(NAMES, VALUES), min_size=1, max_size=4))
    parts = []
    for index, (name, value) in enumerate(pairs):
        if index:
            parts.append(draw(SEPARATORS))
        parts.append(f"{name}{draw(st.sampled_from([' ', '  ', chr(9)]))}{value}")
    return draw(st.sampled_from(["", " "])) + "".join(parts) + draw(st.sampled_from(["", " "]))


def _read_in_general(text: str) -> object:
    try:
        return inline_tokens.read_in_general(text)
    except inline.InlineFieldsError as error:
        return str(error)


@given(inline_texts())
def test_plain_inline_fields_read_in_one_pass_as_in_general(text: str) -> None:
    quick = inline._simple_fields(text)
    if quick is not None:
        assert quick == _read_in_general(text)


def test_a_blank_cell_under_a_heading_its_class_lacks_is_left_out_every_time(
    catalogue: Catalogue,
) -> None:
    headings = ["event", "card_id", "amount", "reason"]
    for _ in range(2):  # the second table reuses what the first one set up
        table = _table(["CardIssued", "GC-1", "100", "  "], headings=headings)
        messages = read_messages(catalogue, EVENT, table, None, then=False)
        assert [m.build() for m in messages] == [giftcard.CardIssued("GC-1", 100)]


def test_a_filled_cell_under_a_heading_its_class_lacks_fails_after_blank_ones(
    catalogue: Catalogue,
) -> None:
    headings = ["event", "card_id", "amount", "reason"]
    read_messages(
        catalogue,
        EVENT,
        _table(["CardIssued", "GC-1", "100", ""], headings=headings),
        None,
        then=False,
    )
    filled = _table(["CardIssued", "GC-1", "100", "lost"], headings=headings, line=20)
    with pytest.raises(GherkinError) as caught:
        read_messages(catalogue, EVENT, filled, None, then=False)
    assert "CardIssued has no field 'reason'" in caught.value.problem
