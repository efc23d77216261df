# wrong: Then
# fix: Then the command succeeds
# line: 9
Feature: Capital the

  Scenario: capital the
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then The command succeeds
