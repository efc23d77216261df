"""The domain map: one event model of the whole domain, from what the scenarios recorded.

Each aggregate and saga of the glossary is a swimlane: what comes in (commands for an
aggregate, events for a saga), the aggregate or saga, and what comes out (events; commands
and deadlines). A box links to the first scenario that exercises it and counts them all;
a path the glossary knows of but no scenario recorded is marked untested.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from castle_bdd.docs.model import HandlerRecord, TimelineEntry

_INCOMING = {"aggregate": ("commands",), "saga": ("events",)}
_OUTGOING = {"aggregate": ("events",), "saga": ("deadlines",)}


class _Scenario(Protocol):
    anchor: str

    @property
    def notes(self) -> Sequence[TimelineEntry]: ...


@dataclass
class MapBox:
    """One sticky note of the map: a message, with the scenarios that recorded it."""

    name: str
    kind: str
    anchors: list[str] = field(default_factory=list)

    @property
    def tested(self) -> bool:
        """Whether some scenario recorded it."""
        return bool(self.anchors)


@dataclass
class Swimlane:
    """An aggregate or saga with what comes in and what goes out."""

    owner: HandlerRecord
    incoming: list[MapBox]
    outgoing: list[MapBox]


def domain_map(handlers: Iterable[HandlerRecord], scenarios: Iterable[Any]) -> list[Swimlane]:
    """The swimlanes of the domain, in glossary order."""
    seen: dict[tuple[str, str], list[str]] = {}
    by_source: dict[str, set[tuple[str, str]]] = {}
    for scenario in scenarios:
        for note in scenario.notes:
            anchors = seen.setdefault((note.kind, note.label), [])
            if not anchors or anchors[-1] != scenario.anchor:
                anchors.append(scenario.anchor)
            if note.source:
                by_source.setdefault(note.source, set()).add((note.kind, note.label))
    return [_swimlane(owner, seen, by_source) for owner in handlers]


def _swimlane(
    owner: HandlerRecord,
    seen: dict[tuple[str, str], list[str]],
    by_source: dict[str, set[tuple[str, str]]],
) -> Swimlane:
    incoming = [
        _box(name, _kind(role), seen)
        for role in _INCOMING.get(owner.kind, ())
        for name in owner.handles.get(role, [])
    ]
    outgoing = [
        _box(name, _kind(role), seen)
        for role in _OUTGOING.get(owner.kind, ())
        for name in owner.handles.get(role, [])
    ]
    if owner.kind == "saga":
        sent = sorted(
            label for kind, label in by_source.get(owner.name, ()) if kind == "dispatched"
        )
        outgoing = [_box(name, "dispatched", seen) for name in sent] + outgoing
    return Swimlane(owner, incoming, outgoing)


def _kind(role: str) -> str:
    return {"commands": "command", "events": "event", "deadlines": "deadline"}[role]


def _box(name: str, kind: str, seen: dict[tuple[str, str], list[str]]) -> MapBox:
    kinds = {
        "command": ("command",),
        "event": ("event", "triggered", "scheduled"),
        "deadline": ("deadline", "triggered"),
        "dispatched": ("dispatched",),
    }[kind]
    anchors = [a for k in kinds for a in seen.get((k, name), [])]
    return MapBox(name, kind, list(dict.fromkeys(anchors)))
