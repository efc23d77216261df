# wrong: GiftCard.remaining: cannot read "lots"
# fix: whole number
# line: 9
Feature: Then state not a number

  Scenario: then state not a number
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the aggregate state has remaining lots
