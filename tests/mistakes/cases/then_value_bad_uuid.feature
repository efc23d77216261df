# wrong: OrderShipped.order_id: cannot read "12345" as a UUID
# fix: like 123e4567
# line: 8
Feature: Then uuid bad

  Scenario: then uuid
    When the command ShipOrder is sent with order_id 6f1c2a4e-0000-4000-8000-000000000001
    Then the event OrderShipped is published with order_id 12345
