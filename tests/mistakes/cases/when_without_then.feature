# wrong: has a When and no Then step
# fix: Then the command succeeds
# line: 6
Feature: When without then

  Scenario: when without then
    Given the event CardIssued with card_id "GC-1" and amount 10
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
