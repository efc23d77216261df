"""Wallets, written against castlecraft-engineer's API alone: castle-bdd appears nowhere.

An event-sourced ``Wallet`` aggregate; one ``CommandHandler`` per command, given the
event store and the event bus by castlecraft's punq container; an event handler that
flags large withdrawals through the external publisher; snapshots in a
``SnapshotStore``; and a projector of totals.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from castlecraft_engineer.abstractions.command import Command
from castlecraft_engineer.abstractions.command_handler import CommandHandler
from castlecraft_engineer.abstractions.event import Event
from castlecraft_engineer.abstractions.event_bus import EventBus
from castlecraft_engineer.abstractions.event_handler import EventHandler
from castlecraft_engineer.abstractions.event_publisher import ExternalEventPublisher
from castlecraft_engineer.abstractions.event_sourced_aggregate import EventSourcedAggregate
from castlecraft_engineer.abstractions.event_store import EventStore
from castlecraft_engineer.abstractions.projector import Projector
from castlecraft_engineer.abstractions.snapshot import Snapshot
from castlecraft_engineer.abstractions.snapshot_store import SnapshotStore
from castlecraft_engineer.authorization.base_service import AuthorizationError
from castlecraft_engineer.authorization.permission import Permission
from castlecraft_engineer.authorization.types import Action, BaseStringEnum


class WalletResource(BaseStringEnum):
    """What permissions are about."""

    WALLET = "wallet"


#: Who may take money out of a wallet.
WITHDRAW_PERMISSION = Permission(action=Action.UPDATE, resource=WalletResource.WALLET)

#: A withdrawal from this amount up is flagged for review.
LARGE_WITHDRAWAL = 500

#: A wallet is snapshotted every this many events.
SNAPSHOT_EVERY = 5


@dataclass(frozen=True)
class OpenWallet(Command):
    """Open a new, empty wallet for its owner."""

    wallet_id: str
    owner: str


@dataclass(frozen=True)
class DepositMoney(Command):
    """Put money into a wallet."""

    wallet_id: str
    amount: int


@dataclass(frozen=True)
class WithdrawMoney(Command):
    """Take money out of a wallet (only with the permission to)."""

    wallet_id: str
    amount: int


@dataclass(frozen=True, kw_only=True)
class WalletOpened(Event):
    """A wallet was opened."""

    wallet_id: str
    owner: str


@dataclass(frozen=True, kw_only=True)
class MoneyDeposited(Event):
    """Money went into a wallet."""

    wallet_id: str
    amount: int


@dataclass(frozen=True, kw_only=True)
class MoneyWithdrawn(Event):
    """Money came out of a wallet."""

    wallet_id: str
    amount: int


@dataclass(frozen=True, kw_only=True)
class LargeWithdrawalFlagged(Event):
    """A withdrawal was large enough to be reviewed."""

    wallet_id: str
    amount: int


class InsufficientFunds(Exception):
    """The wallet holds less than the amount asked for."""


class WalletNotFound(Exception):
    """No wallet has that id."""


class Wallet(EventSourcedAggregate[str]):
    """A wallet with an owner and a balance."""

    def __init__(self, id: str, version: int = -1) -> None:
        self.owner = ""
        self.balance = 0
        super().__init__(id, version)

    def _register_event_appliers(self) -> None:
        self._register_applier(WalletOpened, self._opened)
        self._register_applier(MoneyDeposited, self._deposited)
        self._register_applier(MoneyWithdrawn, self._withdrawn)

    def open(self, owner: str) -> None:
        """Open this wallet for ``owner``."""
        self._record_and_apply_event(WalletOpened(wallet_id=self.id, owner=owner))

    def deposit(self, amount: int) -> None:
        """Put ``amount`` in."""
        if amount <= 0:
            raise ValueError("a deposit must be positive")
        self._record_and_apply_event(MoneyDeposited(wallet_id=self.id, amount=amount))

    def withdraw(self, amount: int) -> None:
        """Take ``amount`` out, if the balance covers it."""
        if amount > self.balance:
            raise InsufficientFunds(f"balance is {self.balance}")
        self._record_and_apply_event(MoneyWithdrawn(wallet_id=self.id, amount=amount))

    def _opened(self, event: Any) -> None:
        self.owner = event.owner

    def _deposited(self, event: Any) -> None:
        self.balance += event.amount

    def _withdrawn(self, event: Any) -> None:
        self.balance -= event.amount

    @classmethod
    def from_snapshot(cls, snapshot: Snapshot[str], later_events: list[Event]) -> Wallet:
        """The wallet as its snapshot left it, with the events stored since applied."""
        wallet = cls(snapshot.aggregate_id, version=snapshot.version)
        wallet._apply_snapshot_state(snapshot.aggregate_state)
        for event in later_events:
            wallet._apply_event(event)
        return wallet

    def _get_snapshot_state(self) -> Any:
        return {"owner": self.owner, "balance": self.balance}

    def _apply_snapshot_state(self, state: Any) -> None:
        self.owner, self.balance = state["owner"], state["balance"]


class WalletCommandHandler:
    """What every wallet handler does: load a wallet, store and publish its new events.

    A wallet is loaded from its latest snapshot and the events stored since, and
    snapshotted again each time its events pass a multiple of SNAPSHOT_EVERY.
    """

    def __init__(
        self, store: EventStore[str], bus: EventBus, snapshots: SnapshotStore[str]
    ) -> None:
        self.store = store
        self.bus = bus
        self.snapshots = snapshots

    async def load(self, wallet_id: str) -> Wallet:
        snapshot = await self.snapshots.get_latest_snapshot(wallet_id)
        if snapshot is not None:
            later = await self.store.load_events(wallet_id, from_version=snapshot.version)
            return Wallet.from_snapshot(snapshot, later)
        history = await self.store.load_events(wallet_id)
        if not history:
            raise WalletNotFound(wallet_id)
        return Wallet.load_from_history(wallet_id, history)

    async def save(self, wallet: Wallet) -> None:
        events = wallet.pull_uncommitted_events()
        before = wallet.version - len(events)
        await self.store.append_events(wallet.id, before, events)
        if (wallet.version + 1) // SNAPSHOT_EVERY > (before + 1) // SNAPSHOT_EVERY:
            await self.snapshots.save_snapshot(wallet.create_snapshot())
        await self.bus.publish_batch(events)


class OpenWalletHandler(WalletCommandHandler, CommandHandler[OpenWallet]):
    """Opens wallets."""

    async def execute(self, command: OpenWallet, *args: Any, **kwargs: Any) -> str:
        wallet = Wallet(command.wallet_id)
        wallet.open(command.owner)
        await self.save(wallet)
        return wallet.id


class DepositMoneyHandler(WalletCommandHandler, CommandHandler[DepositMoney]):
    """Takes deposits; returns the new balance."""

    async def execute(self, command: DepositMoney, *args: Any, **kwargs: Any) -> int:
        wallet = await self.load(command.wallet_id)
        wallet.deposit(command.amount)
        await self.save(wallet)
        return wallet.balance


class WithdrawMoneyHandler(WalletCommandHandler, CommandHandler[WithdrawMoney]):
    """Pays out, to subjects allowed to; returns the new balance."""

    async def authorize(
        self,
        subject_id: str | None = None,
        permissions: list[Permission] = [],  # noqa: B006 - castlecraft's own signature
        *args: Any,
        **kwargs: Any,
    ) -> bool:
        return subject_id is not None and WITHDRAW_PERMISSION in permissions

    async def execute(
        self,
        command: WithdrawMoney,
        *args: Any,
        subject_id: str | None = None,
        permissions: list[Permission] = [],  # noqa: B006 - castlecraft's own signature
        **kwargs: Any,
    ) -> int:
        if not await self.authorize(subject_id=subject_id, permissions=permissions):
            raise AuthorizationError(subject_id, [WITHDRAW_PERMISSION], "may not withdraw")
        wallet = await self.load(command.wallet_id)
        wallet.withdraw(command.amount)
        await self.save(wallet)
        return wallet.balance


class LargeWithdrawalAlert(EventHandler[MoneyWithdrawn]):
    """Flags large withdrawals to the outside world."""

    def __init__(self, publisher: ExternalEventPublisher) -> None:
        self.publisher = publisher

    async def handle(self, event: MoneyWithdrawn) -> None:
        if event.amount >= LARGE_WITHDRAWAL:
            flagged = LargeWithdrawalFlagged(wallet_id=event.wallet_id, amount=event.amount)
            await self.publisher.publish([flagged])


class WalletTotals(Projector):
    """How much went into and out of all wallets."""

    def __init__(self, projection_store: Any) -> None:
        self.deposited = 0
        self.withdrawn = 0
        self.wallets = 0
        super().__init__(projection_store)

    @property
    def projection_id(self) -> str:
        return "wallet-totals"

    def _register_event_handlers(self) -> None:
        self._register_handler(WalletOpened, self._opened)
        self._register_handler(MoneyDeposited, self._deposited)
        self._register_handler(MoneyWithdrawn, self._withdrawn)

    def _opened(self, event: Any) -> None:
        self.wallets += 1

    def _deposited(self, event: Any) -> None:
        self.deposited += event.amount

    def _withdrawn(self, event: Any) -> None:
        self.withdrawn += event.amount
