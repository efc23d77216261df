# wrong: a Background takes no tags
# fix: put the tag on the Feature or on each Scenario
# alone: yes
# line: 8
Feature: Tag on background

  @aggregate:GiftCard
  Background:
    Given the event CardIssued with card_id "GC-1" and amount 100

  Scenario: tagged background
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command succeeds
