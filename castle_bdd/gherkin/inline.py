"""The ``with card_id "GC-1" and amount 100`` part of a step, read into name/value pairs.

Each pair is a field name of one or more words followed by its value. A value is either
a double- or single-quoted string (which may hold spaces, ``and`` and ``\\"`` escapes)
or a bare token without spaces. Pairs are joined by ``and`` or a comma. A field name
may itself contain ``and`` (``terms and conditions true``): a lone word before ``and``
is taken as the start of the next name rather than a pair without a value.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from castle_bdd.errors import CastleBddError

EXAMPLE = 'card_id "GC-1" and amount 100'


class InlineField(NamedTuple):
    """One field of a step line: its name as written, its value, and whether it was quoted."""

    name: str
    value: str
    quoted: bool


_TOKEN = re.compile(
    r"""\s*(?:"(?P<double>(?:\\.|[^"\\])*)"|'(?P<single>(?:\\.|[^'\\])*)'"""
    r"""|(?P<comma>,)|(?P<bare>(?!["'])(?:[^\s,]|,(?!\s|$))+))"""
)
_ESCAPE = re.compile(r"\\(.)")


#: What a step ending in ``:`` gives for its fields: none on the line, a table or doc
#: string under it (told apart from a step with no fields by identity; never changed).
TABLE_FOLLOWS: list[InlineField] = []


class InlineFieldsError(CastleBddError):
    """The ``with …`` part of a step that is not field names followed by values."""

    def __init__(self, text: str, problem: str) -> None:
        self.text = text
        self.problem = problem
        super().__init__(
            f'cannot read the fields in "{text}": {problem} — expected: field name then '
            f"value, e.g. {EXAMPLE}"
        )


class _Token(NamedTuple):
    # a tuple: a step line is split into these in every scenario, and a tuple is quick
    text: str
    quoted: bool
    separator: bool


_AND_WORD = _Token("and", quoted=False, separator=False)
_COMMA = _Token(",", quoted=False, separator=True)


def parse_inline_fields(text: str) -> list[InlineField]:
    """The fields of ``card id "GC-1" and amount 100`` (the words after ``with``)."""
    return list(_parse_inline_fields(text))


@lru_cache(maxsize=2048)
def _parse_inline_fields(text: str) -> tuple[InlineField, ...]:
    # backgrounds and outlines repeat the same lines in every scenario of a suite
    simple = _simple_fields(text)
    if simple is not None:
        return simple
    segments = _merge_lone_words(_segments(text, _tokens(text)))
    return tuple(_field(text, segment) for segment in segments)


# Most lines are one-word names and plain values joined by "and": read in one pass. The
# same fields as the general reading below, which takes everything else.
_PAIR = r"""(?!and\b)(\w+)\s+(?:"([^"\\]*)"|((?!and(?:\s|$))[^\s,"']+))"""
_FIRST_PAIR = re.compile(r"\s*" + _PAIR)
_NEXT_PAIR = re.compile(r"\s+and\s+" + _PAIR)


def _simple_fields(text: str) -> tuple[InlineField, ...] | None:
    match = _FIRST_PAIR.match(text)
    fields: list[InlineField] = []
    end = len(text.rstrip())
    while match is not None:
        name, quoted, bare = match.groups()
        fields.append(InlineField(name, bare if quoted is None else quoted, quoted is not None))
        if match.end() == end:
            return tuple(fields)
        match = _NEXT_PAIR.match(text, match.end())
    return None


def _tokens(text: str) -> list[_Token]:
    tokens: list[_Token] = []
    position, end = 0, len(text.rstrip())
    while position < end:
        match = _TOKEN.match(text, position)
        if match is None:
            raise InlineFieldsError(text, _unreadable_at(text, position))
        tokens.append(_token(match))
        position = match.end()
    return tokens


def _unreadable_at(text: str, position: int) -> str:
    rest = text[position:].lstrip()
    return "a quoted value is not closed" if rest[:1] in "\"'" else f"cannot read {rest}"


def _token(match: re.Match[str]) -> _Token:
    double, single, comma, bare = match.groups()
    if comma:
        return _COMMA
    if bare is not None:
        return _Token(bare, False, bare == "and")
    quoted = double if double is not None else single
    return _Token(_ESCAPE.sub(r"\1", quoted) if "\\" in quoted else quoted, True, False)


def _segments(text: str, tokens: list[_Token]) -> list[list[_Token]]:
    segments: list[list[_Token]] = [[]]
    previous = ""
    for token in tokens:
        if not token.separator:
            segments[-1].append(token)
        elif segments[-1]:
            segments.append([])
        elif not (token.text == "and" and previous == ","):
            # ", and" is one separator; any other separator with nothing before it is a slip
            raise InlineFieldsError(text, f"'{token.text}' comes where a field name should be")
        previous = token.text if token.separator else ""
    if len(segments) > 1 and not segments[-1]:
        raise InlineFieldsError(text, "it ends before the last field's name and value")
    return [segment for segment in segments if segment]


def _merge_lone_words(segments: list[list[_Token]]) -> list[list[_Token]]:
    merged: list[list[_Token]] = []
    carried: list[_Token] = []
    for index, segment in enumerate(segments):
        segment = carried + segment
        carried = []
        is_last = index == len(segments) - 1
        if len(segment) == 1 and not segment[0].quoted and not is_last:
            carried = [*segment, _AND_WORD]
        else:
            merged.append(segment)
    return merged


def _quote_hint(text: str) -> str:
    """How to quote a value with `` and `` in it, when the line ends in one."""
    words = text.split()
    if len(words) < 4 or words[-2] != "and" or words[-3][:1] in "\"'":
        return ""
    value = f"{words[-3]} and {words[-1]}"
    return (
        f'; an unquoted value ends at " and ": if "{value}" is one value, put it in double '
        f'quotes: {words[-4]} "{value}"'
    )


def _field(text: str, segment: list[_Token]) -> InlineField:
    *name_words, value = segment
    if not name_words and value.quoted:
        raise InlineFieldsError(text, f'"{value.text}" has no field name before it')
    if not name_words:
        raise InlineFieldsError(text, f"'{value.text}' has no value after it{_quote_hint(text)}")
    if any(word.quoted for word in name_words):
        raise InlineFieldsError(text, "a quoted value must come after a field name")
    name = " ".join(word.text for word in name_words)
    return InlineField(name, value.text, value.quoted)
