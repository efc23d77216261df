# wrong: this step names no value, so it checks nothing
# fix: write what the aggregate state must hold
# line: 9
Feature: A Then of the aggregate state given an empty JSON object

  Scenario: the state is checked against no value
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the aggregate state has:
      """
      {}
      """
