"""The general reading of a step's inline fields: every line `inline` does not read in one pass.

The line is split into tokens (quoted values, bare words, separators), the tokens into
segments between separators, and each segment into a field name of one or more words
and its value. `inline` loads this module for the first line that needs it.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from castle_bdd.gherkin.inline import InlineField, InlineFieldsError

_TOKEN = re.compile(
    r"""\s*(?:"(?P<double>(?:\\.|[^"\\])*)"|'(?P<single>(?:\\.|[^'\\])*)'"""
    r"""|(?P<comma>,)|(?P<bare>(?!["'])(?:[^\s,]|,(?!\s|$))+))"""
)
_ESCAPE = re.compile(r"\\(.)")


class _Token(NamedTuple):
    # a tuple: a step line is split into these in every scenario, and a tuple is quick
    text: str
    quoted: bool
    separator: bool


_AND_WORD = _Token("and", quoted=False, separator=False)
_COMMA = _Token(",", quoted=False, separator=True)


def read_in_general(text: str) -> tuple[InlineField, ...]:
    """The fields of ``text``, however they are quoted and joined."""
    segments = _merge_lone_words(_segments(text, _tokens(text)))
    return tuple(_field(text, segment) for segment in segments)


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
    quoted = next((i for i, word in enumerate(name_words) if word.quoted), None)
    if quoted is not None:
        after = " ".join(word.text for word in name_words[quoted + 1 :])
        if value.text == ":" and not after:
            raise InlineFieldsError(
                text,
                'the fields end in ":", which says a table or doc string gives them: give the '
                "fields once, after 'with' or under the step",
            )
        if quoted == 0 or not after or not after.isprintable():
            raise InlineFieldsError(text, "a quoted value must come after a field name")
        raise InlineFieldsError(
            text,
            f'the value "{name_words[quoted].text}" is followed by "{after}" without "and" '
            'between them: join the fields with "and" (or a comma)',
        )
    name = " ".join(word.text for word in name_words)
    return InlineField(name, value.text, value.quoted)
