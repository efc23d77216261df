"""`CastlecraftTestFixture` on the wallet example: castlecraft's handlers, buses and store."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any
from uuid import UUID

import pytest
from castlecraft_engineer.abstractions.command import Command
from castlecraft_engineer.abstractions.command_handler import CommandHandler
from castlecraft_engineer.abstractions.event_store import EventStore
from castlecraft_engineer.authorization.base_service import AuthorizationError
from castlecraft_engineer.testing.event_store import InMemoryEventStore as CastlecraftOwnStore
from hamcrest import anything

from castle_bdd.castlecraft import CastlecraftDomain, CastlecraftEventStore, CastlecraftTestFixture
from castle_bdd.errors import FixtureUsageError
from castle_bdd.fixtures.accidents import AccidentalExceptionError
from castle_bdd.fixtures.expectations import ExpectationFailed
from castle_bdd.gherkin.catalogue import build_catalogue
from castle_bdd.gherkin.errors import GherkinError
from castle_bdd.gherkin.state_checks import check_result
from examples.wallet import (
    WITHDRAW_PERMISSION,
    DepositMoney,
    DepositMoneyHandler,
    InsufficientFunds,
    LargeWithdrawalAlert,
    LargeWithdrawalFlagged,
    MoneyDeposited,
    MoneyWithdrawn,
    OpenWallet,
    OpenWalletHandler,
    Wallet,
    WalletOpened,
    WalletTotals,
    WithdrawMoney,
    WithdrawMoneyHandler,
)

DOMAIN = CastlecraftDomain(
    command_handlers=(OpenWalletHandler, DepositMoneyHandler, WithdrawMoneyHandler),
    event_handlers=(LargeWithdrawalAlert,),
    projectors=(WalletTotals,),
)
OPENED = WalletOpened(wallet_id="W-1", owner="ann")


def _fixture(store: EventStore[Any] | None = None) -> CastlecraftTestFixture[Wallet]:
    return CastlecraftTestFixture(Wallet, DOMAIN, store)


def test_a_command_s_stored_events_are_the_when_phase_s_events() -> None:
    result = (
        _fixture()
        .given(OPENED, MoneyDeposited(wallet_id="W-1", amount=100))
        .when(DepositMoney("W-1", 50))
    )
    result.expect_events(MoneyDeposited(wallet_id="W-1", amount=50)).expect_result(150)
    result.expect_state({"balance": 150, "owner": "ann"})


def test_the_aggregate_is_loaded_from_history_with_castlecraft_s_version() -> None:
    result = _fixture().given(OPENED).when(DepositMoney("W-1", 5))
    wallet = result.aggregate
    assert isinstance(wallet, Wallet)
    assert (wallet.id, wallet.version, wallet.balance) == ("W-1", 1, 5)  # type: ignore[unreachable]


def test_given_events_land_in_the_stream_their_id_field_names() -> None:
    fixture = _fixture()
    fixture.given(OPENED, WalletOpened(wallet_id="W-2", owner="bob"))
    store = fixture.event_store
    assert asyncio.run(store.get_current_version("W-1")) == 0
    assert asyncio.run(store.get_current_version("W-2")) == 0


def test_an_expected_event_needs_no_event_id_or_time() -> None:
    result = _fixture().given(OPENED).when(DepositMoney("W-1", 5))
    with pytest.raises(ExpectationFailed, match="amount"):
        result.expect_events(MoneyDeposited(wallet_id="W-1", amount=6))


def test_a_refused_command_fails_with_castlecraft_s_authorization_error() -> None:
    result = _fixture().given(OPENED).when(WithdrawMoney("W-1", 1))
    result.expect_exception(AuthorizationError).expect_no_events()


def test_a_permitted_subject_is_passed_to_the_handler() -> None:
    fixture = _fixture().acting_as("ann", [WITHDRAW_PERMISSION])
    result = fixture.given(OPENED, MoneyDeposited(wallet_id="W-1", amount=10)).when(
        WithdrawMoney("W-1", 4)
    )
    result.expect_events(MoneyWithdrawn(wallet_id="W-1", amount=4)).expect_result(6)


def test_a_uuid_subject_is_passed_to_the_handler_as_it_is() -> None:
    # an identity provider's subject is often a UUID: castlecraft's bus passes it on
    subject = UUID("12345678-1234-5678-1234-567812345678")
    seen: list[object] = []

    class WhoAmI(Command):
        pass

    class WhoAmIHandler(CommandHandler[WhoAmI]):
        async def authorize(self, subject_id: Any = None, *args: Any, **kwargs: Any) -> bool:
            seen.append(subject_id)
            return bool(subject_id == subject)

        async def execute(
            self, command: WhoAmI, *args: Any, subject_id: Any = None, **kwargs: Any
        ) -> Any:
            if not await self.authorize(subject_id=subject_id):
                raise AuthorizationError(subject_id, [], "not this subject")
            return subject_id

    fixture = _fixture().register_command_handler(WhoAmIHandler).acting_as(subject)
    fixture.given(OPENED).when(WhoAmI()).expect_result(subject)
    assert seen == [subject]
    fixture = _fixture().acting_as(subject, [WITHDRAW_PERMISSION])
    result = fixture.given(OPENED, MoneyDeposited(wallet_id="W-1", amount=10))
    result.when(WithdrawMoney("W-1", 4)).expect_result(6)


def test_a_domain_exception_is_the_outcome_with_the_handler_s_frames() -> None:
    fixture = _fixture().acting_as("ann", [WITHDRAW_PERMISSION])
    result = fixture.given(OPENED).when(WithdrawMoney("W-1", 4))
    result.expect_exception(InsufficientFunds).expect_exception_message("balance is 0")
    frames = [frame.name for frame in _frames(result.exception)]
    assert "withdraw" in frames


def test_events_published_but_not_stored_count_once_after_the_stored_ones() -> None:
    fixture = _fixture().acting_as("ann", [WITHDRAW_PERMISSION])
    deposited = MoneyDeposited(wallet_id="W-1", amount=800)
    result = fixture.given(OPENED, deposited).when(WithdrawMoney("W-1", 700))
    result.expect_events(
        MoneyWithdrawn(wallet_id="W-1", amount=700),
        LargeWithdrawalFlagged(wallet_id="W-1", amount=700),
    )


def test_events_published_but_not_stored_are_not_among_the_stored_ones() -> None:
    fixture = _fixture().acting_as("ann", [WITHDRAW_PERMISSION])
    deposited = MoneyDeposited(wallet_id="W-1", amount=800)
    result = fixture.given(OPENED, deposited).when(WithdrawMoney("W-1", 700))
    result.expect_stored_events(MoneyWithdrawn(wallet_id="W-1", amount=700))
    with pytest.raises(ExpectationFailed, match="stored events"):
        result.expect_stored_events(
            MoneyWithdrawn(wallet_id="W-1", amount=700),
            LargeWithdrawalFlagged(wallet_id="W-1", amount=700),
        )


def test_given_commands_run_through_the_bus() -> None:
    result = _fixture().given_commands(OpenWallet("W-9", "cy")).when(DepositMoney("W-9", 3))
    result.expect_events(MoneyDeposited(wallet_id="W-9", amount=3))
    assert [m.payload.owner for m in result.given_events] == ["cy"]  # type: ignore[attr-defined]


def test_a_failing_given_command_stops_the_scenario_with_its_reason() -> None:
    with pytest.raises(FixtureUsageError, match="the given command DepositMoney failed"):
        _fixture().given_commands(DepositMoney("nowhere", 3))


def test_a_projection_is_fed_every_stored_event_in_order() -> None:
    fixture = _fixture().acting_as("ann", [WITHDRAW_PERMISSION])
    fixture.given(OPENED, MoneyDeposited(wallet_id="W-1", amount=10)).when(WithdrawMoney("W-1", 3))
    totals = fixture.projection(WalletTotals)
    assert isinstance(totals, WalletTotals)
    assert (totals.wallets, totals.deposited, totals.withdrawn) == (1, 10, 3)


@pytest.mark.parametrize("store_class", [CastlecraftEventStore, CastlecraftOwnStore])
def test_the_user_s_own_castlecraft_store_is_used_as_it_is(store_class: type) -> None:
    store = store_class()
    _fixture(store).given(OPENED).when(DepositMoney("W-1", 2)).expect_result(2)
    assert [type(event) for event in asyncio.run(store.load_events("W-1"))] == [
        WalletOpened,
        MoneyDeposited,
    ]


def test_a_conflict_in_the_handler_is_castlecraft_s_conflict_error() -> None:
    from castlecraft_engineer.abstractions.event_store import EventStoreConflictError

    class Replay(Command):
        pass

    class ReplayHandler(CommandHandler[Replay]):
        def __init__(self, store: EventStore[str]) -> None:
            self.store = store

        async def execute(self, command: Replay, *args: Any, **kwargs: Any) -> None:
            await self.store.append_events("W-1", -1, [OPENED])

    fixture = _fixture().register_command_handler(ReplayHandler)
    fixture.given(OPENED).when(Replay()).expect_exception(EventStoreConflictError)


def test_the_catalogue_finds_castlecraft_classes_and_makes_this_fixture() -> None:
    catalogue = build_catalogue(["examples.wallet"])
    assert catalogue.aggregates_handling(WithdrawMoney) == [Wallet]
    assert catalogue.aggregates_sourcing(MoneyDeposited) == [Wallet]
    spec = catalogue.message("money deposited")
    assert (spec.message_type, spec.kind.value, spec.certain) == (MoneyDeposited, "event", True)
    assert catalogue.exception("AuthorizationError") is AuthorizationError
    fixture = catalogue.fixture_makers[Wallet](None)
    assert isinstance(fixture, CastlecraftTestFixture)


def test_a_then_reads_the_result_as_the_handler_class_declares_it() -> None:
    # `Then the command returns "150"`: the handler's execute returns an int
    catalogue = build_catalogue(["examples.wallet"])
    assert catalogue.result_types[DepositMoney] is int
    validator = catalogue.fixture_makers[Wallet](None).given(OPENED).when(DepositMoney("W-1", 50))
    check_result(validator, None, DepositMoney("W-1", 50), "50", True, int)
    with pytest.raises(GherkinError, match=r"returned 50 \(a whole number\), not 50 \(text\)"):
        check_result(validator, None, DepositMoney("W-1", 50), "50", True)


def test_only_event_sourced_aggregates_are_taken() -> None:
    with pytest.raises(FixtureUsageError, match="EventSourcedAggregate"):
        CastlecraftTestFixture(OpenWallet)  # type: ignore[type-var]


def _frames(error: BaseException | None) -> list[Any]:
    import traceback

    assert error is not None
    return list(traceback.extract_tb(error.__traceback__))


def test_a_closed_scenario_is_freed_without_the_garbage_collector() -> None:
    import gc
    import weakref

    fixture = _fixture()
    result = fixture.given(OPENED).when(DepositMoney("W-1", 5))
    scenario = weakref.ref(fixture._scenario)
    fixture.close()
    result.expect_events(MoneyDeposited(wallet_id="W-1", amount=5)).expect_result(5)
    gc.disable()
    try:
        del fixture, result
        assert scenario() is None
    finally:
        gc.enable()


def test_handlers_keep_snapshots_in_the_scenario_s_snapshot_store() -> None:
    fixture = _fixture()
    deposits = [DepositMoney("W-5", 10) for _ in range(5)]
    fixture.given_commands(OpenWallet("W-5", "di"), *deposits)
    snapshot = asyncio.run(fixture.snapshot_store.get_latest_snapshot("W-5"))
    assert snapshot is not None
    assert (snapshot.version, snapshot.aggregate_state) == (4, {"owner": "di", "balance": 40})
    fixture.when(DepositMoney("W-5", 1)).expect_result(51).expect_state({"balance": 51})


def test_a_handler_reads_the_snapshot_rather_than_the_whole_history() -> None:
    from castlecraft_engineer.abstractions.snapshot import Snapshot

    fixture = _fixture()
    fixture.given(OPENED)
    kept = Snapshot(aggregate_id="W-1", aggregate_state={"owner": "ann", "balance": 700}, version=0)
    asyncio.run(fixture.snapshot_store.save_snapshot(kept))  # type: ignore[arg-type]
    fixture.when(DepositMoney("W-1", 1)).expect_result(701)


def test_a_handler_that_asks_for_the_container_gets_the_scenario_s() -> None:
    import punq

    fixture = _fixture()
    fixture.given(OPENED)
    assert fixture.container.resolve(punq.Container) is fixture.container
    assert fixture.container.resolve(EventStore) is fixture.event_store


def test_a_command_goes_to_the_aggregate_its_handler_or_its_base_names() -> None:
    from castle_bdd.castlecraft.catalogue import add_castlecraft_classes
    from castle_bdd.gherkin.catalogue import Catalogue
    from tests.castlecraft import two_aggregates as domain

    catalogue = Catalogue(("two_aggregates",))
    add_castlecraft_classes(catalogue, [v for v in vars(domain).values() if isinstance(v, type)])
    assert catalogue.aggregates_handling(domain.Rename) == [domain.Shelf]
    assert catalogue.aggregates_handling(domain.Lend) == [domain.Book]


def _locker_fixture() -> CastlecraftTestFixture[Any]:
    from tests.mistakes.domains import castlecraft_event_handler_crash as lockers

    domain = CastlecraftDomain(
        command_handlers=(lockers.RentLockerHandler,), event_handlers=(lockers.RentalReceipt,)
    )
    return CastlecraftTestFixture(lockers.Locker, domain)


def test_an_event_handler_s_crash_is_kept_and_castlecraft_still_logs_it(
    caplog: pytest.LogCaptureFixture,
) -> None:
    from tests.mistakes.domains.castlecraft_event_handler_crash import LockerRented, RentLocker

    result = _locker_fixture().given_no_prior_activity().when(RentLocker("L-1"))
    # as castlecraft runs it: the command succeeds, the bus logs the handler's exception
    result.expect_successful_handler_execution().expect_events(LockerRented(locker_id="L-1"))
    [crash] = result.handler_crashes
    assert crash.handler == "the event handler RentalReceipt, run after the command RentLocker,"
    assert isinstance(crash.exception, AttributeError)
    assert "Error in event handler RentalReceipt" in caplog.text


def test_an_event_handler_s_accident_fails_every_expectation_when_asked() -> None:
    from tests.mistakes.domains import castlecraft_event_handler_crash as lockers
    from tests.mistakes.domains.castlecraft_event_handler_crash import LockerRented, RentLocker

    fixture = _locker_fixture().set_fail_on_accidental_exceptions()
    result = fixture.given_no_prior_activity().when(RentLocker("L-1"))
    with pytest.raises(AccidentalExceptionError) as failure:
        result.expect_events(LockerRented(locker_id="L-1"))
    report = str(failure.value)
    assert report.startswith(
        "The event handler RentalReceipt, run after the command RentLocker, crashed with "
        "AttributeError"
    )
    source = Path(lockers.__file__).read_text().splitlines()
    bug_line = next(n for n, line in enumerate(source, 1) if line.endswith("# bug"))
    assert f"castlecraft_event_handler_crash.py:{bug_line} in handle" in report
    assert "the command itself succeeded" in report


def test_an_event_handler_s_accident_fails_the_expectations_of_success_too() -> None:
    """The command succeeded, but a strict fixture's expectations all fail on the crash."""
    from tests.mistakes.domains.castlecraft_event_handler_crash import RentLocker

    fixture = _locker_fixture().set_fail_on_accidental_exceptions()
    result = fixture.given_no_prior_activity().when(RentLocker("L-1"))
    expectations = (
        result.expect_successful_handler_execution,
        lambda: result.expect_result(None),
        lambda: result.expect_result_matching(anything()),
    )
    for expectation in expectations:
        with pytest.raises(AccidentalExceptionError, match="RentalReceipt, run after the command"):
            expectation()


