# wrong: PlaceOrder.lines
# fix: JSON
# line: 7
Feature: Value string for list

  Scenario: value string for list
    When the command PlaceOrder is sent with order_id 6f1c2a4e-0000-4000-8000-000000000001 and customer "Ada" and lines "tea" and ship_to '{"street": "a", "city": "b"}'
    Then the command succeeds
