"""A domain module that imports a helper module which imports it back: a circle."""

from __future__ import annotations

from dataclasses import dataclass

from tests.mistakes.domains.circular_import_helper import postage  # noqa: F401  # bug


@dataclass(frozen=True)
class PostParcel:
    parcel_id: str
