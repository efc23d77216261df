# wrong: CardIssued.amount: cannot read "ten" as a whole number
# fix: whole number
# line: 7
Feature: F

  Background:
    Given the event CardIssued with card_id "GC-1" and amount ten

  Scenario: s
    When the command RedeemCard is sent with card_id "GC-1" and amount 3
    Then the command succeeds
