# wrong: | "null" ✗ |
# fix: Expected an event OrderPlaced
# line: 8
Feature: F

  Scenario: s
    When the command PlaceOrder is sent with order_id 6f1c2a4e-0000-4000-8000-000000000001 and customer "Ada" and lines '[{"sku": "TEA", "quantity": 1, "unit_price": "4.50"}]' and ship_to '{"street": "a", "city": "b"}' and note "null"
    Then the event OrderPlaced is published with note null
