# wrong: PlaceOrder.ship_to
# fix: city
# line: 7
Feature: Nested field missing

  Scenario: nested field missing
    When the command PlaceOrder is sent:
      """
      {"order_id": "6f1c2a4e-0000-4000-8000-000000000001", "customer": "Ada", "lines": [], "ship_to": {"street": "a"}}
      """
    Then the command succeeds
