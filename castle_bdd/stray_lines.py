"""Lines behave reads as a description, where a domain expert meant Gherkin.

behave takes every line it does not know between ``Feature:`` and the first scenario, or
between ``Scenario:`` and its first step, as description text. A misspelt keyword
(``Scenaro:``, ``Gvien the event …``), a step written above ``Scenario:`` or a table under
no step vanish there without a word, and the scenario runs without them. A table row
that does not end in ``|`` loses its last character (``amount`` is read as ``amoun``).
`stray_lines` finds them once per run, with the file and line.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import partial
from types import SimpleNamespace
from typing import Any

from castle_bdd.suggestions import closest

#: The keywords of a block (English Gherkin), each written with a colon.
_BLOCKS = ("Feature", "Background", "Scenario", "Scenario Outline", "Examples", "Example", "Rule")
_STEPS = ("Given", "When", "Then", "And", "But")
_BLOCK_LINE = re.compile(r"^([A-Za-z][A-Za-z ]{2,24}):")
#: A keyword followed by a colon of another script (a full-width one, typed in a CJK layout).
_OTHER_COLON = re.compile(r"^([A-Za-z][A-Za-z ]{2,24})([\uff1a\ufe13\ufe55\u2236\ua789])")
#: A step written as an item of a list: ``- Given …``, ``1. Given …``, ``• Given …``.
_LIST_MARKER = re.compile(r"^([-•\u2013]|\d{1,2}[.)])\s+(\S.*)$")
#: Whether a sentence of the step library reads a step of this type and text.
ReadsStep = Callable[[str, str], bool]


def stray_lines(feature: Any, reads: ReadsStep | None) -> list[str]:
    """``path:line: …`` for each line of ``feature`` behave took as description."""
    filename = str(getattr(feature, "filename", ""))
    text = _file_text(filename)
    lines = text.splitlines()
    found = [f"{filename}:{number}: {problem}" for number, problem in _open_rows(lines)]
    if "# language:" in text[:200]:  # the keywords below are English; a table is a table
        return found
    owners = [feature, *feature.walk_scenarios(with_outlines=True)]
    found += [f"{filename}:{n}: {problem}" for n, problem in _carried_on(lines, owners, reads)]
    for owner in owners:
        for line in getattr(owner, "description", None) or ():
            after = getattr(owner, "line", 1)
            opens = partial(_opens_block, lines, line.strip(), after)
            problem = _stray(line.strip(), reads, owner is not feature, opens)
            number = _line_number(lines, line.strip(), after) if problem else after
            if problem and _examples_as_example(owner, line):
                number = after
                problem = (
                    '"Example:" starts a new scenario, so behave reads the table under it as '
                    "its description: the rows of a Scenario Outline go under "
                    '"Examples:" — write Examples:'
                )
            if problem:
                found.append(f"{filename}:{number}: {problem}")
    return found


def _stray(
    text: str, reads: ReadsStep | None, in_scenario: bool, opens_block: Callable[[], bool]
) -> str:
    # a feature's description may show a table; a scenario's is a line or two of prose
    if in_scenario and (text.startswith("|") or text.startswith('"""')):
        what = "table" if text.startswith("|") else "doc string"
        return (
            f"this {what} is under no step, so behave reads it as a description: put it "
            'right under the step it belongs to (a step ending in ":")'
        )
    other_colon = _OTHER_COLON.match(text)
    if other_colon is not None and other_colon.group(1) in _BLOCKS:
        keyword, colon = other_colon.groups()
        return (
            f'"{keyword}{colon}" ends in a character drawn like a colon, which behave does not '
            f"read as one, so this line is a description — write: {keyword}:"
        )
    block = _BLOCK_LINE.match(text)
    if block is not None and block.group(1) not in _BLOCKS:
        # "Features: redeeming, refunds" is prose; a keyword is never written in the plural,
        # unless the lines under it are indented as its own ("Rules: …" over its scenarios)
        plural = block.group(1)[-1] == "s"
        near = closest(block.group(1), _BLOCKS, cutoff=0.75)
        if plural and near is not None and not opens_block():
            near = None
        if near is not None:
            return (
                f'"{block.group(1)}:" is no Gherkin keyword, so behave reads this line as a '
                f"description — did you mean {near}:?"
            )
    listed = _LIST_MARKER.match(text)
    if listed is not None and reads is not None:  # "- Given …", "1. Given …": a list item
        first, _, rest = listed.group(2).partition(" ")
        step_type = {"And": "given", "But": "given"}.get(first, first.lower())
        if first in _STEPS and any(reads(kind, rest) for kind in (step_type, "given", "when")):
            return (
                f'"{text}" starts with "{listed.group(1)}", so behave reads it as a description '
                f"and never runs it: a step starts with its keyword — write: {listed.group(2)}"
            )
    first, _, rest = text.partition(" ")
    if reads is None or not rest:
        return ""
    keyword = first if first in _STEPS else closest(first, _STEPS, cutoff=0.75)
    step_type = {"And": "given", "But": "given"}.get(keyword or "", (keyword or "").lower())
    if keyword is None or not any(
        reads(kind, rest) for kind in (step_type, "given", "when", "then")
    ):
        return ""
    if keyword == first:
        return (
            f'"{text}" is above the first Scenario (or not under one), so behave reads it as '
            "a description and never runs it: put it under a Scenario: or Background:"
        )
    return (
        f'"{first}" is no Gherkin keyword, so behave reads "{text}" as a description and '
        f"never runs it — write: {keyword} {rest}"
    )


