# wrong: the Background has the When step
# fix: move the When step into each scenario
# line: 8
Feature: Background with when

  Background:
    Given the event CardIssued with card_id "GC-1" and amount 10
    When the command RedeemCard is sent with card_id "GC-1" and amount 3

  Scenario: background with when
    Then the command succeeds
