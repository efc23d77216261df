"""The helper module of ``circular_import``, which imports a class from it."""

from __future__ import annotations

from tests.mistakes.domains.circular_import import PostParcel


def postage(parcel: PostParcel) -> int:
    return 1
