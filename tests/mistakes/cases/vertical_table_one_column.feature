# wrong: two columns
# fix: field and value
# line: 8
Feature: Vertical table one column

  Scenario: vertical table one column
    Given the event CardIssued:
      | card_id |
      | amount  |
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command succeeds
