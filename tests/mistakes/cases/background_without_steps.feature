# wrong: the Background has no steps
# fix: remove the "Background:" line
# line: 6
Feature: F

  Background:

  Scenario: s
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command returns 70
