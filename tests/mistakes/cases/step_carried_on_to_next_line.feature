# wrong: this line starts with "and", so behave reads it as a step of its own
# fix: join it to line 8
# line: 9
# alone: yes
Feature: F

  Scenario: s
    When the command PlaceOrder is sent with order_id 6f1c2a4e-0000-4000-8000-000000000001 and customer "Ada"
      and lines '[{"sku": "A", "quantity": 1, "unit_price": 1}]' and ship_to '{"street": "a", "city": "b"}'
    Then the command succeeds
