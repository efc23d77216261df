# wrong: unknown deadline 'SubscriptionSuspended'
# fix: the deadlines there are: PaymentDue, TrialEnd, TrialReminder
# line: 9
Feature: Deadline triggered with event name

  Scenario: deadline event name
    Given the command StartSubscription was sent with subscription_id "S-1" and plan basic and monthly_fee 5.00
    When 31 days elapse
    Then the deadline SubscriptionSuspended is triggered
