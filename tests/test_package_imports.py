"""What importing castle_bdd loads: the domain model at once, the fixtures on first use."""

from __future__ import annotations

import subprocess
import sys

import pytest

import castle_bdd
from castle_bdd.hamcrest_support import is_matcher, string_description
from tests.cli.support import child_environment


def _loaded_after(code: str, *modules: str) -> dict[str, bool]:
    probe = f"{code}\nimport sys\nprint(*[m in sys.modules for m in {list(modules)!r}])"
    result = subprocess.run(
        [sys.executable, "-c", probe],
        env=child_environment(),
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    return dict(zip(modules, (word == "True" for word in result.stdout.split()), strict=True))


def test_importing_the_package_leaves_the_fixtures_and_the_clock_for_later() -> None:
    loaded = _loaded_after("import castle_bdd", "castle_bdd.fixtures.aggregate", "freezegun")
    assert loaded == {"castle_bdd.fixtures.aggregate": False, "freezegun": False}


def test_the_fixtures_do_not_load_pyhamcrest_until_a_matcher_is_used() -> None:
    loaded = _loaded_after(
        "from castle_bdd import AggregateTestFixture, SagaTestFixture\nimport castle_bdd.steps",
        "hamcrest",
    )
    assert loaded == {"hamcrest": False}


def test_the_fixtures_are_exported_as_before() -> None:
    from castle_bdd import AggregateTestFixture, SagaTestFixture
    from castle_bdd.fixtures.aggregate import AggregateTestFixture as Aggregate
    from castle_bdd.fixtures.saga import SagaTestFixture as Saga

    assert (AggregateTestFixture, SagaTestFixture) == (Aggregate, Saga)
    assert castle_bdd.__all__ == sorted(castle_bdd.__all__)
    assert all(getattr(castle_bdd, name) is not None for name in castle_bdd.__all__)


def test_an_unknown_name_is_still_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="has no attribute 'AggregateFixture'"):
        castle_bdd.AggregateFixture  # noqa: B018


def test_a_matcher_is_told_apart_from_other_values() -> None:
    from hamcrest import equal_to

    assert is_matcher(equal_to(3))
    assert not is_matcher(3)
    assert not is_matcher(equal_to)
    description = string_description()
    equal_to(3).describe_to(description)
    assert str(description) == "<3>"


def test_a_run_of_the_step_library_leaves_the_living_document_unloaded() -> None:
    modules = ("castle_bdd.docs.formatter", "castle_bdd.docs.model", "castle_bdd.docs.rendering")
    loaded = _loaded_after("import castle_bdd.behave, castle_bdd.steps, castle_bdd.tags", *modules)
    assert loaded == dict.fromkeys(modules, False)


def test_the_living_document_names_load_on_first_use() -> None:
    import castle_bdd.docs
    from castle_bdd.docs.formatter import LivingDocFormatter
    from castle_bdd.docs.rendering import render

    assert castle_bdd.docs.LivingDocFormatter is LivingDocFormatter
    assert castle_bdd.docs.render is render
    with pytest.raises(AttributeError, match="has no attribute 'Formatter'"):
        castle_bdd.docs.Formatter  # noqa: B018


def test_the_words_for_an_unmatched_step_load_when_a_step_needs_them() -> None:
    # a passing run never reaches them; tests/steps check the messages they write
    modules = ("castle_bdd.gherkin.unmatched", "castle_bdd.gherkin.sentences")
    loaded = _loaded_after("import castle_bdd.steps, castle_bdd.fixtures.aggregate", *modules)
    assert loaded == dict.fromkeys(modules, False)


