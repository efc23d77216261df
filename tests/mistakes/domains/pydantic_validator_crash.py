"""A pydantic command whose field validator has a bug."""

from __future__ import annotations

import pydantic

from castle_bdd import Aggregate, command_handler, event_sourcing_handler


class PackCrate(pydantic.BaseModel):
    crate_id: str
    size: int

    @pydantic.field_validator("size")
    @classmethod
    def _whole_units(cls, value: int) -> int:
        return int(value // cls.unit)  # type: ignore[attr-defined]  # bug


class CratePacked(pydantic.BaseModel):
    crate_id: str


class Crate(Aggregate):
    @command_handler
    def pack(self, command: PackCrate) -> None:
        self.apply(CratePacked(crate_id=command.crate_id))

    @event_sourcing_handler
    def on_packed(self, event: CratePacked) -> None:
        self.id = event.crate_id
