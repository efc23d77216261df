"""A scenario's Given steps, kept until its When decides which fixture runs them.

Given steps do not say whether a scenario exercises an aggregate or a saga, so they are
recorded as a plan. The first When (or an ``@aggregate:…`` / ``@saga:…`` tag) picks the
target (`castle_bdd.gherkin.target_choice`): a command goes to the aggregate that handles
it, a published event to the saga that handles it, and when time passes the Given steps
decide. The plan is then replayed on a fresh fixture of the target, in the order the
steps were written.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from enum import Enum
from functools import partial
from typing import TYPE_CHECKING, Any, NamedTuple, NoReturn, TypeVar

from castle_bdd.clock import real_now
from castle_bdd.domain.targets import target_field
from castle_bdd.errors import CastleBddError
from castle_bdd.fixtures.user_code import raised_in_user_code
from castle_bdd.gherkin.errors import GherkinError
from castle_bdd.gherkin.states import state_factory
from castle_bdd.wording import with_article

if TYPE_CHECKING:
    from castle_bdd.gherkin.seam import (
        AggregateFixture,
        AggregateResult,
        SagaFixture,
        SagaGivens,
        SagaResult,
    )


class GivenKind(Enum):
    """What one Given step set up."""

    NO_PRIOR_ACTIVITY = "no prior activity"
    CURRENT_TIME = "the current time"
    EVENTS = "events"
    PUBLISHED = "published events"
    COMMANDS = "commands"
    TIME_ELAPSED = "time elapsed"
    STATE = "the aggregate's state"


class Given:
    """One Given step: its kind and what it carries."""

    def __init__(
        self,
        kind: GivenKind,
        payloads: tuple[object, ...] = (),
        aggregate_id: str | None = None,
        instant: datetime | None = None,
        duration: timedelta | None = None,
        state: Sequence[tuple[str, Any]] = (),
        location: str | None = None,
    ) -> None:
        """A Given step of ``kind``."""
        self.kind = kind
        self.payloads = payloads
        self.aggregate_id = aggregate_id
        self.instant = instant
        self.duration = duration
        #: The attributes of a state-stored aggregate's starting state, as written.
        self.state = state
        #: The feature file and line of the step that wrote it, for a message when it fails.
        self.location = location


class WhenKind(Enum):
    """What the When step does."""

    COMMAND = "command"
    PUBLISH = "publish"
    ELAPSE = "elapse"
    ADVANCE = "advance"


class When(NamedTuple):
    """The When step: a command, an event published, or time passing."""

    kind: WhenKind
    payload: object = None
    aggregate_id: str | None = None
    instant: datetime | None = None
    duration: timedelta | None = None


class Target(NamedTuple):
    """The aggregate or saga class a scenario exercises."""

    kind: str  # "aggregate" or "saga"
    type: type

    @property
    def name(self) -> str:
        """The class name."""
        return self.type.__name__


def run_aggregate_plan(
    fixture: AggregateFixture, target: Target, givens: Sequence[Given], when: When
) -> AggregateResult:
    """Replay ``givens`` on an aggregate fixture, run ``when``, return the validator."""
    # Every handler runs in a frozen window of the scenario's clock. One window held
    # around the whole plan makes those windows free, where switching time on and off
    # for each of them would cost more than a short scenario's handlers.
    with fixture._time_frozen():
        started = nothing_happened = False
        for given in givens:
            try:
                if given.kind is GivenKind.NO_PRIOR_ACTIVITY or nothing_happened:
                    history = _history_before(givens, given)
                    nothing_happened = _nothing_happened(given, nothing_happened, history)
                    if started and given.kind is GivenKind.NO_PRIOR_ACTIVITY:
                        continue
                _aggregate_given(fixture, given, started, target)
            except KeyboardInterrupt:  # the run is stopped: no Given is to blame
                raise
            except BaseException as error:  # SystemExit too: the domain's code ended it
                raise_on_its_line(_events_after_state(error, givens, given), given)
            started = True
        if not started:
            fixture.given_no_prior_activity()
        return _code_around_handler(partial(_aggregate_when, fixture, target, when))


def _events_after_state(
    error: BaseException, givens: Sequence[Given], given: Given
) -> BaseException:
    """``error``, or in a domain expert's words: events given to an aggregate whose state is
    given (the fixture's words name its Python methods)."""
    if given.kind in (GivenKind.EVENTS, GivenKind.PUBLISHED) and any(
        other.kind is GivenKind.STATE for other in givens
    ):
        return GherkinError(
            "the aggregate starts from the state a Given step gives, so it takes no events: "
            "give what happened before as commands (Given the command … was sent), or put it "
            "in the starting state"
        )
    return error


#: The Given steps that go with "no prior activity": they set the clock, not the history.
_TIME_GIVENS = frozenset({GivenKind.CURRENT_TIME, GivenKind.TIME_ELAPSED})


def _nothing_happened(given: Given, said_before: bool, history: bool) -> bool:
    """Whether "no prior activity" holds after ``given``; refuses a history beside it.

    Asked only of "Given no prior activity" and the Given steps after it: a passing
    scenario without it pays nothing. ``history``: a Given before ``given`` gave what
    happened (a time set before it is no history).
    """
    if given.kind is GivenKind.NO_PRIOR_ACTIVITY:
        if history and not said_before:
            raise GherkinError(_NOTHING_AND_SOMETHING + ': remove "Given no prior activity"')
        return True
    if given.kind in _TIME_GIVENS:
        return said_before
    raise GherkinError(_NOTHING_AND_SOMETHING + ': remove "Given no prior activity" or this step')


def _history_before(givens: Sequence[Given], given: Given) -> bool:
    for earlier in givens:
        if earlier is given:
            return False
        if earlier.kind not in _TIME_GIVENS and earlier.kind is not GivenKind.NO_PRIOR_ACTIVITY:
            return True
    return False


_NOTHING_AND_SOMETHING = (
    '"Given no prior activity" says nothing happened before the When, but the scenario '
    "also gives what happened"
)


class GivenStepFailed(GherkinError):
    """A Given step failed as the When replayed it: told on the Given's own line."""


class GivenCodeCrashed(Exception):
    """Domain code raised while a Given step was replayed: ``error``, at ``location``."""

    def __init__(self, error: BaseException, location: str) -> None:
        super().__init__(str(error))
        self.error = error
        self.location = location


class WhenCodeCrashed(Exception):
    """Domain code raised as the When ran, outside the handler the fixture reports on."""

    def __init__(self, error: Exception) -> None:
        super().__init__(type(error).__name__)
        self.error = error


R = TypeVar("R")


def _code_around_handler(when: Callable[[], R]) -> R:
    """Run ``when``; the domain's code that raised around the handler (an association
    value's property, an event's ``__eq__``), which the fixture does not report on, as a
    `WhenCodeCrashed`. castle-bdd's errors, and Python's where castle-bdd called it (a
    date past the year 9999), go on as they are."""
    try:
        return when()
    except CastleBddError:
        raise
    except Exception as error:
        if not raised_in_user_code(error):
            raise
        raise WhenCodeCrashed(error) from error


def raise_on_its_line(error: BaseException, given: Given) -> NoReturn:
    """Raise ``error`` again on the Given's line: a `GivenStepFailed` if it is castle-bdd's,
    a `GivenCodeCrashed` if the domain's code raised it (outside a behave run, as it is)."""
    if given.location is None:
        raise error
    if isinstance(error, CastleBddError):
        raise GivenStepFailed(str(getattr(error, "problem", error)), given.location) from error
    raise GivenCodeCrashed(error, given.location) from error


def _aggregate_given(
    fixture: AggregateFixture, given: Given, started: bool, target: Target
) -> None:
    kind = given.kind
    if kind is GivenKind.STATE:
        if started:
            raise GherkinError(
                "the aggregate's starting state is the first Given: move it before the others"
            )
        fixture.given_state(state_factory(target.type, given.state))
    elif kind is GivenKind.NO_PRIOR_ACTIVITY:
        fixture.given_no_prior_activity()
    elif kind is GivenKind.CURRENT_TIME:
        assert given.instant is not None
        if started:
            fixture.and_given_current_time(given.instant)
        else:
            fixture.given_current_time(given.instant)
    elif kind is GivenKind.TIME_ELAPSED:
        assert given.duration is not None
        if started:
            fixture.and_given_current_time(fixture.current_time + given.duration)
        else:  # nothing can be due yet: elapsing time is starting that much later
            fixture.given_current_time(real_now() + given.duration)
    elif kind is GivenKind.COMMANDS:
        if started:
            fixture.and_given_commands(*given.payloads)
        else:
            fixture.given_commands(*given.payloads)
    else:
        _check_publisher(given)
        if started:
            fixture.and_given(*given.payloads)
        else:
            fixture.given(*given.payloads)


def _check_publisher(given: Given) -> None:
    """Refuse an event that names another aggregate than the one the step says published it."""
    if given.aggregate_id is None:
        return
    for payload in given.payloads:
        field = target_field(type(payload))
        named = getattr(payload, field) if field is not None else None
        if named is not None and str(named) != given.aggregate_id:
            raise GherkinError(
                f'the step says the aggregate "{given.aggregate_id}" published '
                f'{type(payload).__name__}, but its {field} is "{named}": write one aggregate\'s '
                "id in both places"
            )


def _aggregate_when(fixture: AggregateFixture, target: Target, when: When) -> AggregateResult:
    if when.kind is WhenKind.COMMAND:
        return fixture.when(when.payload)
    if when.kind is WhenKind.ELAPSE:
        assert when.duration is not None
        return fixture.when_time_elapses(when.duration)
    if when.kind is WhenKind.ADVANCE:
        assert when.instant is not None
        return fixture.when_time_advances_to(when.instant)
    raise _cannot(target, "publish events")


def run_saga_plan(
    fixture: SagaFixture, target: Target, givens: Sequence[Given], when: When
) -> SagaResult:
    """Replay ``givens`` on a saga fixture, run ``when``, return the validator."""
    with fixture._time_frozen():  # one frozen window, as for an aggregate
        state: SagaGivens | None = None
        nothing_happened = False
        for given in givens:
            try:
                if given.kind is GivenKind.NO_PRIOR_ACTIVITY or nothing_happened:
                    started = state is not None
                    history = _history_before(givens, given)
                    nothing_happened = _nothing_happened(given, nothing_happened, history)
                    if started and given.kind is GivenKind.NO_PRIOR_ACTIVITY:
                        continue
                state = _saga_given(fixture, state, target, given)
            except KeyboardInterrupt:  # as for an aggregate
                raise
            except BaseException as error:
                raise_on_its_line(error, given)
        if state is None:
            state = fixture.given_no_prior_activity()
        return _code_around_handler(partial(_saga_when, state, target, when))


def _saga_given(
    fixture: SagaFixture, state: SagaGivens | None, target: Target, given: Given
) -> SagaGivens:
    kind = given.kind
    if kind is GivenKind.NO_PRIOR_ACTIVITY:
        return fixture.given_no_prior_activity()
    if kind is GivenKind.CURRENT_TIME:
        assert given.instant is not None
        if state is None:
            return fixture.given_current_time(given.instant)
        return state.and_then_time_advances_to(given.instant)
    if kind is GivenKind.TIME_ELAPSED:
        assert given.duration is not None
        if state is None:  # nothing can be due yet: elapsing time is starting that much later
            return fixture.given_current_time(real_now() + given.duration)
        return state.and_then_time_elapses(given.duration)
    if kind is GivenKind.COMMANDS:
        raise _cannot(target, "start from commands")
    if kind is GivenKind.STATE:
        raise GherkinError(
            f"this scenario exercises the saga {target.name}, which has no aggregate state to "
            "start from: give the events it heard instead, e.g. Given the event … was published"
        )
    if given.aggregate_id is not None:
        if state is None:
            return fixture.given_aggregate(given.aggregate_id).published(*given.payloads)
        return state.and_then_aggregate(given.aggregate_id).published(*given.payloads)
    for event in given.payloads:
        if state is None:
            state = fixture.given_a_published(event)
        else:
            state = state.and_then_a_published(event)
    return state if state is not None else fixture.given_no_prior_activity()


def _saga_when(state: SagaGivens, target: Target, when: When) -> SagaResult:
    if when.kind is WhenKind.COMMAND:
        raise _cannot(target, "take commands")
    if when.kind is WhenKind.ELAPSE:
        assert when.duration is not None
        return state.when_time_elapses(when.duration)
    if when.kind is WhenKind.ADVANCE:
        assert when.instant is not None
        return state.when_time_advances_to(when.instant)
    if when.aggregate_id is not None:
        return state.when_aggregate(when.aggregate_id).publishes(when.payload)
    return state.when_publishing(when.payload)


def _cannot(target: Target, what: str) -> GherkinError:
    other = "saga" if target.kind == "aggregate" else "aggregate"
    return GherkinError(
        f"this scenario exercises the {target.kind} {target.name}, which cannot {what} here: "
        f"if an @{target.kind}: tag chose it, tag the scenario for the {other} instead "
        f"(@{other}:Name), or write the steps {with_article(target.kind)} takes"
    )
