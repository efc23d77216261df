"""`CastleScenario`: everything the step library knows about the scenario being run.

One is made per scenario (see `castle_bdd.behave.castle`). Given steps are recorded in a
plan; the When step picks the aggregate or saga (`castle_bdd.gherkin.plan`), makes a fresh
fixture for it, replays the plan and runs the When; Then steps read the validator. Users'
own steps use the same methods: ``castle(context).given(CardIssued("GC-1", 100))``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime, timedelta
from typing import Any

from castle_bdd.awaiting import resolve
from castle_bdd.errors import CastleBddError
from castle_bdd.gherkin.catalogue import Catalogue
from castle_bdd.gherkin.errors import GherkinError, StepOrderError, as_gherkin_error
from castle_bdd.gherkin.plan import (
    Given,
    GivenKind,
    Target,
    When,
    WhenKind,
    choose_target,
    run_plan,
)
from castle_bdd.gherkin.specs import MessageKind

#: Called with each fixture the scenario makes, before the plan runs on it.
FixtureConfigurator = Callable[[Any], None]

_TAG_KINDS = ("aggregate", "saga")


class CastleScenario:
    """The state of one scenario: the Given plan, the fixture, and the When's result."""

    def __init__(
        self,
        catalogue: Catalogue,
        tags: Iterable[str] = (),
        configurators: Iterable[FixtureConfigurator] = (),
        new_store: Callable[[], Any] | None = None,
    ) -> None:
        """A scenario of ``catalogue``'s domain; ``tags`` may choose the target.

        ``new_store``, if given, makes the event store of the aggregate the scenario
        exercises (the fixture's in-memory store otherwise); `close` closes it.
        """
        self.catalogue = catalogue
        self.givens: list[Given] = []
        self.target: Target | None = None
        self.fixture: Any = None
        self._tags = tuple(tags)
        self._tagged: Target | None = None
        self._tags_read = False
        self._configurators = list(configurators)
        self._validator: Any = None
        self._when: When | None = None
        self._new_store = new_store
        self._store: Any = None
        self.on_fixture: Callable[[Any], None] | None = None

    def given(self, *events: Any) -> None:
        """Events in the history: replayed by an aggregate, published to a saga."""
        self._add(Given(GivenKind.EVENTS, events))

    def given_published(self, *events: Any, aggregate_id: str | None = None) -> None:
        """Events published (by the aggregate ``aggregate_id``, if given) before the When."""
        self._add(Given(GivenKind.PUBLISHED, events, aggregate_id=aggregate_id))

    def given_commands(self, *commands: Any) -> None:
        """Commands an aggregate handled before the When."""
        self._add(Given(GivenKind.COMMANDS, commands))

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
        if self.fixture is not None:
            configurator(self.fixture)
        else:
            self._configurators.append(configurator)

    def when(self, message: Any) -> Any:
        """Send a command or publish an event, as the domain says ``message`` is."""
        spec = self.catalogue.messages.get(type(message))
        if spec is not None and spec.kind is MessageKind.EVENT:
            return self.when_published(message)
        return self.when_command(message)

    def when_command(self, command: Any) -> Any:
        """Send ``command`` to the aggregate that handles it; returns the validator."""
        return self._run(When(WhenKind.COMMAND, command))

    def when_published(self, event: Any, aggregate_id: str | None = None) -> Any:
        """Publish ``event`` (applied by ``aggregate_id``, if given) to the saga."""
        return self._run(When(WhenKind.PUBLISH, event, aggregate_id=aggregate_id))

    def when_time_elapses(self, duration: timedelta) -> Any:
        """Let ``duration`` pass; what comes due fires, in time order."""
        return self._run(When(WhenKind.ELAPSE, duration=duration))

    def when_time_advances_to(self, instant: datetime) -> Any:
        """Move time to ``instant``; what comes due fires, in time order."""
        return self._run(When(WhenKind.ADVANCE, instant=instant))

    @property
    def validator(self) -> Any:
        """The result validator of the When step, with every ``expect_…`` method."""
        if self._validator is None:
            raise StepOrderError(
                "this Then step has no When before it: add a When step (a command sent, an "
                "event published or time passing) between the Given and the Then steps"
            )
        return self._validator

    def validator_for(self, kind: str) -> Any:
        """The validator, if the scenario exercises an ``aggregate`` or a ``saga`` as asked."""
        validator = self.validator
        target = self.target
        if target is not None and target.kind != kind:
            raise GherkinError(
                f"this Then step is about {_article(kind)}, but the scenario exercises the "
                f"{target.kind} {target.name}"
            )
        return validator

    @property
    def then(self) -> Any:
        """The same as `validator`, for steps that read as ``castle(context).then…``."""
        return self.validator

    @property
    def journal(self) -> Any:
        """What happened in the scenario so far (empty before the When)."""
        return getattr(self.fixture, "journal", None)

    @property
    def when_message(self) -> Any:
        """The command or event of the When step (None before it, or when time passed)."""
        return self._when.payload if self._when is not None else None

    @property
    def ran(self) -> bool:
        """Whether the When step has run."""
        return self._validator is not None

    def tagged_target(self) -> Target | None:
        """The target an ``@aggregate:…`` or ``@saga:…`` tag names, if any."""
        if not self._tags_read:
            self._tagged = _tagged(self.catalogue, self._tags)
            self._tags_read = True
        return self._tagged

    def close(self) -> None:
        """Close the event store this scenario made, if it made one (the scenario ended)."""
        store, self._store = self._store, None
        close = getattr(store, "close", None)
        if close is not None:
            resolve(close())

    def _fixture_for(self, target: Target) -> Any:
        if self._new_store is not None and target.kind == "aggregate":
            self._store = self._new_store()
        return _new_fixture(target, self._store)

    def _add(self, given: Given) -> None:
        if self._when is not None:
            raise StepOrderError("a Given step comes after the When: move it before the When")
        self.givens.append(given)

    def _run(self, when: When) -> Any:
        if self._when is not None:
            raise StepOrderError("a scenario has one When step: this is a second one")
        self._when = when
        self.target = choose_target(self.catalogue, self.givens, when, self.tagged_target())
        self.fixture = self._fixture_for(self.target)
        for configurator in self._configurators:
            configurator(self.fixture)
        try:
            self._validator = run_plan(self.fixture, self.target, self.givens, when)
        except CastleBddError as error:
            raise as_gherkin_error(error) from error
        except Exception as error:  # a Given handler raised: a domain expert must see why
            raise GherkinError(_given_failure(self.target, error)) from error
        finally:
            if self.on_fixture is not None:
                self.on_fixture(self.fixture)
        return self._validator


