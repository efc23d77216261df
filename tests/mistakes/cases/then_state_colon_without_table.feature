# wrong: the step ends with ':' but no table or doc string follows it
# fix: write the fields under it as | field | value | rows
# line: 9
Feature: A Then of the aggregate state with nothing under it

  Scenario: the state is checked against nothing
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the aggregate state has:
