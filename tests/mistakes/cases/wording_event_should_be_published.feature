# wrong: no step reads "Then the event CardRedeemed should be published with amount 30"
# fix: Then the event <message> is published
# not: is a Given step
# line: 10
Feature: F

  Scenario: s
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the event CardRedeemed should be published with amount 30
