"""An event whose ``__post_init__`` has a bug."""

from __future__ import annotations

from dataclasses import dataclass

from castle_bdd import Aggregate, command_handler, event_sourcing_handler


@dataclass(frozen=True)
class RegisterMember:
    member_id: str
    email: str


@dataclass(frozen=True)
class MemberRegistered:
    member_id: str
    email: str

    def __post_init__(self) -> None:
        if "@" not in self.email.lowercase():  # type: ignore[attr-defined]  # bug
            raise ValueError("not an email address")


class Member(Aggregate):
    @command_handler
    def register(self, command: RegisterMember) -> None:
        self.apply(MemberRegistered(command.member_id, command.email))

    @event_sourcing_handler
    def on_registered(self, event: MemberRegistered) -> None:
        self.id = event.member_id
