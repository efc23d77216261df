"""A domain module that fails while it is imported."""

from __future__ import annotations

from dataclasses import dataclass

from castle_bdd import Aggregate


@dataclass(frozen=True)
class PlantTree:
    tree_id: str


SPECIES = {"oak": 1}["elm"]  # bug


class Orchard(Aggregate):
    pass
