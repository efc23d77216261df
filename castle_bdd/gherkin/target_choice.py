"""Which aggregate or saga a scenario exercises, from its tag, its When and its Givens.

A command goes to the aggregate that handles it, a published event to the saga that
handles it, and when only time passes the Given steps decide. A choice that cannot be
made, or that a tag makes against the scenario's own events, is refused with the tag
that would settle it.
"""

from __future__ import annotations

from collections.abc import Sequence

from castle_bdd.gherkin.catalogue import Catalogue
from castle_bdd.gherkin.errors import FixtureChoiceError
from castle_bdd.gherkin.plan import Given, GivenKind, Target, When, WhenKind
from castle_bdd.suggestions import did_you_mean
from castle_bdd.wording import with_article

__all__ = ["CommandTargets", "choose_target"]


def choose_target(
    catalogue: Catalogue, givens: Sequence[Given], when: When, tagged: Target | None
) -> Target:
    """The target of a scenario: the tag's, else the one the When and Givens point to."""
    if tagged is not None:
        if tagged.kind == "saga":
            _refuse_deaf_saga(catalogue, tagged, givens, when)
        return tagged
    if when.kind is WhenKind.COMMAND:
        return _command_target(catalogue, when)
    if when.kind is WhenKind.PUBLISH:
        sagas = catalogue.sagas_handling(type(when.payload))
        return _only("saga", _narrowed(catalogue, sagas, givens), when)
    return _from_givens(catalogue, givens)


def _refuse_deaf_saga(
    catalogue: Catalogue, tagged: Target, givens: Sequence[Given], when: When
) -> None:
    """Refuse a tagged saga that handles none of the scenario's events, when another does:
    it would ignore them all, and every Then step would fail for no reason it tells."""
    events = [p for g in givens for p in g.payloads if g.kind is not GivenKind.COMMANDS]
    if when.kind is WhenKind.PUBLISH:
        events.append(when.payload)
    hearing = [catalogue.sagas_handling(type(event)) for event in events]
    if not events or any(tagged.type in sagas for sagas in hearing):
        return
    others = [saga for sagas in hearing for saga in sagas]
    if others:
        name, other = type(events[0]).__name__, others[0].__name__
        raise FixtureChoiceError(
            f"the tag @saga:{tagged.name} chose {tagged.name}, which handles none of the "
            f"scenario's events ({name} …); {other} does — tag the scenario @saga:{other}, "
            "or remove the tag"
        )


#: The target of each command class, and what the catalogue knew of its owners then.
CommandTargets = dict[type, tuple[Target, tuple[int, int]]]


def _command_target(catalogue: Catalogue, when: When) -> Target:
    command_type = type(when.payload)
    known = catalogue.handling_known(command_type)
    kept = catalogue.command_targets.get(command_type)
    if kept is not None and kept[1] == known:
        return kept[0]
    candidates = catalogue.aggregates_handling(command_type)
    if not candidates and command_type in catalogue.no_owner_because:
        raise FixtureChoiceError(catalogue.no_owner_because[command_type])
    target = _only("aggregate", candidates, when)
    catalogue.command_targets[command_type] = (target, known)
    return target


def _only(kind: str, candidates: list[type], when: When) -> Target:
    name = type(when.payload).__name__
    if len(candidates) == 1:
        return Target(kind, candidates[0])
    if not candidates:
        verb = "handles the command" if kind == "aggregate" else "handles the event"
        mark = "@command_handler" if kind == "aggregate" else "@saga_event_handler"
        raise FixtureChoiceError(
            f"no {kind} {verb} {name}: {with_article(kind)} handles it with a {mark} method "
            f"taking {name}; if that {kind} is in a module the domain does not list, add the "
            "module to [tool.castle_bdd] domain (or setup_castle_bdd(domain=…))"
        )
    names = ", ".join(c.__name__ for c in candidates)
    tag = f"@{kind}:{candidates[0].__name__}"
    raise FixtureChoiceError(f"several {kind}s handle {name} ({names}): tag the scenario {tag}")


def _narrowed(catalogue: Catalogue, sagas: list[type], givens: Sequence[Given]) -> list[type]:
    if len(sagas) < 2:
        return sagas
    used = {s for g in givens for p in g.payloads for s in catalogue.sagas_handling(type(p))}
    return [s for s in sagas if s in used] or sagas


def _from_givens(catalogue: Catalogue, givens: Sequence[Given]) -> Target:
    candidates: dict[type, str] = {}
    for given in givens:
        for payload in given.payloads:
            candidates.update(_candidates_for(catalogue, given.kind, type(payload)))
    if len(candidates) == 1:
        owner, kind = next(iter(candidates.items()))
        return Target(kind, owner)
    names = ", ".join(sorted(c.__name__ for c in candidates))
    which = f"the Given steps point to {names}" if candidates else "no Given step names one"
    raise FixtureChoiceError(
        f"cannot tell which aggregate or saga this scenario exercises ({which}): "
        "tag it, e.g. @aggregate:Name or @saga:Name" + _taken_by_none(catalogue, givens)
    )


def _taken_by_none(catalogue: Catalogue, givens: Sequence[Given]) -> str:
    """Where a Given names a message no aggregate or saga takes, e.g. a command as an event."""
    for given in givens:
        for payload in given.payloads:
            if _candidates_for(catalogue, given.kind, type(payload)):
                continue
            name = type(payload).__name__
            spec = catalogue.messages.get(type(payload))
            what = f"{with_article(spec.kind.value)} " if spec is not None else ""
            where = f" (given at {given.location})" if given.location else ""
            taken = sorted(
                known.name
                for message_type, known in catalogue.messages.items()
                if _candidates_for(catalogue, given.kind, message_type)
            )
            nearest = did_you_mean(name, taken) or (f" — e.g. {taken[0]}" if taken else "")
            return f"; {name}{where} is {what}no aggregate or saga takes{nearest}"
    return ""


def _candidates_for(catalogue: Catalogue, kind: GivenKind, message_type: type) -> dict[type, str]:
    found: dict[type, str] = {}
    if kind is GivenKind.COMMANDS:
        return dict.fromkeys(catalogue.aggregates_handling(message_type), "aggregate")
    if kind is GivenKind.EVENTS:
        found.update(dict.fromkeys(catalogue.aggregates_sourcing(message_type), "aggregate"))
    found.update(dict.fromkeys(catalogue.sagas_handling(message_type), "saga"))
    return found
