# wrong: PlaceOrder.ship_to
# fix: did you mean city?
# line: 7
Feature: Nested field typo

  Scenario: nested field typo
    When the command PlaceOrder is sent:
      """
      {"order_id": "6f1c2a4e-0000-4000-8000-000000000001", "customer": "Ada", "lines": [], "ship_to": {"street": "a", "cty": "b"}}
      """
    Then the command succeeds
