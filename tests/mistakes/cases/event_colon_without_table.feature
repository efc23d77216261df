# wrong: table
# fix: | field
# line: 7
Feature: Event colon without table

  Scenario: event colon without table
    Given the event CardIssued:
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command succeeds
