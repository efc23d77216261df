"""`CastleScenario`: everything the step library knows about the scenario being run.

One is made per scenario (see `castle_bdd.behave.castle`). Given steps are recorded in a
plan; the When step picks the aggregate or saga (`castle_bdd.gherkin.plan`), makes a fresh
fixture for it, replays the plan and runs the When; Then steps read the validator. Users'
own steps use the same methods: ``castle(context).given(CardIssued("GC-1", 100))``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import datetime, timedelta, timezone
from functools import partial
from typing import TYPE_CHECKING, Any, Literal, TypeVar, overload

from castle_bdd.awaiting import resolve
from castle_bdd.errors import CastleBddError
from castle_bdd.fixtures.accidents import (
    ACCIDENTAL_EXCEPTIONS,
    HandlerCrash,
    first_accident,
    is_accidental,
    names_exception,
)
from castle_bdd.fixtures.user_code import raised_in_user_code
from castle_bdd.gherkin.catalogue import Catalogue
from castle_bdd.gherkin.crashes import accidental_crash, given_failure, handler_crash, step_crash
from castle_bdd.gherkin.errors import (
    GherkinError,
    StepOrderError,
    as_gherkin_error,
    current_location,
)
from castle_bdd.gherkin.plan import (
    Given,
    GivenCodeCrashed,
    GivenKind,
    GivenStepFailed,
    Target,
    When,
    WhenCodeCrashed,
    WhenKind,
    run_aggregate_plan,
    run_saga_plan,
)
from castle_bdd.gherkin.specs import MessageKind
from castle_bdd.gherkin.target_choice import choose_target
from castle_bdd.gherkin.target_tags import tagged_target
from castle_bdd.wording import with_article

if TYPE_CHECKING:
    from castle_bdd.fixtures.journal import Journal
    from castle_bdd.fixtures.saga import SagaTestFixture
    from castle_bdd.gherkin.seam import (
        AggregateFixture,
        AggregateResult,
        AnyResult,
        Fixture,
        SagaResult,
    )

#: Called with each fixture the scenario makes, before the plan runs on it. The fixture
#: is an `AggregateTestFixture` or a `SagaTestFixture`, as the When decides.
FixtureConfigurator = Callable[[Any], None]

F = TypeVar("F", bound="Fixture")


class CastleScenario:
    """The state of one scenario: the Given plan, the fixture, and the When's result."""

    def __init__(
        self,
        catalogue: Catalogue,
        tags: Iterable[str] = (),
        configurators: Iterable[FixtureConfigurator] = (),
        new_store: Callable[[], object] | None = None,
        start: datetime | None = None,
    ) -> None:
        """A scenario of ``catalogue``'s domain; ``tags`` may choose the target.

        ``new_store``, if given, makes the event store of the aggregate the scenario
        exercises (the fixture's in-memory store otherwise); `close` closes it. ``start``,
        if given, is the instant the scenario begins at unless its first Given step sets
        the current time.
        """
        self.catalogue = catalogue
        self.givens: list[Given] = []
        self.target: Target | None = None
        self._fixture: Fixture | None = None
        self._tags = tuple(tags)
        self._tagged: Target | None = None
        self._tags_read = False
        self._configurators = list(configurators)
        self._validator: AnyResult | None = None
        self._when: When | None = None
        self._new_store = new_store
        self._store: object = None
        self._start = start
        #: Exceptions that are a crash, not a domain outcome (see `castle_bdd.fixtures.accidents`).
        self.accidental_exceptions: tuple[type[BaseException], ...] = ACCIDENTAL_EXCEPTIONS
        #: The text of the scenario's steps after the one running now.
        self.later_steps: Callable[[], list[str]] = list
        self.on_fixture: Callable[[Fixture], None] | None = None
        self._subject: str | None = None
        #: The step that first named the user the commands are sent by.
        self._subject_named_at: str | None = None
        self._permissions: list[object] = []
        #: Told the feature file and line of a Given step that failed as the When replayed it.
        self.on_given_failed: Callable[[str | None], None] | None = None
        #: The feature file and line of that Given step, once the When has told it.
        self.failed_given: str | None = None
        #: Whether a When step of the step library has started (it may fail before it runs).
        self.when_started = False

    @property
    def fixture(self) -> object:
        """The fixture the When made (None before it): an aggregate or a saga fixture."""
        return self._fixture

    def given(self, *events: object) -> None:
        """Events in the history: replayed by an aggregate, published to a saga."""
        self._add(Given(GivenKind.EVENTS, events))

    def given_published(self, *events: object, aggregate_id: str | None = None) -> None:
        """Events published (by the aggregate ``aggregate_id``, if given) before the When."""
        self._add(Given(GivenKind.PUBLISHED, events, aggregate_id=_an_id(aggregate_id)))

    def given_commands(self, *commands: object) -> None:
        """Commands an aggregate handled before the When."""
        self._add(Given(GivenKind.COMMANDS, commands))

    def given_state(self, state: Sequence[tuple[str, object]]) -> None:
        """A state-stored aggregate starts with these attributes (names and written values)."""
        self._add(Given(GivenKind.STATE, state=state))

    def given_no_prior_activity(self) -> None:
        """Nothing happened before the When."""
        self._add(Given(GivenKind.NO_PRIOR_ACTIVITY))

    def given_current_time(self, instant: datetime) -> None:
        """The clock reads ``instant`` (the next Given steps and the When happen then)."""
        self._add(Given(GivenKind.CURRENT_TIME, instant=instant))

    def given_time_elapsed(self, duration: timedelta) -> None:
        """Time moved on by ``duration`` before the When; what came due fired."""
        self._add(Given(GivenKind.TIME_ELAPSED, duration=duration))

    def configure(self, configurator: FixtureConfigurator) -> None:
        """Call ``configurator(fixture)`` on the fixture when the When makes it."""
        if self._fixture is not None:
            configurator(self._fixture)
        else:
            self._configurators.append(configurator)

    def acting_as(self, subject_id: str, permission: object = None) -> None:
        """Send the commands as ``subject_id`` (holding ``permission`` too, if given).

        For castlecraft fixtures, whose handlers are told who sends a command and what
        that subject may do.
        """
        self._before_the_when()
        if not subject_id.strip():
            raise GherkinError(
                "name the user who sends the commands inside the double quotes, e.g. "
                'Given the commands are sent by "ann"'
            )
        if self._subject is not None and self._subject != subject_id:
            raise GherkinError(
                f'the commands are already sent by "{self._subject}" (at '
                f"{self._subject_named_at}): the commands of a scenario are sent by one user "
                f'— write "{self._subject}" here too, or remove one of the two steps'
            )
        if self._subject is None:
            self._subject_named_at = current_location()
            self.configure(self._send_as_subject)
        self._subject = subject_id
        if permission is not None:
            self._permissions.append(permission)

    def projection(self, written: str) -> object:
        """The projection ``written`` names, fed the scenario's events (castlecraft)."""
        fixture = self._fixture
        if fixture is None:
            _ = self.result  # a Then before the When, or after a failed Given, is told so
        show = getattr(fixture, "projection_named", None)
        if show is None:
            raise GherkinError(
                "projections are castlecraft projectors: this scenario exercises "
                + (f"the {self.target.kind} {self.target.name}" if self.target else "nothing yet")
                + ", which has none"
            )
        return show(written)

    def _send_as_subject(self, fixture: object) -> None:
        acting_as = getattr(fixture, "acting_as", None)
        if acting_as is None:
            exercised = f"the {self.target.kind} {self.target.name}" if self.target else "it"
            raise GherkinError(
                "who sends a command, and with which permissions, is told to castlecraft "
                f"command handlers; this scenario exercises {exercised}, whose commands "
                "take neither: leave out the step that names the user",
                self._subject_named_at,
            )
        acting_as(self._subject, self._permissions)

    def when(self, message: object) -> object:
        """Send a command or publish an event, as the domain says ``message`` is."""
        spec = self.catalogue.messages.get(type(message))
        if spec is not None and spec.kind is MessageKind.EVENT:
            return self.when_published(message)
        return self.when_command(message)

    def when_command(self, command: object) -> object:
        """Send ``command`` to the aggregate that handles it; returns the validator."""
        return self._run(When(WhenKind.COMMAND, command))

    def when_published(self, event: object, aggregate_id: str | None = None) -> object:
        """Publish ``event`` (applied by ``aggregate_id``, if given) to the saga."""
        return self._run(When(WhenKind.PUBLISH, event, aggregate_id=_an_id(aggregate_id)))

    def when_time_elapses(self, duration: timedelta) -> object:
        """Let ``duration`` pass; what comes due fires, in time order."""
        return self._run(When(WhenKind.ELAPSE, duration=duration))

    def when_time_advances_to(self, instant: datetime) -> object:
        """Move time to ``instant``; what comes due fires, in time order."""
        return self._run(When(WhenKind.ADVANCE, instant=instant))

    @property
    def result(self) -> AnyResult:
        """The result validator of the When step (a Then step before any When fails)."""
        if self._validator is not None:
            return self._validator
        if self.failed_given is not None:
            raise StepOrderError(
                f"this Then step has nothing to check: the Given step at {self.failed_given} "
                "failed, so the When step did not run"
            )
        if self._when is not None or self.when_started:
            raise StepOrderError("this Then step has nothing to check: the When step failed")
        raise StepOrderError(
            "this Then step has no When before it: add a When step (a command sent, an "
            "event published or time passing) between the Given and the Then steps"
        )

    @property
    def now(self) -> datetime:
        """The scenario's time after the When (a Then step before any When fails)."""
        _ = self.result
        return self._made_fixture().current_time

    @property
    def validator(self) -> Any:
        """The result validator of the When step, with every ``expect_…`` method."""
        return self.result

    @overload
    def validator_for(self, kind: Literal["aggregate"]) -> AggregateResult: ...
    @overload
    def validator_for(self, kind: Literal["saga"]) -> SagaResult: ...
    def validator_for(self, kind: str) -> AnyResult:
        """The validator, if the scenario exercises an ``aggregate`` or a ``saga`` as asked."""
        validator = self.result
        target = self.target
        if target is not None and target.kind != kind:
            raise GherkinError(
                f"this Then step is about {with_article(kind)}, but the scenario exercises the "
                f"{target.kind} {target.name}"
            )
        return validator

    @property
    def then(self) -> Any:
        """The same as `validator`, for steps that read as ``castle(context).then…``."""
        return self.result

    @property
    def journal(self) -> Journal | None:
        """What happened in the scenario so far (None before the When)."""
        return self._fixture.journal if self._fixture is not None else None

    @property
    def when_message(self) -> object:
        """The command or event of the When step (None before it, or when time passed)."""
        return self._when.payload if self._when is not None else None

    @property
    def when_subject(self) -> str:
        """What the When step ran, as a Then step's failure names it: ``the command``, or
        ``the When step (no command was sent)`` when an event was published or time passed."""
        if self._when is None or self._when.kind is WhenKind.COMMAND:
            return "the command"
        return "the When step (no command was sent)"

    @property
    def givens_pending(self) -> bool:
        """Whether Given steps are recorded that no When has run yet."""
        return bool(self.givens) and self._when is None

    @property
    def ran(self) -> bool:
        """Whether the When step has run."""
        return self._validator is not None

    def tagged_target(self) -> Target | None:
        """The target an ``@aggregate:…`` or ``@saga:…`` tag names, if any."""
        if not self._tags_read:
            self._tagged = tagged_target(self.catalogue, self._tags)
            self._tags_read = True
        return self._tagged

    def close(self) -> None:
        """The scenario has ended: its fixture closes what the scenario made, and the
        event store this scenario made, if it made one, is closed."""
        if self._fixture is not None:
            self._fixture.close()
        store, self._store = self._store, None
        close = getattr(store, "close", None)
        if close is not None:
            resolve(close())

    def _new_aggregate_fixture(self, aggregate_type: type) -> AggregateFixture:
        if self._new_store is not None:
            self._store = self._new_store()
        return _aggregate_fixture(self.catalogue, aggregate_type, self._store)

    def _new_saga_fixture(self, saga_type: type) -> SagaTestFixture[Any]:
        saga = _saga_fixture(saga_type)
        if self._new_store is not None:  # no store for a saga, but its serializer
            from castle_bdd.fixtures.event_streams import serializer_of

            self._store = self._new_store()
            serializer = serializer_of(self._store)
            if serializer is not None:
                saga.round_trip_through(serializer)
        return saga

    def _before_the_when(self) -> None:
        if self._when is not None:
            raise StepOrderError("a Given step comes after the When: move it before the When")

    def _add(self, given: Given) -> None:
        self._before_the_when()
        if given.location is None:
            given.location = current_location()
        self.givens.append(given)

    def _run(self, when: When) -> AnyResult:
        if self._when is not None:
            raise StepOrderError("a scenario has one When step: this is a second one")
        self._when = when
        target = choose_target(self.catalogue, self.givens, when, self.tagged_target())
        self.target = target
        play: Callable[[], AnyResult]
        givens = self._givens_from_start()
        if target.kind == "aggregate":
            aggregate = self._made(self._new_aggregate_fixture(target.type))
            play = partial(run_aggregate_plan, aggregate, target, givens, when)
        else:
            saga = self._made(self._new_saga_fixture(target.type))
            play = partial(run_saga_plan, saga, target, givens, when)
        try:
            self._validator = play()
        except GivenStepFailed as error:
            self._given_failed(error.location)
            raise
        except GivenCodeCrashed as crash:  # a Given handler raised: a domain expert must see why
            self._given_failed(crash.location)
            failure = given_failure(target, crash.error)
            raise GivenStepFailed(failure, crash.location) from crash.error
        except WhenCodeCrashed as crash:
            raise GherkinError(given_failure(target, crash.error, "the When step")) from crash.error
        except CastleBddError as error:
            found = self._tag_elsewhere(target, when) or self._no_time_given(when)
            raise found or as_gherkin_error(error) from error
        except Exception as error:  # as above, outside a behave run
            if not raised_in_user_code(error):  # Python's, where castle-bdd called it
                raise
            raise GherkinError(given_failure(target, error)) from error
        except KeyboardInterrupt:
            raise
        except BaseException as error:  # sys.exit() or GeneratorExit in the domain's code:
            # a failed step, as the step library's own steps make it, and not the run's end
            # when a step of the project's own made the call
            crashed = step_crash(error)
            if crashed is None:
                raise
            raise crashed from error
        finally:
            if self.on_fixture is not None:
                self.on_fixture(self._made_fixture())
        self._refuse_crash(self._validator.exception)
        self._refuse_handler_crash(self._validator.handler_crashes)
        return self._validator

    def _given_failed(self, location: str | None) -> None:
        self.failed_given = location
        if self.on_given_failed is not None:
            self.on_given_failed(location)

    def _givens_from_start(self) -> list[Given]:
        # A configured start is the scenario's first Given, unless it sets the time itself.
        if self._start is None or (self.givens and self.givens[0].kind is GivenKind.CURRENT_TIME):
            return self.givens
        return [Given(GivenKind.CURRENT_TIME, instant=self._start), *self.givens]

    def _refuse_crash(self, exception: BaseException | None) -> None:
        if not is_accidental(exception, self.accidental_exceptions):
            return
        assert exception is not None
        if names_exception(self.later_steps(), exception):
            return
        handler = getattr(self._validator, "subject", None)  # a saga's: the handler that raised
        raise accidental_crash(self.target, self._when, exception, handler) from exception

    def _refuse_handler_crash(self, crashes: list[HandlerCrash]) -> None:
        # a crash its bus only logged: no Then step can name it, as the command succeeded
        crash = first_accident(crashes, self.accidental_exceptions)
        if crash is not None:
            raise handler_crash(crash) from crash.exception

    def _tag_elsewhere(self, target: Target, when: When) -> GherkinError | None:
        """A command the tagged aggregate does not handle, which another aggregate does."""
        if target.kind != "aggregate" or when.kind is not WhenKind.COMMAND:
            return None
        if self.tagged_target() != target:
            return None
        command = type(when.payload)
        others = [t for t in self.catalogue.aggregates_handling(command) if t is not target.type]
        if not others or target.type in self.catalogue.aggregates_handling(command):
            return None
        return GherkinError(
            f"the tag @{target.kind}:{target.name} chose {target.name}, which does not handle "
            f"the command {command.__name__}; {others[0].__name__} does — tag the scenario "
            f"@aggregate:{others[0].__name__}, or remove the tag (the command says which "
            "aggregate it is for)"
        )

    def _no_time_given(self, when: When) -> GherkinError | None:
        """Time advanced to a moment before the clock of a scenario that set no time: the
        clock was this machine's, which the feature file does not see."""
        if when.kind is not WhenKind.ADVANCE or when.instant is None:
            return None
        if when.instant >= datetime.now(timezone.utc):
            return None  # not a time before this machine's: another mistake
        if any(given.kind is GivenKind.CURRENT_TIME for given in self._givens_from_start()):
            return None
        return GherkinError(
            f"time cannot move backwards to {when.instant.isoformat()}: the scenario says "
            "nothing of the time before it, so its clock starts at this machine's, later "
            "than that — give the time first: Given the current time is … (or a start for "
            'every scenario: start = "2026-01-01T09:00:00Z" under [tool.castle_bdd])'
        )

    def _made(self, fixture: F) -> F:
        self._fixture = fixture
        fixture._leave_fatal_errors_to_steps()
        for configurator in self._configurators:
            configurator(fixture)
        return fixture

    def _made_fixture(self) -> Fixture:
        assert self._fixture is not None
        return self._fixture


def _aggregate_fixture(
    catalogue: Catalogue, aggregate_type: type, store: Any = None
) -> AggregateFixture:
    make = catalogue.fixture_makers.get(aggregate_type)
    if make is None:  # a castle-bdd aggregate: its maker is kept for the run's next scenarios
        # imported when first needed (the fixtures load the clock)
        from castle_bdd.fixtures.aggregate import AggregateTestFixture

        make = catalogue.fixture_makers[aggregate_type] = partial(
            AggregateTestFixture, aggregate_type
        )
    return make(store)


def _saga_fixture(saga_type: type) -> SagaTestFixture[Any]:
    from castle_bdd.fixtures.saga import SagaTestFixture

    return SagaTestFixture(saga_type)


def _an_id(aggregate_id: str | None) -> str | None:
    """``aggregate_id``, refused when it is written empty (``the aggregate "" published``)."""
    if aggregate_id is not None and not aggregate_id.strip():
        raise GherkinError(
            'the aggregate\'s id is empty: write it between the quotes, e.g. the aggregate "INV-1"'
        )
    return aggregate_id
