# wrong: a step that starts with "*" is read as the same kind as the step above it
# fix: write Then the command succeeds
# line: 9
Feature: F

  Scenario: s
    * the event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    * the command succeeds
