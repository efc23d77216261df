# wrong: cannot read "yes please" as
# fix: true or false
# line: 7
Feature: Value bad boolean

  Scenario: value bad boolean
    When the command PlaceOrder is sent with order_id 6f1c2a4e-0000-4000-8000-000000000001 and customer "Ada" and lines "[]" and ship_to '{"street": "a", "city": "b"}' and express "yes please"
    Then the command succeeds
