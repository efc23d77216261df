# wrong: TrialEnd is a deadline of the saga TrialSaga
# wrong: tests the aggregate Subscription, which handles no deadline of that name
# fix: name one of the Subscription's deadlines (PaymentDue)
# fix: @saga:TrialSaga
# line: 10
Feature: F

  Scenario: s
    When the command StartSubscription is sent with subscription_id "S-1" and plan "basic" and monthly_fee 10
    Then no deadline TrialEnd is scheduled between 2099-02-01T00:00:00Z and 2099-03-01T00:00:00Z
