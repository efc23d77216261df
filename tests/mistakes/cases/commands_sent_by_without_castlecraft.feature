# wrong: this scenario exercises the aggregate GiftCard, whose commands take neither
# fix: leave out the step that names the user
# line: 7
Feature: F

  Scenario: s
    Given the commands are sent by "ada"
    And the event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command succeeds
