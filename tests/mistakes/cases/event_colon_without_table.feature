# wrong: the step ends with ':' but no table or doc string follows it
# fix: | field | value | rows
# line: 7
Feature: Event colon without table

  Scenario: event colon without table
    Given the event CardIssued:
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command succeeds
