# wrong: Given
# fix: before the When
# line: 9
Feature: Given after when

  Scenario: given after when
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Given the event CardRedeemed with card_id "GC-1" and amount 5
    Then the command succeeds
