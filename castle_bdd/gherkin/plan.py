"""A scenario's Given steps, kept until its When decides which fixture runs them.

Given steps do not say whether a scenario exercises an aggregate or a saga, so they are
recorded as a plan. The first When (or an ``@aggregate:…`` / ``@saga:…`` tag) picks the
target: a command goes to the aggregate that handles it, a published event to the saga
that handles it, and when time passes the Given steps decide. The plan is then replayed
on a fresh fixture of the target, in the order the steps were written.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from contextlib import nullcontext
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import Enum
from typing import Any

from castle_bdd.clock import real_now
from castle_bdd.gherkin.catalogue import Catalogue
from castle_bdd.gherkin.errors import FixtureChoiceError, GherkinError


class GivenKind(Enum):
    """What one Given step set up."""

    NO_PRIOR_ACTIVITY = "no prior activity"
    CURRENT_TIME = "the current time"
    EVENTS = "events"
    PUBLISHED = "published events"
    COMMANDS = "commands"
    TIME_ELAPSED = "time elapsed"


@dataclass
class Given:
    """One Given step: its kind and what it carries."""

    kind: GivenKind
    payloads: tuple[Any, ...] = ()
    aggregate_id: str | None = None
    instant: datetime | None = None
    duration: timedelta | None = None


class WhenKind(Enum):
    """What the When step does."""

    COMMAND = "command"
    PUBLISH = "publish"
    ELAPSE = "elapse"
    ADVANCE = "advance"


@dataclass
class When:
    """The When step: a command, an event published, or time passing."""

    kind: WhenKind
    payload: Any = None
    aggregate_id: str | None = None
    instant: datetime | None = None
    duration: timedelta | None = None


@dataclass
class Target:
    """The aggregate or saga class a scenario exercises."""

    kind: str  # "aggregate" or "saga"
    type: type

    @property
    def name(self) -> str:
        """The class name."""
        return self.type.__name__


def choose_target(
    catalogue: Catalogue, givens: Sequence[Given], when: When, tagged: Target | None
) -> Target:
    """The target of a scenario: the tag's, else the one the When and Givens point to."""
    if tagged is not None:
        return tagged
    if when.kind is WhenKind.COMMAND:
        return _only("aggregate", catalogue.aggregates_handling(type(when.payload)), when)
    if when.kind is WhenKind.PUBLISH:
        sagas = catalogue.sagas_handling(type(when.payload))
        return _only("saga", _narrowed(catalogue, sagas, givens), when)
    return _from_givens(catalogue, givens)


def _only(kind: str, candidates: list[type], when: When) -> Target:
    name = type(when.payload).__name__
    if len(candidates) == 1:
        return Target(kind, candidates[0])
    if not candidates:
        verb = "handles the command" if kind == "aggregate" else "handles the event"
        raise FixtureChoiceError(f"no {kind} {verb} {name}")
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
        "tag it, e.g. @aggregate:Name or @saga:Name"
    )


def _candidates_for(catalogue: Catalogue, kind: GivenKind, message_type: type) -> dict[type, str]:
    found: dict[type, str] = {}
    if kind is GivenKind.COMMANDS:
        return dict.fromkeys(catalogue.aggregates_handling(message_type), "aggregate")
    if kind is GivenKind.EVENTS:
        found.update(dict.fromkeys(catalogue.aggregates_sourcing(message_type), "aggregate"))
    found.update(dict.fromkeys(catalogue.sagas_handling(message_type), "saga"))
    return found


def run_plan(fixture: Any, target: Target, givens: Sequence[Given], when: When) -> Any:
    """Replay ``givens`` on ``fixture``, run ``when``, and return the result validator."""
    # Every handler runs in a frozen window of the scenario's clock. One window held
    # around the whole plan makes those windows free, where switching time on and off
    # for each of them would cost more than a short scenario's handlers.
    hold = getattr(fixture, "_time_frozen", None)
    with hold() if hold is not None else nullcontext():
        return _run_plan(fixture, target, givens, when)


def _run_plan(fixture: Any, target: Target, givens: Sequence[Given], when: When) -> Any:
    state = fixture
    started = False
    for given in givens:
        if given.kind is GivenKind.NO_PRIOR_ACTIVITY and started:
            continue
        state = _apply_given(state, target, given, started)
        started = True
    if not started:
        state = _call(state, target, "set up no prior activity", "given_no_prior_activity")()
    return _apply_when(state, target, when)


def _apply_given(state: Any, target: Target, given: Given, started: bool) -> Any:
    kind = given.kind
    if kind is GivenKind.NO_PRIOR_ACTIVITY:
        return _call(state, target, "set up no prior activity", "given_no_prior_activity")()
    if kind is GivenKind.CURRENT_TIME:
        names = (
            ("and_given_current_time", "and_then_time_advances_to")
            if started
            else ("given_current_time",)
        )
        return _call(state, target, "set the current time", *names)(given.instant)
    if kind is GivenKind.TIME_ELAPSED:
        return _elapse_given(state, target, given.duration, started)
    if kind is GivenKind.COMMANDS:
        names = ("and_given_commands",) if started else ("given_commands",)
        return _call(state, target, "start from commands", *names)(*given.payloads)
    return _given_events(state, target, given, started)


def _given_events(state: Any, target: Target, given: Given, started: bool) -> Any:
    if target.kind == "aggregate":
        return _call(state, target, "start from events", "and_given" if started else "given")(
            *given.payloads
        )
    if given.aggregate_id is not None:
        method = "and_then_aggregate" if started else "given_aggregate"
        publisher = _call(state, target, "publish events", method)(given.aggregate_id)
        return publisher.published(*given.payloads)
    for event in given.payloads:
        method = "and_then_a_published" if started else "given_a_published"
        state = _call(state, target, "publish events", method)(event)
        started = True
    return state


def _elapse_given(state: Any, target: Target, duration: timedelta | None, started: bool) -> Any:
    assert duration is not None
    if not started:
        # nothing can be due yet: elapsing time is starting that much later
        start = _call(state, target, "set the current time", "given_current_time")
        return start(real_now() + duration)
    method = _method(state, ("and_then_time_elapses", "and_given_time_elapses"))
    if method is not None:
        return method(duration)
    now = getattr(state, "current_time", None)
    now = now() if callable(now) else now
    if not isinstance(now, datetime):
        raise GherkinError(f"time cannot elapse before the When of a {target.kind} scenario")
    return _call(state, target, "move time", "and_given_current_time")(now + duration)


def _apply_when(state: Any, target: Target, when: When) -> Any:
    if when.kind is WhenKind.COMMAND:
        return _call(state, target, "take commands", "when")(when.payload)
    if when.kind is WhenKind.ELAPSE:
        return _call(state, target, "let time elapse", "when_time_elapses")(when.duration)
    if when.kind is WhenKind.ADVANCE:
        return _call(state, target, "move time", "when_time_advances_to")(when.instant)
    if when.aggregate_id is not None:
        publisher = _call(state, target, "publish events", "when_aggregate")(when.aggregate_id)
        return publisher.publishes(when.payload)
    return _call(state, target, "publish events", "when_publishing")(when.payload)


def _method(state: Any, names: Sequence[str]) -> Callable[..., Any] | None:
    for name in names:
        method = getattr(state, name, None)
        if method is not None:
            return method  # type: ignore[no-any-return]
    return None


def _call(state: Any, target: Target, what: str, *names: str) -> Callable[..., Any]:
    method = _method(state, names)
    if method is None:
        raise GherkinError(
            f"this scenario exercises the {target.kind} {target.name}, which cannot {what} here"
        )
    return method
