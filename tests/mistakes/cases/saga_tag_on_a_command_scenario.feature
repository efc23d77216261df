# wrong: which cannot take commands here
# fix: tag the scenario for the aggregate instead (@aggregate:Name)
# line: 8
Feature: F

  @saga:InvoicingSaga
  Scenario: s
    When the command IssueCard is sent with card_id "GC-1" and amount 10
    Then the command succeeds
