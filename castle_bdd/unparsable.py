"""A feature file behave cannot parse, in words a domain expert can act on.

behave stops a run at a line it cannot read with one line of its own (``Failed to parse
"/abs/path/x.feature": Malformed table at line 6``). Each mistake it reports there gets
the file and line as ``path:line``, what is wrong in Gherkin's terms and how to write it.
behave's message is read for its kind; a message not known here keeps behave's wording,
with the file and line in front.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from castle_bdd._compat.behave import NO_FEATURE, UNKNOWN_LANGUAGE
from castle_bdd.paths import readable_path
from castle_bdd.stray_lines import unclosed_row
from castle_bdd.suggestions import closest

_REASON = re.compile(r"REASON:\s*(.*)", re.DOTALL)
_LANGUAGE = re.compile(r"\s*#\s*language:\s*([\w-]+)")
_STEP_KINDS = ("given", "when", "then")
_SEPARATOR = re.compile(r"[\s_.:-]")
_KEYWORDS = ("Feature", "Background", "Scenario Outline", "Scenario", "Examples", "Rule")


def unparsable(filename: str, line: int | None, line_text: str | None, behaves: str) -> str:
    """``features/x.feature:6: …``: where behave stopped, what is wrong and the fix."""
    text = (line_text or "").strip()
    where = f"{readable_path(filename)}:{line}" if line else readable_path(filename)
    for sign, explain in _EXPLAINED:
        if sign in behaves:
            return f"{where}: {explain(text, filename, line)}"
    return f"{where}: {_generic(text, behaves, filename, line)}"


def _and_first(text: str, filename: str, line: int | None) -> str:
    text = text or _line_of(filename, line)
    word = text.split(" ", 1)[0]
    given, when, then = _step_keywords(filename)
    return (
        f'the first step of the scenario starts with "{word}", which continues the step '
        f"before it: start with {given} (or {when}, {then}) — write: {given} "
        f"{text[len(word) :].strip()}"
    )


def _step_keywords(filename: str) -> list[str]:
    """Given, When and Then in the language of the file (``# language: fr``: Soit …)."""
    from behave.i18n import languages  # only for a file behave could not read

    try:
        with open(filename, encoding="utf-8-sig") as file:
            found = _LANGUAGE.match(file.readline())
    except (OSError, UnicodeDecodeError):
        found = None
    words = languages.get(found.group(1) if found else "en") or languages["en"]
    return [next(w.strip() for w in words[kind] if w.strip() != "*") for kind in _STEP_KINDS]


def _malformed_table(text: str, filename: str, line: int | None) -> str:
    row = _line_of(filename, line)
    if row and not row.endswith("|"):
        return unclosed_row(row)
    above = _line_of(filename, line - 1) if line else ""
    more = above.startswith("|") and row.count("|") > above.count("|")
    return (
        "this table row does not have as many cells as the heading row: give every row "
        'one cell per column (an empty cell is written "|  |")'
        + (r'; a "|" inside a value is written "\|"' if more else "")
    )


def _bad_tag(text: str, filename: str, line: int | None) -> str:
    row = _line_of(filename, line)
    words = row.split()
    fix = ""
    if len(words) == 2 and words[0].startswith("@") and not words[1].startswith("@"):
        # "@aggregate: GiftCard" and "@saga:Invoicing Saga" join as written; "@saga X" takes ":"
        joint = "" if words[0] == "@" or ":" in words[0] else ":"
        fix = f" — write: {words[0]}{joint}{words[1]}"
        if _SEPARATOR.sub("", "".join(words)).casefold() == "@knownissue":
            fix = " — write: @known-issue"
    return (
        f'the tag line "{row}" has a word without "@": every word of a tag line is a tag '
        f"that starts with @, and a tag has no spaces{fix}"
    )


def _doc_string_open(text: str, filename: str, line: int | None) -> str:
    return (
        "a doc string above this line is not closed, or this line is indented less than its "
        'opening """: end the doc string with """ on a line of its own, indented like the '
        'opening """'
    )


def _examples_outside_outline(text: str, filename: str, line: int | None) -> str:
    return (
        'Examples: belong to a Scenario Outline: write "Scenario Outline:" instead of '
        '"Scenario:" for the scenario above, or remove the Examples'
    )


def _generic(text: str, behaves: str, filename: str, line: int | None) -> str:
    reason_found = _REASON.search(behaves)
    reason = reason_found.group(1).strip() if reason_found else ""
    if text.startswith("```"):
        return (
            f'"{text}": behave writes a doc string between lines of three double quotes, '
            'not backticks — write """ (a content type may follow it: """json)'
        )
    keyword = next((k for k in _KEYWORDS if text.casefold() == k.casefold()), None)
    if keyword is not None:
        return f'"{text}" needs a colon after it — write: {keyword}:'
    fixes = {
        "may not occur before Feature": 'a feature file starts with a "Feature:" line — '
        "add one above, e.g. Feature: Gift cards",
        "Background does not support tags": "a Background takes no tags — put the tag on "
        "the Feature or on each Scenario",
        "Background should not be used here": "a feature has one Background, before its "
        "first Scenario — put all its Given steps in one Background",
        "Background may not occur after Scenario": "the Background comes before the first "
        "Scenario — move it, with its Given steps, above the first Scenario",
        "Multiple features in one file": "a feature file holds one Feature — move this one "
        "to a file of its own",
    }
    for sign, fix in fixes.items():
        if sign in reason:
            return f'"{text}": {fix}'
    if "state=steps" in behaves and not reason:
        return _among_steps(text, filename, line)
    if "state=taggable_statement" in behaves and line:
        return _after_tags(text, filename, line)
    foreign = _english_keyword_in_other_language(text, filename)
    if foreign:
        return foreign
    head, colon, rest = text.partition(":")
    keyword = next((k for k in _KEYWORDS if head.strip().casefold() == k.casefold()), None)
    if colon and keyword is not None and head != keyword:
        return f'"{head}:" is written "{keyword}:" in Gherkin — write: {keyword}:{rest}'
    misspelt = _misspelt_language_line(filename, line)
    if misspelt:
        return misspelt
    said = f" ({reason})" if reason else ""
    return (
        f'behave cannot read "{text}" here{said}: a feature file is a "Feature:" line, then '
        'an optional "Background:" and "Scenario:" blocks of Given, When and Then steps'
    )


def _after_tags(text: str, filename: str, line: int) -> str:
    """A line that is no Scenario (or Feature, Rule, Examples) right under a tag line."""
    above = next(
        (n for n in range(line - 1, 0, -1) if _line_of(filename, n)[:1] not in ("", "#")), 0
    )
    tags = _line_of(filename, above)
    return (
        f'"{text}" comes right after the tag line "{tags}" (line {above}), but tags belong '
        'to the "Scenario:" (or "Feature:", "Rule:", "Examples:") line under them: move the '
        "tag line above the Scenario: line it is for"
    )


def _english_keyword_in_other_language(text: str, filename: str) -> str:
    """An English keyword in a file whose ``# language:`` line names another language."""
    from behave.i18n import languages  # only for a file behave could not read

    keyword = text.partition(":")[0].strip()
    code = language_of(filename)
    if code in (None, "en") or keyword not in _KEYWORDS or code not in languages:
        return ""
    words = languages[code]
    own = next((w for w in words.get(keyword.lower().replace(" ", "_"), ()) if w != "*"), None)
    theirs = f' is written "{own}:" there' if own else " is written otherwise there"
    return (
        f'"{keyword}:" is English, but the line "# language: {code}" makes behave read the '
        f"keywords of that language ({keyword}{theirs}): write the keywords in that "
        "language, or remove the # language line to write in English"
    )


_COMMENT_SETTING = re.compile(r"\s*#\s*([A-Za-z]+)\s*:\s*([\w-]+)\s*$")


def _misspelt_language_line(filename: str, line: int | None) -> str:
    """A ``# langauge: fr`` comment above ``line``: behave reads the keywords as English."""
    try:
        with open(filename, encoding="utf-8") as file:
            above = file.read().splitlines()[: (line or 1) - 1]
    except (OSError, UnicodeDecodeError):
        return ""
    for text in above:
        found = _COMMENT_SETTING.match(text)
        if found and found.group(1) != "language" and closest(found.group(1), ["language"]):
            return (
                f'"{text.strip()}" is a comment to behave, not a language line, so it reads '
                f"the keywords as English: write # language: {found.group(2)}"
            )
    return ""


def language_of(filename: str) -> str | None:
    """The language a ``# language:`` comment above the first keyword names, if any."""
    try:
        with open(filename, encoding="utf-8-sig") as file:
            for row in file:
                if row.strip() and not row.lstrip().startswith("#"):
                    return None
                found = _LANGUAGE.match(row)
                if found:
                    return found.group(1)
    except (OSError, UnicodeDecodeError):
        return None
    return None


def _line_of(filename: str, line: int | None) -> str:
    try:
        with open(filename, encoding="utf-8") as file:
            lines = file.read().splitlines()
    except (OSError, UnicodeDecodeError):
        return ""
    return lines[line - 1].strip() if line and 0 < line <= len(lines) else ""


def _no_feature(text: str, filename: str, line: int | None) -> str:
    return (
        'this feature file has no "Feature:" line, so behave would skip it without a word: '
        "write a Feature: line and its scenarios, or delete the file"
    )


def _unknown_language(text: str, filename: str, line: int | None) -> str:
    from behave.i18n import languages  # only for a file behave could not read

    name = text.partition(":")[2].strip().lower().replace("_", "-")
    near = next((n for n in (name, name.split("-")[0]) if n in languages), None)
    near = near or closest(name, languages) or "en"
    return (
        f'"{text}" names no language behave knows, so it cannot tell which words are '
        f"Gherkin keywords: write a language code behave knows — write: # language: {near} "
        "(or remove the line for English; behave --lang-list lists them all)"
    )


def _among_steps(text: str, filename: str, line: int | None) -> str:
    """A line among a scenario's steps that is none: a misspelt keyword, a keyword alone,
    or prose."""
    text = text or _line_of(filename, line)
    first, _, rest = text.partition(" ")
    keywords = [*_step_keywords(filename), "And", "But"]
    if first in keywords and not rest.strip():
        return (
            f'the step "{first}" has no words after it: write the sentence after the keyword, '
            f"e.g. {keywords[2]} the command succeeds, or remove the line"
        )
    near = closest(first, keywords, cutoff=0.6) if rest.strip() else None
    if near is not None and near != first and _a_step_reads(rest.strip()):
        return f'"{first}" is no Gherkin keyword — write: {near} {rest.strip()}'
    return (
        f'"{text}" is among the steps but is no step: a line there starts with a keyword '
        f"({', '.join(keywords)}), is a table row or doc string under a step, or is a comment "
        'starting with "#" — make it a comment, or move it under the "Scenario:" line as the '
        "scenario's description"
    )


def _a_step_reads(text: str) -> bool:
    from castle_bdd._compat.behave import runner_reads

    return any(runner_reads(kind, text) for kind in _STEP_KINDS)


_EXPLAINED: tuple[tuple[str, Callable[[str, str, int | None], str]], ...] = (
    (NO_FEATURE, _no_feature),
    (UNKNOWN_LANGUAGE, _unknown_language),
    ("AND-STEP REQUIRES", _and_first),
    ("BUT-STEP REQUIRES", _and_first),
    ("Malformed table", _malformed_table),
    ("tag: ", _bad_tag),
    ("BAD-INDENT in multiline text", _doc_string_open),
    ("Examples must only appear inside scenario outline", _examples_outside_outline),
)
