# wrong: OrderShipped.order_id: cannot read "ORDER-1" as a UUID
# fix: like 123e4567
# line: 7
Feature: F

  Scenario: s
    Given the event OrderShipped with order_id ORDER-1 and shipped_on 2026-01-01
    When the command ShipOrder is sent with order_id 6f1c2a4e-0000-4000-8000-000000000001
    Then the command fails with OrderAlreadyShipped
