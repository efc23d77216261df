# wrong: RedeemCard needs the field amount
# fix: which the step does not give
# line: 8
Feature: Required field missing in when

  Scenario: required field missing in when
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1"
    Then the command succeeds
