"""castle-bdd in a behave run: `setup_castle_bdd`, `castle(context)` and the scenario lifecycle.

``setup_castle_bdd(context)`` in ``before_all`` builds the domain's catalogue once.
Everything per scenario lives in one `CastleScenario`, made by the first
``castle(context)`` call of a scenario and dropped when the scenario ends:

- it is kept on the context together with the behave scenario it belongs to, so a call
  from another scenario never sees it;
- it registers a cleanup on behave's scenario layer (``context.add_cleanup``), which
  behave runs when the scenario ends, whether it passed, failed or raised — the cleanup
  closes the scenario's fixture and forgets the scenario's state. Fixtures freeze time
  only while a handler runs, so there is no clock to stop; a ``freeze_time`` of the
  project's own that the scenario left running fails it and is stopped there;
- its journal is left on the behave scenario for the living document, when the run has a
  formatter that reads journals (castle-bdd's living-document and run-record formatters)
  or writes run records. Otherwise nothing of the scenario outlives it.

So a project needs no ``before_scenario`` or ``after_scenario`` hook of its own for
castle-bdd, and any hooks it has are left alone.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Mapping, MutableMapping, Sequence
from datetime import datetime
from functools import lru_cache, partial
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from castle_bdd._compat.behave import (
    run_features,
    run_formatters,
    run_hooks,
    run_wide,
    step_definition_finder,
    step_matcher_of,
    stopped_by_before_all,
)
from castle_bdd.config import (
    DomainNotConfiguredError,
    configured_domain,
    configured_start,
    configured_store,
    project_settings,
    records_folder,
    remember_domain,
    starting_instant,
)
from castle_bdd.errors import CastleBddError
from castle_bdd.fixtures.accidents import ACCIDENTAL_EXCEPTIONS, exception_kinds
from castle_bdd.gherkin.catalogue import Catalogue, build_catalogue
from castle_bdd.gherkin.domain_names import message_table_names, refuse_unqualified_names
from castle_bdd.gherkin.errors import set_step_locator
from castle_bdd.gherkin.scenario import CastleScenario, FixtureConfigurator
from castle_bdd.gherkin.target_tags import scenario_tags
from castle_bdd.hooks import chain_hook, show_hook_frames
from castle_bdd.live_output import (
    hold_given_output,
    release_held_output,
    show_on_the_given,
    show_step_frames,
)
from castle_bdd.marks import (
    READS_JOURNALS,
    RUN_END_FAILURE_ATTRIBUTE,
    SETUP_FAILURE_ATTRIBUTE,
    SHARES_RECORDS,
    attach_journal,
)
from castle_bdd.store_choice import StoreFactory, store_factory
from castle_bdd.structure import install_structure_checks
from castle_bdd.tags import (
    KNOWN_ISSUE,
    install_known_issue_hooks,
    install_known_issue_junit,
    tagged_anywhere_in,
)
from castle_bdd.time_left_frozen import stop_time_left_frozen

if TYPE_CHECKING:
    from castle_bdd.gherkin.model import Feature, Scenario, Step
    from castle_bdd.gherkin.seam import Fixture

__all__ = [
    "CastleRun",
    "CastleScenario",
    "castle",
    "domain_from_pyproject",
    "journals_read",
    "setup_castle_bdd",
]

_RUN = "_castle_bdd_run"
_SCENARIO = "_castle_bdd_scenario"
_KEEP_JOURNALS = "_castle_bdd_keep_journals"
#: The ``behave -D`` option that chooses the event store of every scenario.
STORE_OPTION = "castle_store"


class CastleRun:
    """What castle-bdd keeps for a whole behave run: the catalogue and fixture setup.

    ``new_store`` makes each scenario's event store; None means the in-memory store.
    ``start`` is the instant a scenario that says nothing about time begins at; None
    means the moment it runs.
    """

    def __init__(
        self,
        catalogue: Catalogue,
        configurators: list[FixtureConfigurator] | None = None,
        new_store: StoreFactory | None = None,
        start: datetime | None = None,
        accidental_exceptions: tuple[type[BaseException], ...] = ACCIDENTAL_EXCEPTIONS,
    ) -> None:
        """The run of the domain in ``catalogue``."""
        self.catalogue = catalogue
        self.configurators = configurators if configurators is not None else []
        self.new_store = new_store
        self.start = start
        #: Exceptions that fail a scenario unless a Then step names them.
        self.accidental_exceptions = accidental_exceptions


def setup_castle_bdd(
    context: object,
    domain: Sequence[str] | None = None,
    configure: FixtureConfigurator | None = None,
    store: str | None = None,
    start: str | datetime | None = None,
    accidental_exceptions: Sequence[type[BaseException]] | None = None,
) -> CastleRun:
    """Tell the step library where the domain is; call it in ``before_all``.

    ``domain`` lists the modules with the aggregates, sagas and messages; when it is None,
    ``[tool.castle_bdd] domain`` in ``pyproject.toml`` is read. ``configure``, if given,
    is called with every fixture the step library makes (to register resources…).
    ``accidental_exceptions`` lists the exceptions that are a crash, not an outcome of
    the domain: a scenario whose handler raises one fails unless a Then step names it
    (default: ``[tool.castle_bdd] accidental_exceptions``, else `ACCIDENTAL_EXCEPTIONS`).
    ``store`` chooses each scenario's event store (``"memory"``, ``"sqlite"`` or
    ``"package.module:factory"``); ``behave -D castle_store=…`` overrides it, and when
    both are absent ``[tool.castle_bdd] store`` is read, else the in-memory store is used.
    ``start`` (``"2026-01-01T09:00:00Z"`` or a datetime; naive means UTC) is the instant
    every scenario that says nothing about time begins at, so runs and their reports do
    not depend on the day; without it ``[tool.castle_bdd] start`` is read, and without
    that a scenario begins at the moment it runs.
    """
    try:
        return _set_up(context, domain, configure, store, start, accidental_exceptions)
    except Exception as error:  # behave stops the run: the living document says why
        setattr(getattr(context, "config", None) or context, SETUP_FAILURE_ATTRIBUTE, str(error))
        raise


def _set_up(
    context: object,
    domain: Sequence[str] | None,
    configure: FixtureConfigurator | None,
    store: str | None,
    start: str | datetime | None,
    accidental_exceptions: Sequence[type[BaseException]] | None,
) -> CastleRun:
    modules = list(domain) if domain is not None else domain_from_pyproject()
    chosen = _userdata(context).get(STORE_OPTION) or store or configured_store()
    run = CastleRun(
        build_catalogue(modules),
        [configure] if configure else [],
        store_factory(chosen),
        starting_instant(start, "setup_castle_bdd(start=…)")
        if start is not None
        else configured_start(),
    )
    if accidental_exceptions is not None:
        run.accidental_exceptions = tuple(accidental_exceptions)
    else:
        run.accidental_exceptions = configured_accidental_exceptions()
    setattr(context, _RUN, run)
    set_step_locator(_locate_step)
    remember_domain(modules)
    hooks = run_hooks(context)
    if hooks is not None:
        show_hook_frames(hooks)  # before castle-bdd adds its own to them
        show_step_frames(context)
        _set_up_steps(context)
        features = run_features(context) or ()
        find_definition = step_definition_finder(context)
        names = None if find_definition is None else partial(_message_names, find_definition)
        selected = partial(_selected, getattr(context, "config", None))
        _refuse_unqualified_names(hooks, features, run.catalogue.shared_names(), names, selected)
        install_structure_checks(features, hooks, step_matcher_of(context))
        chain_hook(hooks, "after_all", _note_run_end_failure, _NOTES_RUN_END, always=True)
        if _may_have_known_issues(context):
            install_known_issue_hooks(hooks)
        # also for castle-bdd's failures from a hook, which any run may have
        install_known_issue_junit(getattr(context, "config", None))
        _install_record_writer(context, hooks)
    return run


def _refuse_unqualified_names(
    hooks: MutableMapping[str, Any],
    features: Sequence[Feature],
    shared: Mapping[str, Iterable[type]],
    names: Callable[[Step], Iterable[str]] | None,
    selected: Callable[[Scenario], bool],
) -> None:
    """Refuse the run before its first scenario when a sentence names one of the ``shared``
    class names without its module; without ``features`` (a runner that parses each feature
    as it runs it, after ``before_all``: behave-pool's workers), each feature as it starts."""
    if features:
        refuse_unqualified_names(features, shared, names, selected)
    elif shared:

        def refuse_in(context: object, feature: object) -> None:
            refuse_unqualified_names([cast("Feature", feature)], shared, names, selected)

        chain_hook(hooks, "before_feature", refuse_in, _REFUSES_UNQUALIFIED_NAMES)


_REFUSES_UNQUALIFIED_NAMES = "_castle_bdd_refuses_unqualified_names"


_NOTES_RUN_END = "_castle_bdd_notes_run_end"


def _note_run_end_failure(context: object) -> None:
    """When the project's ``after_all`` hook raised, leave why on behave's configuration:
    the run failed after its last feature, and the living document says so. When its
    ``before_all`` hook raised after `setup_castle_bdd` and no feature ran, leave that:
    the living document says why the run stopped before its first scenario."""
    error = sys.exc_info()[1]
    noted = getattr(context, "config", None) or context
    if error is not None:
        message = (
            str(error) if isinstance(error, CastleBddError) else f"{type(error).__name__}: {error}"
        )
        setattr(noted, RUN_END_FAILURE_ATTRIBUTE, message)
    if stopped_by_before_all(context) and not getattr(noted, SETUP_FAILURE_ATTRIBUTE, None):
        setattr(noted, SETUP_FAILURE_ATTRIBUTE, _BEFORE_ALL_FAILED)


_BEFORE_ALL_FAILED = (
    "the before_all hook of environment.py raised after setup_castle_bdd, and behave ran "
    "no feature: behave's output says what it raised (HOOK-ERROR in before_all: …). Fix "
    "that error in before_all (or the code it calls) and run again"
)


def castle(context: object) -> CastleScenario:
    """The `CastleScenario` of the scenario being run, made on first use."""
    if _in_step[0] is context:  # asked again by the step that is running: known
        return _in_step[1]  # type: ignore[no-any-return]
    scenario = getattr(context, "scenario", None)
    kept: tuple[object, CastleScenario] | None = run_wide(context).get(_SCENARIO)
    if kept is not None and kept[0] is scenario:
        return kept[1]
    return _start(context, scenario)


def domain_from_pyproject(start: Path | None = None) -> list[str]:
    """``[tool.castle_bdd] domain`` of the nearest ``pyproject.toml`` above ``start``."""
    domain = configured_domain(start)
    if domain is None:
        raise DomainNotConfiguredError(
            "castle-bdd does not know where the domain is: call "
            'setup_castle_bdd(context, domain=["your.module"]) in before_all of environment.py, '
            'or add domain = ["your.module"] under [tool.castle_bdd] in pyproject.toml'
        )
    return domain


def _start(context: Any, scenario: Scenario | None) -> CastleScenario:
    run: CastleRun | None = getattr(context, _RUN, None)
    if run is None:
        run = _default_run()
        set_step_locator(_locate_step)
    castle_scenario = CastleScenario(
        run.catalogue, scenario_tags(scenario), run.configurators, run.new_store, run.start
    )
    castle_scenario.accidental_exceptions = run.accidental_exceptions
    if scenario is not None:
        castle_scenario.later_steps = lambda: _later_steps(scenario)
        castle_scenario.on_given_failed = partial(_show_on_the_given, context)
    # asked of the context, once: the run made from pyproject.toml is shared by them all
    state = run_wide(context)
    kept = state.get(_KEEP_JOURNALS)
    if kept is None:
        kept = state[_KEEP_JOURNALS] = (journals_read(context), journals_releasable(context))
        hold_given_output(context, partial(_running, context))
    if scenario is not None and kept[0]:
        castle_scenario.on_fixture = lambda fixture: _keep_journal(scenario, fixture, kept[1])
    state[_SCENARIO] = (scenario, castle_scenario)
    _current[0] = scenario
    context.add_cleanup(_forget, context)
    return castle_scenario


def journals_read(context: object) -> bool:
    """Whether anything in this behave run reads the journals left on scenarios.

    True when run records are written, or a formatter of the run says it reads them
    (a class attribute ``castle_reads_journals = True``), or the run is not a behave
    run whose formatters can be seen.
    """
    if records_folder(context) is not None:
        return True
    formatters = run_formatters(context)
    if formatters is None:
        return True
    return any(getattr(formatter, READS_JOURNALS, False) is True for formatter in formatters)


def journals_releasable(context: object) -> bool:
    """Whether every formatter of the run that reads journals shares its records, so that
    a journal may be let go once its feature is recorded (a formatter of the project's own
    may read them at any time)."""
    formatters = run_formatters(context)
    if formatters is None:
        return False
    readers = [f for f in formatters if getattr(f, READS_JOURNALS, False) is True]
    return all(getattr(reader, SHARES_RECORDS, False) is True for reader in readers)


#: Called with the context by `setup_castle_bdd` in a behave run, after the project's
#: step modules are loaded: the step library adds what it needs then (the step for
#: sentences no step reads, which must come after every other).
RUN_SETUP: list[Callable[[object], None]] = []


def _set_up_steps(context: object) -> None:
    for set_up in RUN_SETUP:
        set_up(context)


#: The living-document plug-in's run-record writer. The core names it and loads it only
#: when the run was asked to write records (as behave loads a formatter it was named).
RECORD_WRITER = "castle_bdd.docs.records"


def _install_record_writer(context: object, hooks: object) -> None:
    if records_folder(context) is not None:
        import_module(RECORD_WRITER).install_record_writer(context, hooks)


def _may_have_known_issues(context: object) -> bool:
    # The known-issue hooks run after every step of every scenario: a run whose
    # features (parsed before before_all) have no @known-issue scenario goes without.
    features = run_features(context)
    if not features:
        return True
    return any(tagged_anywhere_in(feature, KNOWN_ISSUE) for feature in features)


@lru_cache(maxsize=1)
def _default_run() -> CastleRun:
    return CastleRun(
        build_catalogue(domain_from_pyproject()),
        new_store=store_factory(configured_store()),
        start=configured_start(),
        accidental_exceptions=configured_accidental_exceptions(),
    )


def configured_accidental_exceptions() -> tuple[type[BaseException], ...]:
    """``[tool.castle_bdd] accidental_exceptions`` as classes, else the default list."""
    names = project_settings().get("accidental_exceptions")  # a list of names, if any
    if not isinstance(names, list):
        return ACCIDENTAL_EXCEPTIONS
    return exception_kinds(names)


def _userdata(context: object) -> Any:
    userdata = getattr(getattr(context, "config", None), "userdata", None)
    return userdata if userdata is not None else {}


def _forget(context: object) -> None:
    release_held_output(context)
    state = run_wide(context)
    kept: tuple[object, CastleScenario] | None = state.pop(_SCENARIO, None)
    _current[0] = None
    if kept is not None:
        kept[1].close()
        if kept[0] is not None:  # a behave scenario, not a call outside one
            stop_time_left_frozen(context, state, kept[0])


def _show_on_the_given(context: object, location: str | None) -> None:
    # the scenario is looked up, not bound: bound, it would keep itself alive in a cycle
    kept = _running(context)
    if kept is not None:
        show_on_the_given(context, kept[1], location)


def _running(context: object) -> tuple[object, CastleScenario] | None:
    """The behave scenario running now and its `CastleScenario`, if it has one."""
    kept: tuple[object, CastleScenario] | None = run_wide(context).get(_SCENARIO)
    return kept


def _message_names(find_definition: Callable[[object], object], step: Step) -> list[str]:
    """The names a sentence of the step library writes in ``step`` (none in others' steps)."""
    written = getattr(find_definition(step), "message_names", None)
    if written is None:
        return []
    return [*written(step.name), *message_table_names(step)]


def _selected(config: object, scenario: Scenario) -> bool:
    """Whether the run's tags, names and lines select ``scenario`` (behave's own choice)."""
    return bool(scenario.should_run(config))


def _keep_journal(scenario: object, fixture: Fixture, releasable: bool) -> None:
    attach_journal(scenario, fixture.journal, releasable)


_current: list[object] = [None]
#: The context of the step running now and its `CastleScenario` (see `step_running`).
_in_step: list[Any] = [None, None]


def step_running(context: object) -> tuple[object, object]:
    """A step of the step library starts: `castle` answers at once until it ends.

    Returns what `step_ended` puts back (a step may run others, through
    ``context.execute_steps``).
    """
    previous = (_in_step[0], _in_step[1])
    scenario = castle(context)
    _in_step[0], _in_step[1] = context, scenario
    return previous


def step_ended(previous: tuple[object, object]) -> None:
    """The step that `step_running` started has ended."""
    _in_step[0], _in_step[1] = previous


def _later_steps(scenario: Scenario) -> list[str]:
    """The text of the steps of ``scenario`` after the one that is running."""
    steps = list(scenario.all_steps)
    running = next((n for n, step in enumerate(steps) if step.status.name == "untested"), 0)
    return [str(step.name) for step in steps[running + 1 :]]


def _locate_step() -> str | None:
    """``file:line`` of the first step of the current scenario that has not finished."""
    scenario = _current[0]
    if scenario is None:
        return None
    for step in getattr(scenario, "all_steps", ()):
        if step.status.name == "untested":
            return str(step.location)
    return None
