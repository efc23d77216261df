# wrong: PaymentDue is a deadline of the aggregate Subscription
# wrong: which handles no deadline of that name, so denying it checks nothing
# fix: the GiftCard handles no deadline at all: remove the step, or tag the scenario @aggregate:Subscription
# line: 9
Feature: F

  Scenario: s
    When the command IssueCard is sent with card_id "GC-1" and amount 100
    Then no deadline PaymentDue is scheduled within 40 days
