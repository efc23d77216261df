Feature: Orders carry nested values
  Lists, nested records, UUIDs, optional fields and decimals are written in a table
  cell (comma-separated lists) or as a JSON doc string.

  Scenario: Placing an order written as JSON
    Given the current time is 2026-03-01T12:00:00Z
    When the command PlaceOrder is sent:
      """
      {
        "order_id": "6f1c2a4e-0000-4000-8000-000000000001",
        "customer": "Ada",
        "lines": [
          {"sku": "TEA", "quantity": 2, "unit_price": "4.50"},
          {"sku": "CUP", "quantity": 1, "unit_price": "11.00"}
        ],
        "ship_to": {"street": "1 Main St", "city": "Leeds"},
        "discount": 0.1
      }
      """
    Then the command returns 18.00
    And the event OrderPlaced is published:
      """
      {"total": "18.00", "express": false, "note": null, "placed_at": "2026-03-01T12:00:00Z",
       "ship_to": {"street": "1 Main St", "city": "Leeds", "postcode": null}}
      """
    And the event OrderPlaced is published with customer "Ada" and express false and note null

  Scenario: Labels are a comma-separated list
    Given the event OrderPlaced:
      | field     | value                                                 |
      | order id  | 6f1c2a4e-0000-4000-8000-000000000001                  |
      | customer  | Ada                                                   |
      | lines     | [{"sku": "TEA", "quantity": 1, "unit_price": "4.50"}] |
      | ship to   | {"street": "1 Main St", "city": "Leeds"}              |
      | express   | true                                                  |
      | total     | 4.50                                                  |
      | note      | "leave at the door"                                   |
      | placed at | 2026-03-01T12:00:00Z                                  |
    When the command LabelOrder is sent with order_id 6f1c2a4e-0000-4000-8000-000000000001 and labels "fragile, gift"
    Then the events are:
      | event         | order_id                             | labels        |
      | OrderLabelled | 6f1c2a4e-0000-4000-8000-000000000001 | fragile, gift |

  Scenario: A shipped order takes no labels
    Given the events:
      | event        | order_id                             | shipped_on |
      | OrderShipped | 6f1c2a4e-0000-4000-8000-000000000001 | 2026-03-02 |
    When the command LabelOrder is sent with order_id 6f1c2a4e-0000-4000-8000-000000000001 and labels "late"
    Then the command fails with OrderAlreadyShipped

  Scenario: An order without lines is refused
    When the command PlaceOrder is sent:
      """
      {"order_id": "6f1c2a4e-0000-4000-8000-000000000002", "customer": "Bo", "lines": [],
       "ship_to": {"street": "2 Side St", "city": "York", "postcode": "YO1"}}
      """
    Then the command fails with EmptyOrder
    And the command fails with message "an order needs at least one line"
