# wrong: GiftCard has no state 'balance'
# fix: (its state: remaining, cancelled)
# line: 7
Feature: Given state unknown

  Scenario: given state unknown
    Given the aggregate starts with the state balance 70
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command succeeds
