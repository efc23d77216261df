"""What is wrong with a Scenario Outline's placeholders and Examples, in words.

behave fills a Scenario Outline's ``<placeholders>`` from its Examples rows without a
word about a placeholder no column fills, Examples that add no scenario, or a row that
empties a cell a Then table compares. Each function here tells one such problem (or
returns "" or nothing); `castle_bdd.structure` decides which feature or scenario fails
with it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from castle_bdd.suggestions import closest

if TYPE_CHECKING:
    from castle_bdd.gherkin.model import Step

#: A placeholder as behave fills it: ``<amount>``.
PLACEHOLDER = re.compile(r"<([^<>\s][^<>]*)>")
#: A column name as people write one (``amount``, ``card id``): not ``<ann@example.com>``.
_COLUMN_NAME = re.compile(r"[^\W\d][\w ]*")


def outline_problem(feature: Any, outline: Any, tables: list[Any]) -> str:
    """``path:line: …`` for the first problem of an outline whose Examples have rows: an
    Examples table without rows beside others, a column without a name or written twice,
    no placeholder in its steps, or a placeholder (in a step or a tag) no column fills."""
    columns = {heading.strip() for table in tables for heading in table.headings}
    problem = _empty_examples(feature, outline) or _examples_problem(
        feature, outline, tables, columns
    )
    if problem:
        return problem
    written = [(step.location, placeholders(step)) for step in outline.steps]
    for tag in getattr(outline, "tags", None) or ():
        where = f"{feature.filename}:{getattr(tag, 'line', outline.line)}"
        written.append((where, PLACEHOLDER.findall(str(tag))))
    for where, names in written:
        for name in names:
            if name not in columns:
                return f"{where}: {_not_a_column(name, columns, tables)}"
    return ""


def column_placeholders(step: Step) -> list[str]:
    """The ``<column>`` names in a step's text, table and doc string."""
    return [name for name in placeholders(step) if _COLUMN_NAME.fullmatch(name)]


def _not_a_column(name: str, columns: set[str], tables: list[Any]) -> str:
    """What is wrong with ``<name>``, which no column of the Examples tables has."""
    near = closest(name, columns)
    fix = (
        f" — did you mean <{near}>?"
        if near
        else f": add the column {name} to the Examples table, or write the value itself"
    )
    if f"<{name}>" in columns:
        fix = f": write the heading without <>: | {name} |"
    firsts = [row.cells[0].strip() for table in tables for row in table.rows if row.cells]
    if name in firsts:  # | amount | 10 | over | remaining | 90 |: the table turned on its side
        names = [table.headings[0].strip() for table in tables if table.headings]
        names = list(dict.fromkeys([*names, *firsts]))
        heading = " | ".join(names)
        fix = (
            ": the Examples table is written with one row per placeholder, but its first row "
            f"is the heading — write the names across: | {heading} |, then one row of "
            "values per case"
        )
    shown = ", ".join(sorted(columns))
    return f"<{name}> is not a column of the Examples table (its columns: {shown}){fix}"


def _empty_examples(feature: Any, outline: Any) -> str:
    """An Examples table without rows beside others that have some: it adds no scenario."""
    for example in outline.examples:
        if example.table is None or not example.table.rows:
            where = f"{feature.filename}:{example.line}"
            return (
                f"{where}: these Examples have no rows, so they add no scenario: write one "
                "row per case under the heading row, or remove them"
            )
    return ""


def _examples_problem(feature: Any, outline: Any, tables: list[Any], columns: set[str]) -> str:
    """An Examples column written twice, or Examples whose columns no step uses."""
    for table in tables:
        headings = [heading.strip() for heading in table.headings]
        where = f"{feature.filename}:{getattr(table, 'line', outline.line)}"
        if "" in headings:
            return (
                f"{where}: a column of the Examples table has no name, so no <placeholder> "
                "takes its values: write its name in the heading row, or remove the column"
            )
        twice = next((h for i, h in enumerate(headings) if h in headings[:i]), None)
        if twice is not None:
            return (
                f"{where}: the Examples column {twice} is written twice: give each column "
                "one name of its own"
            )
    used = [name for step in outline.steps for name in placeholders(step)]
    written = [str(getattr(outline, "name", "")), *map(str, getattr(outline, "tags", ()))]
    if not used and not any(PLACEHOLDER.search(text) for text in written):
        shown = ", ".join(f"<{column}>" for column in sorted(columns))
        for step in outline.steps:
            for column in columns:
                misspelt = _misspelt_placeholder(step, column)
                if misspelt:
                    return (
                        f'{step.location}: "{misspelt}" is no placeholder, so every Examples '
                        f"row runs the same steps: write <{column}>"
                    )
        return (
            f"{outline.location}: no step of the Scenario Outline has a placeholder, so every "
            f"Examples row runs the same steps: write {shown} where each row's value goes"
        )
    return ""


