# wrong: cannot read "2026-02-30" as
# fix: date
# line: 7
Feature: Value bad date

  Scenario: value bad date
    Given the event OrderShipped with order_id 6f1c2a4e-0000-4000-8000-000000000001 and shipped_on 2026-02-30
    When the command ShipOrder is sent with order_id 6f1c2a4e-0000-4000-8000-000000000001
    Then the command succeeds
