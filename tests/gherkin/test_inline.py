"""Tests of reading the ``with card_id "GC-1" and amount 100`` part of a step."""

from __future__ import annotations

import pytest

from castle_bdd.errors import CastleBddError
from castle_bdd.gherkin.inline import InlineField, InlineFieldsError, parse_inline_fields


def _pairs(text: str) -> list[tuple[str, str, bool]]:
    return [(field.name, field.value, field.quoted) for field in parse_inline_fields(text)]


def test_quoted_and_bare_values() -> None:
    assert parse_inline_fields('card_id "GC-1" and amount 100') == [
        InlineField("card_id", "GC-1", quoted=True),
        InlineField("amount", "100", quoted=False),
    ]


def test_and_inside_quotes_is_part_of_the_value() -> None:
    assert _pairs('name "Tom and Jerry" and amount 5') == [
        ("name", "Tom and Jerry", True),
        ("amount", "5", False),
    ]


def test_multiword_field_names() -> None:
    assert _pairs('card id "GC-1" and amount 100') == [
        ("card id", "GC-1", True),
        ("amount", "100", False),
    ]


def test_a_single_field() -> None:
    assert _pairs('invoice_id "INV-1"') == [("invoice_id", "INV-1", True)]


def test_commas_separate_fields_too() -> None:
    assert _pairs("a 1, b 2, and c 3") == [("a", "1", False), ("b", "2", False), ("c", "3", False)]


def test_a_comma_inside_a_bare_value_stays() -> None:
    assert _pairs("tags a,b and amount 1") == [("tags", "a,b", False), ("amount", "1", False)]


def test_single_quotes_and_escapes() -> None:
    assert _pairs(r"""note 'it is' and quote "say \"hi\"" """) == [
        ("note", "it is", True),
        ("quote", 'say "hi"', True),
    ]


def test_an_empty_quoted_value() -> None:
    assert _pairs('note "" and amount 1') == [("note", "", True), ("amount", "1", False)]


def test_a_field_name_with_and_in_it() -> None:
    assert _pairs("terms and conditions true") == [("terms and conditions", "true", False)]


def test_a_wildcard_value_is_kept_as_written() -> None:
    assert _pairs("amount *") == [("amount", "*", False)]


def test_nothing_gives_no_fields() -> None:
    assert parse_inline_fields("   ") == []


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("card_id", "'card_id' has no value after it"),
        ('"GC-1"', '"GC-1" has no field name before it'),
        ('card_id "GC-1" and', "it ends before the last field's name and value"),
        ("and amount 5", "'and' comes where a field name should be"),
        ("a 1 and and b 2", "'and' comes where a field name should be"),
        ("a 1, , b 2", "',' comes where a field name should be"),
        ('card_id "GC-1', "a quoted value is not closed"),
        ('"a" b 1', "a quoted value must come after a field name"),
        ('a "x" 1', "a quoted value must come after a field name"),
        (
            'a "x" & b 1',
            'the value "x" is followed by "& b" without "and" between them: join the fields '
            'with "and" (or a comma)',
        ),
        (
            'a "x":',
            'the fields end in ":", which says a table or doc string gives them: give the '
            "fields once, after 'with' or under the step",
        ),
    ],
)
def test_unreadable_fields(text: str, problem: str) -> None:
    with pytest.raises(InlineFieldsError) as raised:
        parse_inline_fields(text)
    assert raised.value.problem == problem
    assert str(raised.value).endswith(
        '— expected: field name then value, e.g. card_id "GC-1" and amount 100'
    )
    assert isinstance(raised.value, CastleBddError)


def test_each_call_gets_its_own_list() -> None:
    first = parse_inline_fields("amount 1")
    first.clear()
    assert parse_inline_fields("amount 1") == [InlineField("amount", "1", quoted=False)]


def test_a_character_that_looks_like_a_quote_or_a_space_is_named() -> None:
    with pytest.raises(InlineFieldsError) as raised:
        parse_inline_fields('a "x" and\ufeff b 1 and c \u2019y\u2019')
    assert str(raised.value).endswith(
        '; the line has a zero-width no-break space after ""x" and": delete it, and write '
        "plain spaces"
        "; write straight quotes (' or \"): \u2018 and \u2019 are curly quotes"
    )
