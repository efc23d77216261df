# wrong: its text is in single quotes, and JSON takes double quotes
# fix: write ["fragile", "gift"]
# line: 7
Feature: F

  Scenario: s
    When the command LabelOrder is sent with order_id 6f1c2a4e-0000-4000-8000-000000000001 and labels "['fragile', 'gift']"
    Then the command succeeds
