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
            f"value, e.g. {EXAMPLE}{_characters_hint(text)}"
        )


def _characters_hint(text: str) -> str:
    """What in ``text`` looks like a quote or a space and is not one, as a fix."""
    from castle_bdd.gherkin.sentences import unusual_characters  # only for a failed step

    unusual = [found for found in unusual_characters(text) if found != "two spaces in a row"]
    hints = [f"the line has {found}: delete it, and write plain spaces" for found in unusual]
    if "\u2018" in text or "\u2019" in text:
        hints.append("write straight quotes (' or \"): \u2018 and \u2019 are curly quotes")
    twice = _QUOTED_TWICE.search(text)
    if twice is not None:
        hints.append(
            f"{twice.group()} is in two pairs of quotes: quote it once (in a Scenario Outline, "
            "in the step or in the Examples cell, not in both)"
        )
    return "".join(f"; {hint}" for hint in hints)


_QUOTED_TWICE = re.compile(r'""[^"\s][^"]*""')


def parse_inline_fields(text: str) -> list[InlineField]:
    """The fields of ``card id "GC-1" and amount 100`` (the words after ``with``)."""
    return list(_parse_inline_fields(text))


@lru_cache(maxsize=2048)
def _parse_inline_fields(text: str) -> tuple[InlineField, ...]:
    # backgrounds and outlines repeat the same lines in every scenario of a suite
    simple = _simple_fields(text)
    if simple is not None:
        return simple
    # names of several words, commas, single quotes, escapes: rarer, loaded when needed
    from castle_bdd.gherkin.inline_tokens import read_in_general

    return read_in_general(text)


# Most lines are one-word names and plain values joined by "and": read in one pass. The
# same fields as the general reading (`inline_tokens`), which takes everything else.
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
