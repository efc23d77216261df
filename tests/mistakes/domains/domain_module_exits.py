"""A domain module that calls sys.exit() while it is imported: a setting it needs is missing."""

from __future__ import annotations

import sys
from dataclasses import dataclass

from castle_bdd import Aggregate


@dataclass(frozen=True)
class TuneGuitar:
    guitar_id: str


TUNINGS = {"standard": "EADGBE"}
if "drop d" not in TUNINGS:
    sys.exit("no drop d tuning configured")  # bug


class Guitar(Aggregate):
    pass
