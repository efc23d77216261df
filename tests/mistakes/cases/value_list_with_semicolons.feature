# wrong: has no field 'labels fragile;'
# fix: labels "fragile; …"
# line: 11
Feature: Labels plain

  Scenario: labels plain
    Given the event OrderPlaced:
      """
      {"order_id": "6f1c2a4e-0000-4000-8000-000000000001", "customer": "Ada", "lines": [], "ship_to": {"street": "a", "city": "b"}, "express": false, "total": "1.00", "note": null, "placed_at": "2026-01-01T09:00:00Z"}
      """
    When the command LabelOrder is sent with order_id 6f1c2a4e-0000-4000-8000-000000000001 and labels fragile; gift
    Then the event OrderLabelled is published with labels fragile, gift
