"""What goes wrong while behave loads a project, before any scenario runs.

behave ends in a Python traceback for a feature file that is not UTF-8 and for a step of
the project whose sentence is one of the step library's. Both happen before any hook of
the project runs: behave imports the step modules (and so the step library) first, then
parses the feature files. Importing the step library installs the words for both here;
`castle_bdd._compat.behave` hands them to behave as errors it prints in one line.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from castle_bdd._compat.behave import on_feature_not_utf8, on_same_sentence

_LIBRARY = "castle_bdd.steps"


def install_loading_checks() -> None:
    """Name a feature file that is not UTF-8 and a project step with a library sentence."""
    on_feature_not_utf8(_not_utf8, _unparsable)
    on_same_sentence(same_sentence)


# The words for a file behave cannot read are imported with the first such file: a run
# whose files all parse never loads them.


def _not_utf8(filename: str, line: int, error: UnicodeDecodeError) -> str:
    from castle_bdd.encoding import not_utf8

    return not_utf8(filename, line, error)


def _unparsable(filename: str, line: int | None, line_text: str | None, behaves: str) -> str:
    from castle_bdd.unparsable import unparsable

    return unparsable(filename, line, line_text, behaves)


def same_sentence(
    keyword: str, text: str, function: Callable[..., Any], where: str, existing: Any
) -> str | None:
    """A project step whose sentence the library has: both places and the way out.

    None for two steps of the project, or two of the library: behave's own error.
    """
    if _in_library(function) is _in_library(existing.func):
        return None
    if _in_library(function):  # the project's step was registered first
        ours, our_text = str(existing.location), existing.pattern
        library, library_text = _library_location(function, where), text
    else:
        ours, our_text = where, text
        library = _library_location(existing.func, str(existing.location))
        library_text = existing.pattern
    step = keyword.capitalize()
    return (
        f"{ours}: the step '{step} {our_text}' has the words of castle-bdd's sentence "
        f"'{step} {library_text}' ({library}), so behave cannot tell which to run: remove "
        "your step if it does the same, or give it other words"
    )


def _in_library(function: object) -> bool:
    return str(getattr(function, "__module__", "")).startswith(_LIBRARY)


def _library_location(function: object, location: str) -> str:
    """``castle_bdd/steps/given_steps.py:53`` wherever the library is installed."""
    module = str(getattr(function, "__module__", _LIBRARY))
    return f"{module.replace('.', '/')}.py:{location.rpartition(':')[2]}"
