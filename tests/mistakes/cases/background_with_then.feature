# wrong: the Background has the Then step
# fix: move the Then step into each scenario
# line: 8
Feature: F

  Background:
    Given the event CardIssued with card_id "GC-1" and amount 10
    Then the command succeeds

  Scenario: s
    When the command RedeemCard is sent with card_id "GC-1" and amount 3
    Then the command succeeds
