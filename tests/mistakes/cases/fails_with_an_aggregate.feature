# wrong: GiftCard is an aggregate
# fix: not an exception: Then the command fails with … names the exception
# line: 9
Feature: Fails with an aggregate

  Scenario: fails with an aggregate
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount 130
    Then the command fails with GiftCard
