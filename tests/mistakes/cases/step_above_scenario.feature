# wrong: is above the first Scenario
# fix: put it under a Scenario: or Background:
# line: 6
Feature: Steps before scenario

    Given the event CardIssued with card_id "GC-1" and amount 100
  Scenario: steps before
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command succeeds
