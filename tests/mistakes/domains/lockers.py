"""Lockers: a handler that may return nothing (None) or refuse, and one that returns a flag."""

from __future__ import annotations

from dataclasses import dataclass

from castle_bdd import Aggregate, command_handler, event_sourcing_handler


@dataclass(frozen=True)
class InstallLockers:
    bank_id: str
    free: int


@dataclass(frozen=True)
class RentLocker:
    bank_id: str
    wait: bool = False


@dataclass(frozen=True)
class CheckLockers:
    bank_id: str


@dataclass(frozen=True)
class LockersInstalled:
    bank_id: str
    free: int


@dataclass(frozen=True)
class LockerRented:
    bank_id: str
    number: int


class NoLockerFree(Exception):
    """Every locker is taken and the customer would not wait."""


class LockerBank(Aggregate):
    def __init__(self) -> None:
        self.free = 0

    @command_handler
    def install(self, command: InstallLockers) -> None:
        self.apply(LockersInstalled(command.bank_id, command.free))

    @command_handler
    def rent(self, command: RentLocker) -> int | None:
        """The number of the locker, or None when the customer waits for one."""
        if not self.free:
            if command.wait:
                return None
            raise NoLockerFree(f"all lockers of {command.bank_id} are taken")
        self.apply(LockerRented(command.bank_id, self.free))
        return self.free

    @command_handler
    def check(self, command: CheckLockers) -> object:
        """Whether a locker is free (a flag, under a loose return type)."""
        return self.free > 0

    @event_sourcing_handler
    def on_installed(self, event: LockersInstalled) -> None:
        self.id = event.bank_id
        self.free = event.free

    @event_sourcing_handler
    def on_rented(self, event: LockerRented) -> None:
        self.free -= 1
