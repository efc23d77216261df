"""Names the domain modules give, when one is missing, taken twice or fails to load.

- A name the catalogue does not know may be a class of a module the configuration does
  not list: the modules beside the listed ones are searched (their source is read, not
  imported) and the message says which module to add, and where.
- Two classes with one name (``giftcard.Card`` and ``loyalty.Card``) make the name
  ambiguous: a feature file names one of them with its module (``loyalty.Card``). A run
  whose library sentences use the plain name is refused at setup, before its first scenario, with
  the step's file and line and both modules; a run that names them only with their
  modules runs, and a domain without such names pays nothing for the check.
- A domain module that raises while it is imported is shown in the frames of its code.
"""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

from castle_bdd.fixtures.user_code import describe_user_exception
from castle_bdd.gherkin.errors import GherkinError
from castle_bdd.gherkin.specs import MessageKind
from castle_bdd.paths import readable_path

if TYPE_CHECKING:
    from castle_bdd.gherkin.model import Feature, Scenario, Step

#: The words of a class name: ``ParcelShipped`` is ``Parcel`` and ``Shipped``.
CAMEL_WORDS = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+")
_QUOTED = re.compile(r'"[^"]*"')
#: The heading of a table's first column when its rows name messages.
_MESSAGE_COLUMNS = frozenset(kind.value for kind in MessageKind)

#: Where a project lists its domain modules.
REGISTER_HINT = "[tool.castle_bdd] domain in pyproject.toml (or setup_castle_bdd(domain=…))"


def qualified_names(cls: type) -> list[str]:
    """``giftcard.GiftCard`` and ``examples.giftcard.GiftCard``: names with its module."""
    module = cls.__module__
    return list(
        dict.fromkeys([f"{module.rpartition('.')[2]}.{cls.__name__}", f"{module}.{cls.__name__}"])
    )


def ambiguous(written: str, classes: Iterable[type]) -> str:
    """``ParcelShipped`` names two classes: which, where, and how to name one."""
    found = sorted(classes, key=lambda cls: cls.__module__)
    listed = " and ".join(f"{cls.__module__}.{cls.__name__} ({where_class(cls)})" for cls in found)
    choices = " or ".join(qualified_names(cls)[0] for cls in found)
    return (
        f"two classes are named {written}: {listed} — write which one with its module: "
        f"{choices}, or rename one of them"
    )


class AmbiguousNameError(GherkinError):
    """A step names a class without its module, and two classes of the domain have the name."""


def refuse_unqualified_names(
    features: Iterable[Feature],
    shared: Mapping[str, Iterable[type]],
    names_in: Callable[[Step], Iterable[str]] | None = None,
    runs: Callable[[Scenario], bool] | None = None,
) -> None:
    """Refuse a run whose steps name one of the ``shared`` names without its module.

    ``shared`` maps a class name to the classes that have it. Every spelling a step may
    use is looked for (``ParcelShipped``, ``parcel shipped``) in the steps' words, outside
    quoted values, and in their tables; ``duplicate_a.ParcelShipped`` is not a use.
    With ``names_in``, only the names it gives for a step are looked at: those a sentence
    of the library writes where it names a message, never a value (``with reason
    cancelled``) nor the words of the project's own steps (``the parcel shipped late``).
    With ``runs``, only the scenarios it answers True for: those the run's tags, names
    and lines select.
    """
    if not shared:
        return
    patterns = {name: _spellings(name) for name in shared}

    def _uses(step: Step) -> list[str]:
        # every word of the step first: `names_in` need only read a step that has a spelling
        named = list(_named(_texts(step), patterns))
        return list(_named(names_in(step), patterns)) if named and names_in else named

    uses = [(step, name) for step in _steps(features, runs) for name in _uses(step)]
    if not uses:
        return
    (step, name), others = uses[0], [str(s.location) for s, _ in uses[1:]]
    more = f" (the plain name is also used at {', '.join(others[:3])}" if others else ""
    more += (" …)" if len(others) > 3 else ")") if others else ""
    raise AmbiguousNameError(ambiguous(name, shared[name]) + more, str(step.location))


def _spellings(name: str) -> re.Pattern[str]:
    words = CAMEL_WORDS.findall(name) or [name]
    spelled = r"[\s_-]*".join(re.escape(word) for word in words)
    return re.compile(rf"(?<![\w.]){spelled}(?!\w)", re.IGNORECASE)


def _steps(features: Iterable[Feature], runs: Callable[[Scenario], bool] | None) -> Iterable[Step]:
    seen: set[tuple[str, str]] = set()
    for feature in features:
        for scenario in feature.walk_scenarios():
            if runs is not None and not runs(scenario):
                continue
            for step in scenario.all_steps:
                key = (str(step.location), step.name)
                if key not in seen:
                    seen.add(key)
                    yield step


def message_table_names(step: Step) -> list[str]:
    """The names in the first column of a step's table of messages (``| event | … |``)."""
    table = step.table
    if table is None or not table.headings:
        return []
    if table.headings[0].strip().casefold() not in _MESSAGE_COLUMNS:
        return []
    return [row.cells[0] for row in table.rows if row.cells]


def _texts(step: Step) -> list[str]:
    texts = [_QUOTED.sub('""', step.name)]
    if step.table is not None:
        texts += [*step.table.headings, *(cell for row in step.table.rows for cell in row.cells)]
    return texts


def _named(texts: Iterable[str], patterns: Mapping[str, re.Pattern[str]]) -> Iterable[str]:
    texts = list(texts)
    for name, pattern in patterns.items():
        if any(pattern.search(text) for text in texts):
            yield name


def unlisted_hint(name: str, modules: Sequence[str]) -> str:
    """``; InvoiceCreated is in examples.invoicing, which the domain does not list …``."""
    found = next(iter(_modules_defining(name, modules)), None)
    if found is None:
        return ""
    return (
        f'; {name} is in {found}, which the domain does not list: add "{found}" to {REGISTER_HINT}'
    )


def import_failure(name: str, error: BaseException) -> str:
    """The message of a domain module that failed while it was imported."""
    return (
        f"cannot import the domain module '{name}' named in the castle-bdd configuration: "
        f"{describe_user_exception(error)}"
    )


def _modules_defining(name: str, modules: Sequence[str]) -> Iterable[str]:
    pattern = re.compile(rf"^class\s+{re.escape(name)}\b", re.MULTILINE)
    for package in dict.fromkeys(module.rpartition(".")[0] for module in modules):
        for candidate, path in _modules_in(package):
            if candidate in modules:
                continue
            try:
                with open(path, encoding="utf-8") as source:
                    if pattern.search(source.read()):
                        yield candidate
            except (OSError, UnicodeDecodeError):
                continue


def _modules_in(package: str) -> Iterable[tuple[str, str]]:
    spec = importlib.util.find_spec(package) if package else None
    folders = list(spec.submodule_search_locations or []) if spec is not None else ["."]
    prefix = f"{package}." if package else ""
    import pkgutil  # only to name the module of an unknown class: most runs never do

    for info in pkgutil.iter_modules(folders):
        finder_path = getattr(info.module_finder, "path", None)
        if finder_path is not None and not info.ispkg:
            yield prefix + info.name, f"{finder_path}/{info.name}.py"


def where_class(cls: type) -> str:
    """``path/to/module.py:12``: where ``cls`` is defined (its module's name if unknown)."""
    import inspect

    try:
        filename = inspect.getsourcefile(cls) or ""
        _, line = inspect.getsourcelines(cls)
    except (OSError, TypeError):
        return cls.__module__
    return f"{readable_path(filename)}:{line}"