def _misspelt_placeholder(step: Step, column: str) -> str:
    """A column's name written as a placeholder of another tool: ``{amount}``, ``$amount``,
    ``<amount``, ``< amount >`` (or "" when there is none)."""
    if not column:
        return ""
    name = re.escape(column)
    written = re.compile(
        rf"\{{{name}\}}|\$\{{?{name}\b\}}?|<{name}(?![\w>])|<\s+{name}\s*>|<{name}\s+>"
    )
    texts = [step.name, step.text or ""]
    if step.table is not None:
        texts += [cell for row in step.table.rows for cell in row.cells]
    found = next((m for text in texts for m in [written.search(text)] if m), None)
    return found.group(0) if found else ""


def placeholders(step: Step) -> list[str]:
    """Every ``<name>`` written in a step's text, doc string and table."""
    texts = [step.name, step.text or ""]
    if step.table is not None:
        texts += [*step.table.headings, *(cell for row in step.table.rows for cell in row.cells)]
    return [name for text in texts for name in PLACEHOLDER.findall(text)]


def emptied_cell(template: Step, step: Step, row_line: int) -> str:
    """Why a row of Examples leaves a compared cell of ``template``'s Then table empty in
    ``step`` (the step the row made), or ""."""
    if template.table is None or step.table is None:
        return ""
    headings = template.table.headings
    for written, filled in zip(template.table.rows, step.table.rows, strict=False):
        if not written.cells or PLACEHOLDER.search(written.cells[0]):
            continue  # rows of other messages may leave out fields this one lacks
        cells = zip(written.cells[1:], filled.cells[1:], strict=False)
        for column, (cell, value) in enumerate(cells, start=1):
            names = PLACEHOLDER.findall(cell)
            if names and not value.strip():
                return (
                    f"the Examples row at line {row_line} leaves <{names[0]}> empty, so the "
                    f"{headings[column].strip()} of {written.cells[0].strip()} would not be "
                    f"compared: write its value in the Examples row, or * for any value"
                )
    return ""


def emptied_placeholder(template: Step, step: Step, row_line: int) -> str:
    """Why a row of Examples leaves a placeholder of ``template``'s line empty where no
    quotes hold it (``with amount <amount>``, ``no <event> event``): the line the row made,
    ``step``'s, lacks a word it needs, whatever a step's own message then says; or ""."""
    written = template.name
    found = list(PLACEHOLDER.finditer(written))
    if not found or step.name == written:
        return ""
    parts, start = [], 0
    for placeholder in found:
        parts += [re.escape(written[start : placeholder.start()]), "(.*?)"]
        start = placeholder.end()
    filled = re.fullmatch("".join([*parts, re.escape(written[start:])]), step.name, re.DOTALL)
    if filled is None:
        return ""
    for placeholder, value in zip(found, filled.groups(), strict=True):
        quoted = written[placeholder.start() - 1 : placeholder.start()] in ('"', "'")
        if not quoted and not value.strip():
            return (
                f"the Examples row at line {row_line} leaves <{placeholder.group(1)}> empty, "
                "so this step lacks the word it stands for: write its value in the Examples row"
            )
    return ""


def left_placeholders(step: Step) -> list[str]:
    """The ``<column>`` names left in a step's text that no Examples row filled.

    A value written in angle brackets (``"Ann <ann@example.com>"``) is no placeholder.
    """
    found = PLACEHOLDER.findall(step.name) if "<" in step.name else ()
    return [name for name in found if _COLUMN_NAME.fullmatch(name)]
