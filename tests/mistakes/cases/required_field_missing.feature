# wrong: CardIssued needs the field amount
# fix: which the step does not give
# line: 7
Feature: Required field missing

  Scenario: required field missing
    Given the event CardIssued with card_id "GC-1"
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command succeeds