def _new_fixture(target: Target, store: Any = None) -> Any:
    fixture_class = _FIXTURE_CLASSES.get(target.kind) or _fixture_class(target.kind)
    if store is None:
        return fixture_class(target.type)
    return fixture_class(target.type, store)


def _fixture_class(kind: str) -> Any:
    # imported when first needed (the fixtures load the clock), then kept: an import
    # statement per scenario costs more than the lookup
    fixture_class: Any
    if kind == "aggregate":
        from castle_bdd.fixtures.aggregate import AggregateTestFixture

        fixture_class = AggregateTestFixture
    else:
        from castle_bdd.fixtures.saga import SagaTestFixture

        fixture_class = SagaTestFixture
    _FIXTURE_CLASSES[kind] = fixture_class
    return fixture_class


_FIXTURE_CLASSES: dict[str, Any] = {}


def _tagged(catalogue: Catalogue, tags: Iterable[str]) -> Target | None:
    for tag in tags:
        kind, _, name = str(tag).partition(":")
        if kind in _TAG_KINDS and name:
            owner = catalogue.aggregate(name) if kind == "aggregate" else catalogue.saga(name)
            return Target(kind, owner)
    return None


def _article(noun: str) -> str:
    return f"an {noun}" if noun[:1] in "aeiou" else f"a {noun}"


def _given_failure(target: Target, error: Exception) -> str:
    text = f"{type(error).__name__}: {error}" if str(error) else type(error).__name__
    return f"a Given step failed on the {target.kind} {target.name}: {text}"