def test_an_event_handler_s_meant_exception_is_kept_but_fails_nothing() -> None:
    from tests.mistakes.domains.castlecraft_event_handler_crash import LockerRented, RentLocker

    class Refused(Exception):
        pass

    async def refuse(self: object, event: object) -> None:
        raise Refused("no receipts today")

    fixture = _locker_fixture().set_fail_on_accidental_exceptions()
    with pytest.MonkeyPatch.context() as patch:
        from tests.mistakes.domains.castlecraft_event_handler_crash import RentalReceipt

        patch.setattr(RentalReceipt, "handle", refuse)
        result = fixture.given_no_prior_activity().when(RentLocker("L-1"))
    result.expect_events(LockerRented(locker_id="L-1"))
    assert [type(crash.exception) for crash in result.handler_crashes] == [Refused]


def test_an_event_handler_s_crash_after_a_given_command_names_that_command() -> None:
    from tests.mistakes.domains.castlecraft_event_handler_crash import RentLocker

    fixture = _locker_fixture()
    result = fixture.given_commands(RentLocker("L-1")).when(RentLocker("L-2"))
    given, when = (crash.handler for crash in result.handler_crashes)
    assert given == "the event handler RentalReceipt, run after the given command RentLocker,"
    assert when == "the event handler RentalReceipt, run after the command RentLocker,"