@pytest.mark.parametrize(
    ("module", "read", "without", "with_it"),
    [
        pytest.param(
            "castle_bdd.gherkin.inline_tokens",
            "from castle_bdd.gherkin.inline import parse_inline_fields as read\nread({!r})",
            'card_id "GC-1" and amount 30',
            "terms and conditions true, amount 30",
            id="the general reading of inline fields, with the first line it reads",
        ),
        pytest.param(
            "castle_bdd.gherkin.choices",
            "from castle_bdd.gherkin.catalogue import build_catalogue\nbuild_catalogue([{!r}])",
            "examples.giftcard",
            "examples.subscription",
            id="the converters of enums and literals, with the first such field",
        ),
    ],
)
def test_a_reader_few_runs_need_loads_when_first_needed(
    module: str, read: str, without: str, with_it: str
) -> None:
    plain = _loaded_after(read.format(without), module)
    needed = _loaded_after(read.format(with_it), module)
    assert (plain, needed) == ({module: False}, {module: True})


def test_the_tables_of_a_failed_check_load_with_the_first_failure() -> None:
    # tests/gherkin check the tables a failed Then step draws
    loaded = _loaded_after(
        "import castle_bdd.steps, castle_bdd.fixtures.aggregate", "castle_bdd.gherkin.report"
    )
    assert loaded == {"castle_bdd.gherkin.report": False}


def test_the_protocols_of_the_gherkin_layer_are_for_the_type_checker_alone() -> None:
    # gherkin/seam.py and gherkin/model.py are read by mypy; at run time nothing needs them
    modules = ("castle_bdd.gherkin.seam", "castle_bdd.gherkin.model")
    loaded = _loaded_after(
        "import castle_bdd.steps, castle_bdd.fixtures.aggregate, castle_bdd.fixtures.saga",
        *modules,
    )
    assert loaded == dict.fromkeys(modules, False)


def test_a_run_that_schedules_nothing_leaves_the_timeline_unloaded() -> None:
    # an aggregate suite without deadlines: the stubs load when a scenario first schedules
    modules = (
        "castle_bdd.scheduling.items",
        "castle_bdd.scheduling.timeline",
        "castle_bdd.scheduling.deadline_manager",
        "castle_bdd.scheduling.event_scheduler",
    )
    loaded = _loaded_after(
        "import castle_bdd.behave, castle_bdd.steps, castle_bdd.fixtures.aggregate", *modules
    )
    assert loaded == dict.fromkeys(modules, False)


def test_the_scheduling_names_load_on_first_use() -> None:
    import castle_bdd.scheduling as scheduling
    from castle_bdd.scheduling.deadline_manager import StubDeadlineManager
    from castle_bdd.scheduling.items import ScheduledItem

    assert scheduling.StubDeadlineManager is StubDeadlineManager
    assert scheduling.ScheduledItem is ScheduledItem
    assert all(getattr(scheduling, name) is not None for name in scheduling.__all__)
    with pytest.raises(AttributeError, match="has no attribute 'Deadline'"):
        scheduling.Deadline  # noqa: B018


def test_the_words_for_an_unreadable_feature_file_load_with_the_first_one() -> None:
    # tests/test_unparsable.py and tests/steps check what they say
    modules = ("castle_bdd.unparsable", "castle_bdd.encoding")
    loaded = _loaded_after("import castle_bdd.behave, castle_bdd.steps", *modules)
    assert loaded == dict.fromkeys(modules, False)


def test_a_saga_suite_loads_no_event_store() -> None:
    # a saga fixture keeps no events; the aggregate fixture imports the store it uses
    modules = ("castle_bdd.eventstore.base", "castle_bdd.eventstore.in_memory")
    loaded = _loaded_after(
        "import castle_bdd.behave, castle_bdd.steps, castle_bdd.fixtures.saga", *modules
    )
    assert loaded == dict.fromkeys(modules, False)


def test_the_event_store_names_load_on_first_use() -> None:
    import castle_bdd.eventstore as eventstore
    from castle_bdd.eventstore.base import EventStore
    from castle_bdd.eventstore.in_memory import InMemoryEventStore

    assert (eventstore.EventStore, eventstore.InMemoryEventStore) == (
        EventStore,
        InMemoryEventStore,
    )
    assert all(getattr(eventstore, name) is not None for name in eventstore.__all__)
