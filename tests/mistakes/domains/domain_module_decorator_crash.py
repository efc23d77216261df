"""A class decorator of a domain module crashes at import."""

from __future__ import annotations

from dataclasses import dataclass

REGISTRY: dict[str, type] = {}


def registered(name: str):  # type: ignore[no-untyped-def,unused-ignore]
    def mark(cls: type) -> type:
        REGISTRY[name].append(cls)  # type: ignore[attr-defined]  # bug
        return cls

    return mark


@registered("mail")
@dataclass(frozen=True)
class PostParcel:
    parcel_id: str
