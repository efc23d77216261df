# wrong: CardRedeemed is an event
# fix: not an exception: Then the command fails with … names the exception
# fix: fails with
# line: 10
Feature: Fails with an event

  Scenario: fails with an event
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount 130
    Then the command fails with CardRedeemed
