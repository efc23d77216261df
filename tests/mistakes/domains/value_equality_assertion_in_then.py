"""A value object whose __eq__ asserts and fails when a Then step compares it."""

from __future__ import annotations

from dataclasses import dataclass

from castle_bdd import Aggregate, command_handler, event_sourcing_handler


class Species:
    def __init__(self, text: str) -> None:
        self.text = text

    def __eq__(self, other: object) -> bool:
        assert isinstance(other, str)  # bug
        return self.text == other

    def __hash__(self) -> int:
        return hash(self.text)

    def __repr__(self) -> str:
        return f"Species({self.text!r})"


@dataclass(frozen=True)
class PlantTree:
    tree_id: str
    species: Species


@dataclass(frozen=True)
class TreePlanted:
    tree_id: str
    species: Species


class Tree(Aggregate):
    @command_handler
    def plant(self, command: PlantTree) -> None:
        self.apply(TreePlanted(command.tree_id, command.species))

    @event_sourcing_handler
    def on_planted(self, event: TreePlanted) -> None:
        self.id = event.tree_id
