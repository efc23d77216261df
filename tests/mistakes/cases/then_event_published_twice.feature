# wrong: repeats the one at line 9 word for word
# fix: remove it
# line: 10
Feature: F

  Scenario: s
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the event CardRedeemed is published with card_id "GC-1" and amount 30
    And the event CardRedeemed is published with card_id "GC-1" and amount 30
