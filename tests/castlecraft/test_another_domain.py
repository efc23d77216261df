"""A castlecraft domain of another shape, in a project of its own, run by behave.

Its handlers take a repository class of the domain and castlecraft's
AuthorizationService, declare permissions with ``@ctx``, and it has two aggregates,
package-level imports and an event handler typed by its ``handle`` method only.
"""

from __future__ import annotations

from pathlib import Path

from tests.cli.support import run_behave, write

DOMAIN = """
from dataclasses import dataclass
from typing import Any

from castlecraft_engineer.abstractions import (
    Command,
    CommandHandler,
    Event,
    EventHandler,
    EventStore,
    ExternalEventPublisher,
)
from castlecraft_engineer.abstractions.event_sourced_aggregate import EventSourcedAggregate
from castlecraft_engineer.authorization.base_service import AuthorizationService
from castlecraft_engineer.authorization.permission import Permission, ctx
from castlecraft_engineer.authorization.types import Action, BaseStringEnum


class Things(BaseStringEnum):
    ORDER = "order"


@dataclass(frozen=True)
class PlaceOrder(Command):
    order_id: str
    customer_id: str
    total: int


@dataclass(frozen=True, kw_only=True)
class CustomerRegistered(Event):
    customer_id: str
    name: str


@dataclass(frozen=True, kw_only=True)
class OrderPlaced(Event):
    order_id: str
    customer_id: str
    total: int


@dataclass(frozen=True, kw_only=True)
class CustomerNotified(Event):
    customer_id: str


class Customer(EventSourcedAggregate[str]):
    def __init__(self, id: str, version: int = -1) -> None:
        self.name = ""
        super().__init__(id, version)

    def _register_event_appliers(self) -> None:
        self._register_applier(CustomerRegistered, self._registered)

    def _registered(self, event: Any) -> None:
        self.name = event.name

    def _get_snapshot_state(self) -> Any:
        return self.name

    def _apply_snapshot_state(self, state: Any) -> None:
        self.name = state


class Order(EventSourcedAggregate[str]):
    def __init__(self, id: str, version: int = -1) -> None:
        self.total = 0
        super().__init__(id, version)

    def _register_event_appliers(self) -> None:
        self._register_applier(OrderPlaced, self._placed)

    def place(self, customer_id: str, total: int) -> None:
        self._record_and_apply_event(
            OrderPlaced(order_id=self.id, customer_id=customer_id, total=total)
        )

    def _placed(self, event: Any) -> None:
        self.total = event.total

    def _get_snapshot_state(self) -> Any:
        return self.total

    def _apply_snapshot_state(self, state: Any) -> None:
        self.total = state


class OrderRepository:
    def __init__(self, store: EventStore) -> None:
        self.store = store

    async def add(self, order: Order) -> None:
        events = order.pull_uncommitted_events()
        await self.store.append_events(order.id, order.version - len(events), events)


class PlaceOrderHandler(CommandHandler[PlaceOrder]):
    def __init__(self, orders: OrderRepository, auth: AuthorizationService) -> None:
        self.orders = orders
        self.auth = auth

    @ctx(Permission(action=Action.CREATE, resource=Things.ORDER))
    async def execute(self, command: PlaceOrder, *args: Any, subject_id: Any = None,
                      permissions: Any = None, **kwargs: Any) -> None:
        await self.auth.check_permission(subject_id, kwargs["required_permissions"], permissions)
        order = Order(command.order_id)
        order.place(command.customer_id, command.total)
        await self.orders.add(order)


class Welcome(EventHandler):
    def __init__(self, publisher: ExternalEventPublisher) -> None:
        self.publisher = publisher

    async def handle(self, event: CustomerRegistered) -> None:
        await self.publisher.publish([CustomerNotified(customer_id=event.customer_id)])
"""

FEATURE = """
Feature: Orders
  Scenario: A permitted customer places an order
    Given the event CustomerRegistered with customer_id "C-1" and name "Ann"
    And the user "ann" may create the order
    When the command PlaceOrder is sent with order_id "O-1", customer_id "C-1" and total 30
    Then the event OrderPlaced is published with order_id "O-1" and total 30
    And the aggregate state has total 30

  Scenario: Without the permission the order is refused
    Given the commands are sent by "bob"
    When the command PlaceOrder is sent with order_id "O-1", customer_id "C-1" and total 30
    Then the command fails with AuthorizationError
    And no events are published
"""


def _project(root: Path) -> Path:
    return write(
        root,
        {
            "pyproject.toml": '[tool.castle_bdd]\ndomain = ["orders"]\n',
            "orders.py": DOMAIN,
            "steps/castle_steps.py": "from castle_bdd.steps import *  # noqa: F401,F403\n",
            "environment.py": "\n",
            "features/orders.feature": FEATURE,
        },
    )


def test_a_castlecraft_domain_of_another_shape_runs_green(tmp_path: Path) -> None:
    result = run_behave(_project(tmp_path), "-f", "plain")
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert "2 scenarios passed, 0 failed" in result.stdout


def test_its_authorization_service_refuses_with_the_missing_permission(tmp_path: Path) -> None:
    project = _project(tmp_path)
    feature = project / "features" / "orders.feature"
    feature.write_text(
        feature.read_text().replace(
            "Then the command fails with AuthorizationError",
            'Then the event OrderPlaced is published with order_id "O-1" and total 30',
        )
    )
    result = run_behave(project, "-f", "plain")
    assert result.returncode == 1
    assert "AuthorizationError" in result.stdout and "Things.ORDER" in result.stdout
    assert "Traceback" not in result.stdout