def _carried_on(
    lines: Sequence[str], owners: Sequence[Any], reads: ReadsStep | None
) -> list[tuple[int, str]]:
    """A long step carried on to the next line, which starts with "and": behave reads
    that line as a step of its own (``And lines …``), and the step above lacks its end.

    Only the And and But steps of ``owners`` (the feature and its scenarios) are looked
    at, not every line: a passing suite pays a look at each step's keyword.
    """
    found: list[tuple[int, str]] = []
    if reads is None:
        return found
    looked_at: set[int] = set()
    for number in _and_or_but_lines(owners):
        if number in looked_at or not 1 < number <= len(lines):
            continue  # an outline's step is its scenarios' steps too
        looked_at.add(number)
        first, _, rest = lines[number - 1].strip().partition(" ")
        if first not in ("and", "but") or not rest:
            continue  # a keyword is written with a capital: And, But
        above = lines[number - 2].strip()
        if above.partition(" ")[0] not in (*_STEPS, "*") or above.endswith(":"):
            continue
        if not any(reads(kind, rest) for kind in ("given", "when", "then")):
            found.append(
                (
                    number,
                    f'this line starts with "{first}", so behave reads it as a step of its '
                    "own, but it carries on the step above: write a step on one line — join "
                    f"it to line {number - 1}",
                )
            )
    return found


def _and_or_but_lines(owners: Sequence[Any]) -> list[int]:
    """The lines of the steps written with "And" or "But" (in any case) in ``owners``,
    their Backgrounds' included."""
    backgrounds = [getattr(owner, "background", None) for owner in owners[:1]]
    backgrounds += [getattr(rule, "background", None) for rule in getattr(owners[0], "rules", ())]
    return [
        step.line
        for owner in [*filter(None, backgrounds), *owners]
        for step in getattr(owner, "steps", ())
        if step.keyword in ("And", "But")
    ]


def _examples_as_example(owner: Any, line: str) -> bool:
    """Whether ``line`` is a table under ``Example:`` (a scenario), meant as ``Examples:``."""
    return str(getattr(owner, "keyword", "")).strip() == "Example" and line.strip()[:1] == "|"


def unclosed_row(row: str) -> str:
    """What is wrong with a table row written without its closing "|", and the fix."""
    return (
        f'the table row "{row}" does not end with "|", so behave drops its last character: '
        'close the last cell with "|"'
    )


def _open_rows(lines: Sequence[str]) -> list[tuple[int, str]]:
    # the rows of a passing suite all end in "|": one quick look, then the careful one
    if not any(line.lstrip()[:1] == "|" and line.rstrip()[-1:] != "|" for line in lines):
        return []
    found: list[tuple[int, str]] = []
    in_doc_string = False
    for number, line in enumerate(lines, 1):
        text = line.strip()
        if text.startswith('"""') or text.startswith("```"):
            in_doc_string = not in_doc_string
        elif not in_doc_string and text.startswith("|") and not text.endswith("|"):
            found.append((number, unclosed_row(text)))
    return found


def _opens_block(lines: Sequence[str], text: str, after: int) -> bool:
    """Whether the next line with words after the line ``text`` (at or after line ``after``)
    is indented deeper and starts a block (a keyword with a colon, or tags)."""
    number = _line_number(lines, text, after)
    if not 0 < number <= len(lines):
        return False
    indent = len(lines[number - 1]) - len(lines[number - 1].lstrip())
    for line in lines[number:]:
        text = line.strip()
        if text and not text.startswith("#"):
            deeper = len(line) - len(line.lstrip()) > indent
            return deeper and (text.startswith("@") or _BLOCK_LINE.match(text) is not None)
    return False


def _line_number(lines: Sequence[str], text: str, after: int) -> int:
    for number in range(max(after, 1), len(lines) + 1):
        if lines[number - 1].strip() == text:
            return number
    return after


def _file_text(filename: str) -> str:
    try:
        with open(filename, encoding="utf-8") as file:
            return file.read()
    except (OSError, UnicodeDecodeError):
        return ""


def step_reader(find_match: Callable[[object], object], library: Callable[..., bool]) -> ReadsStep:
    """A `ReadsStep` from behave's ``find_match`` and a test that a match is the library's."""

    def reads(step_type: str, text: str) -> bool:
        return library(find_match, SimpleNamespace(step_type=step_type, name=text, keyword=""))

    return reads
