"""A field converter (an attrs converter) with a bug."""

from __future__ import annotations

import attrs

from castle_bdd import Aggregate, command_handler, event_sourcing_handler


def _grams(text: object) -> int:
    return int(float(str(text))) * 1000 // 0  # bug


@attrs.frozen
class WeighFlour:
    bag_id: str
    weight: float = attrs.field(converter=_grams)


@attrs.frozen
class FlourWeighed:
    bag_id: str
    weight: int


class FlourBag(Aggregate):
    @command_handler
    def weigh(self, command: WeighFlour) -> None:
        self.apply(FlourWeighed(command.bag_id, command.weight))  # type: ignore[arg-type]

    @event_sourcing_handler
    def on_weighed(self, event: FlourWeighed) -> None:
        self.id = event.bag_id
