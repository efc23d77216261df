"""The ``@aggregate:Name`` and ``@saga:Name`` tags that choose what a scenario exercises.

A tag is read where it is written: its mistakes (an unknown name, a saga tagged as an
aggregate, an empty name, two tags that choose) are reported on the tag's own line.
The tags of a scenario come first, then those of its rule and its feature: the nearest
tag that chooses wins, and two that choose at the same level are refused. A row of a
Scenario Outline has the tags of its outline and its Examples, found on their lines
(`scenario_tags`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

from castle_bdd.gherkin.catalogue import Catalogue
from castle_bdd.gherkin.errors import FixtureChoiceError, UnknownNameError
from castle_bdd.gherkin.plan import Target
from castle_bdd.look_alikes import latin_text, look_alike_letters
from castle_bdd.suggestions import closest
from castle_bdd.wording import with_article

TAG_KINDS = ("aggregate", "saga")
_CHOOSING = tuple(f"{kind}:" for kind in TAG_KINDS)
#: A tag that names what it chooses: a word, a separator (``:``, ``=``, …) and a name.
_WRITTEN_CHOICE = re.compile(r"([A-Za-z]+)([:=.\-_/]+)(\S+)$")


class WrittenTag(str):
    """A tag as written, with the file and line it is on and its level (0 = scenario)."""

    location: str | None
    level: int

    def __new__(cls, tag: str, location: str | None, level: int) -> WrittenTag:
        """``tag`` written at ``location``."""
        written = super().__new__(cls, tag)
        written.location = location
        written.level = level
        return written


def written_tags(owners: Iterable[object], filename: str | None) -> list[str]:
    """The tags of ``owners`` (scenario, rule, feature), those that choose with their line."""
    tags: list[str] = []
    for level, owner in enumerate(owners):
        for tag in getattr(owner, "tags", None) or ():
            if str(tag).startswith(TAG_KINDS):
                line = getattr(tag, "line", None)
                where = f"{filename}:{line}" if filename and line else None
                tags.append(WrittenTag(str(tag), where, level))
            else:
                tags.append(str(tag))
    return tags


def scenario_tags(scenario: object) -> list[str]:
    """The tags of ``scenario``, its Rule and its Feature, nearest first."""
    if scenario is None:
        return []
    owners: list[object] = [scenario]
    parent = getattr(scenario, "parent", None)
    if getattr(parent, "examples", None) is not None:  # a row of a Scenario Outline
        tags = getattr(scenario, "tags", None) or ()
        if any(str(tag).startswith(TAG_KINDS) for tag in tags):
            owners = [_OutlineRowTags(scenario, parent)]
        parent = getattr(parent, "parent", None)
    if getattr(parent, "type", None) == "rule":
        owners.append(parent)
    feature = getattr(scenario, "feature", None)
    if feature is not None:
        owners.append(feature)
    return written_tags(owners, getattr(scenario, "filename", None))


class _OutlineRowTags:
    """The tags of a row of a Scenario Outline (its own and its Examples'), with their lines.

    behave copies them onto the scenario of each row as text, without the line they are on.
    """

    def __init__(self, scenario: object, outline: Any) -> None:
        tags = getattr(scenario, "tags", None) or []
        lines: dict[str, int | None] = {str(tag): tag.line for tag in outline.tags}
        for examples in outline.examples:  # a tag on two Examples tables: the first
            for tag in examples.tags:
                lines.setdefault(str(tag), tag.line)
        self.tags = [_LocatedTag(str(tag), _line_of(str(tag), lines)) for tag in tags]


def _line_of(tag: str, lines: dict[str, int | None]) -> int | None:
    """The line of ``tag``, or of the tag with ``<placeholders>`` that made it."""
    if tag in lines:
        return lines[tag]
    made_from = (line for written, line in lines.items() if _fills(written, tag))
    return next(made_from, None)


def _fills(written: str, tag: str) -> bool:
    """Whether ``tag`` is ``written`` with its ``<placeholders>`` filled in."""
    if "<" not in written:
        return False
    parts = re.split(r"<[^<>]*>", written)
    return re.fullmatch(".+".join(map(re.escape, parts)), tag) is not None


class _LocatedTag(str):
    """A tag and the line it is written on."""

    line: int | None

    def __new__(cls, tag: str, line: int | None) -> _LocatedTag:
        """``tag`` on ``line``."""
        located = super().__new__(cls, tag)
        located.line = line
        return located


def tagged_target(catalogue: Catalogue, tags: Sequence[str]) -> Target | None:
    """The aggregate or saga the nearest choosing tag names, or None without one."""
    if not tags:
        return None
    choosing = [tag for tag in tags if tag.partition(":")[0] in TAG_KINDS and ":" in tag]
    if not choosing:
        return None
    first = choosing[0]
    same_level = [t for t in choosing if _level(t) == _level(first) and t != first]
    if same_level:
        raise FixtureChoiceError(
            f"the scenario is tagged @{first} and @{same_level[0]}, and each chooses what it "
            "exercises: keep one",
            _location(first),
        )
    return _target(catalogue, first)


def misspelt_tag(tag: str) -> str | None:
    """The choosing tag ``tag`` was meant to be (``@aggregate:GiftCard``), or None.

    ``@Aggregate:GiftCard``, ``@aggregates:GiftCard`` and ``@aggregate=GiftCard`` choose
    nothing as written. A tag of the project's own (``@slow``, ``@saga``,
    ``@saga-timeouts``) is no mistake: only a near-miss of ``aggregate`` or ``saga``
    followed by ``:`` or by a class name, or the tag with a letter of another alphabet
    drawn like a Latin one (``@s\u0430ga:InvoicingSaga``, with a Cyrillic ``\u0430``).
    """
    if tag.startswith(_CHOOSING):
        return None
    latin = latin_text(tag)
    if latin != tag:  # a letter drawn like a Latin one, pasted from somewhere
        meant = f"@{latin}" if latin.startswith(_CHOOSING) else misspelt_tag(latin)
        return f"{meant} ({look_alike_letters(tag)[0]})" if meant else None
    found = _WRITTEN_CHOICE.match(tag)
    if found is None or not _names_a_choice(found.group(2), found.group(3)):
        return None
    kind = _near_kind(found.group(1))
    return f"@{kind}:{found.group(3)}" if kind is not None else None


def _names_a_choice(separator: str, name: str) -> bool:
    # a class name starts with a capital (``GiftCard``, ``giftcard.GiftCard``)
    return separator == ":" or name.rpartition(".")[2][:1].isupper()


def _near_kind(written: str) -> str | None:
    word = written.casefold()
    if word.endswith("s") and word[:-1] in TAG_KINDS:
        return word[:-1]
    return closest(word, TAG_KINDS, cutoff=0.8)


def _target(catalogue: Catalogue, tag: str) -> Target:
    kind, _, name = tag.partition(":")
    choices = catalogue.aggregates if kind == "aggregate" else catalogue.sagas
    if not name.strip():
        example = f" e.g. @{kind}:{next(iter(choices))}" if choices else ""
        raise FixtureChoiceError(
            f"@{kind}: names no {kind}: write the name after it,{example}", _location(tag)
        )
    try:
        owner = catalogue.aggregate(name) if kind == "aggregate" else catalogue.saga(name)
    except UnknownNameError as error:
        other = "saga" if kind == "aggregate" else "aggregate"
        others = catalogue.sagas if kind == "aggregate" else catalogue.aggregates
        if name in others:
            raise FixtureChoiceError(
                f"{name} is {with_article(other)}, not {with_article(kind)}: "
                f"tag it @{other}:{name}",
                _location(tag),
            ) from None
        raise UnknownNameError(error.what, error.written, choices, _location(tag)) from None
    return Target(kind, owner)


def _level(tag: str) -> int:
    return getattr(tag, "level", 0)


def _location(tag: str) -> str | None:
    return getattr(tag, "location", None)
