"""A text value object whose constructor has a bug."""

from __future__ import annotations

from dataclasses import dataclass

from castle_bdd import Aggregate, command_handler, event_sourcing_handler


class Postcode(str):
    def __new__(cls, text: str) -> Postcode:
        parts = text.split(" ")
        parts[1]  # bug
        return super().__new__(cls, text)


@dataclass(frozen=True)
class RegisterHouse:
    house_id: str
    postcode: Postcode


@dataclass(frozen=True)
class HouseRegistered:
    house_id: str
    postcode: Postcode


class House(Aggregate):
    @command_handler
    def register(self, command: RegisterHouse) -> None:
        self.apply(HouseRegistered(command.house_id, command.postcode))

    @event_sourcing_handler
    def on_registered(self, event: HouseRegistered) -> None:
        self.id = event.house_id
