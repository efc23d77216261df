# wrong: "none" names no event
# fix: remove the row
# line: 11
Feature: F

  Scenario: s
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount 130
    Then the events are:
      | event |
      | none  |