def test_an_event_handler_whose_constructor_crashes_is_a_crash_too() -> None:
    from tests.mistakes.domains.castlecraft_event_handler_crash import RentalReceipt, RentLocker

    def broken(self):  # no hints: punq would try to build what each one names
        self.printer.start()

    fixture = _locker_fixture().set_fail_on_accidental_exceptions()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(RentalReceipt, "__init__", broken)
        result = fixture.given_no_prior_activity().when(RentLocker("L-1"))
    [crash] = result.handler_crashes
    assert isinstance(crash.exception, AttributeError)
    with pytest.raises(AccidentalExceptionError, match="RentalReceipt, run after the command"):
        result.expect_no_events()


def test_a_projector_s_crash_is_logged_in_the_frames_of_its_handler(
    caplog: pytest.LogCaptureFixture,
) -> None:
    import logging

    class Broken(WalletTotals):
        def _deposited(self, event: Any) -> None:
            self.deposited += event.amont

    fixture = _fixture()
    fixture.given(OPENED).when(DepositMoney("W-1", 2))
    with pytest.raises(AttributeError):
        fixture.projection(Broken)
    (record,) = [r for r in caplog.records if r.exc_info]
    text = logging.Formatter().format(record)
    assert "test_fixture.py" in text and "in _deposited" in text
    assert "self.deposited += event.amont" in text
    assert "castlecraft_engineer" not in text and "Traceback" not in text
