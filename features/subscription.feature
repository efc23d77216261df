Feature: Subscriptions are suspended when the fee is not paid within 30 days

  Scenario: Starting a subscription gives 30 days to pay
    Given the current time is 2026-01-01T09:00:00Z
    When the command StartSubscription is sent with subscription_id "S-1" and plan premium and monthly_fee 9.99
    Then the event SubscriptionStarted is published with subscription_id "S-1" and plan PREMIUM and monthly_fee 9.99 and started_on 2026-01-01
    And a deadline PaymentDue is scheduled in 30 days
    And the command succeeds

  Scenario: Ten days on, the fee is due in 20 days
    Given the current time is 2026-01-01T09:00:00Z
    And the command StartSubscription was sent with subscription_id "S-1" and plan basic and monthly_fee 5.00
    When 10 days elapse
    Then a deadline PaymentDue is scheduled in 20 days
    And no deadline PaymentDue is scheduled within 19 days
    And no deadline PaymentDue is scheduled between 2026-01-01T09:00:00Z and 2026-01-30T09:00:00Z

  Scenario: An unpaid subscription is suspended
    Given the command StartSubscription was sent with subscription_id "S-1" and plan basic and monthly_fee 5.00
    When 31 days elapse
    Then the deadline PaymentDue is triggered
    And the event SubscriptionSuspended is published with subscription_id "S-1" and reason "fee not paid"
    And no deadlines are scheduled

  Scenario: Paying the fee cancels the deadline
    Given the current time is 2026-01-01T09:00:00Z
    And the command StartSubscription was sent with subscription_id "S-1" and plan basic and monthly_fee 5.00
    And 10 days have elapsed
    When the command PayFee is sent with subscription_id "S-1" and amount 5.00
    Then the event FeePaid is published with amount 5.00 and paid_at 2026-01-11T09:00:00
    And no deadlines are scheduled

  Scenario: Paying the wrong amount is refused
    Given the event SubscriptionStarted:
      | field           | value      |
      | subscription id | S-1        |
      | plan            | BASIC      |
      | monthly fee     | 5.00       |
      | started on      | 2026-01-01 |
    When the command PayFee is sent with subscription_id "S-1" and amount 4.99
    Then the command fails with WrongAmount
    And the command fails with message "the fee is 5.00"

  Scenario Outline: Plans by name or by value (<plan>)
    When the command StartSubscription is sent with subscription_id "S-2" and plan <plan> and monthly_fee 1
    Then the event SubscriptionStarted is published with plan <member>

    Examples:
      | plan    | member  |
      | basic   | BASIC   |
      | PREMIUM | PREMIUM |

