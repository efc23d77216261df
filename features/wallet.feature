Feature: Wallets kept by a castlecraft-engineer domain
  The wallet domain is written against castlecraft-engineer alone: an event-sourced
  aggregate, command handlers on castlecraft's command bus, an event handler that
  flags large withdrawals, and a projector of totals.

  Background:
    Given the events:
      | event          | wallet_id | owner | amount |
      | WalletOpened   | W-1       | ann   |        |
      | MoneyDeposited | W-1       |       | 100    |

  Scenario: A deposit adds to the balance
    When the command DepositMoney is sent with wallet_id "W-1" and amount 50
    Then the event MoneyDeposited is published with wallet_id "W-1" and amount 50
    And the command returns 150
    And the aggregate state has balance 150, owner "ann" and version 2

  Scenario: A deposit must be positive
    When the command DepositMoney is sent with wallet_id "W-1" and amount 0
    Then the command fails with ValueError
    And the command fails with message "a deposit must be positive"
    And no events are published

  Scenario: Withdrawing needs the permission to update the wallet
    When the command WithdrawMoney is sent with wallet_id "W-1" and amount 30
    Then the command fails with AuthorizationError
    And no events are published

  Scenario: A signed-in user without the permission is refused too
    Given the commands are sent by "bob"
    When the command WithdrawMoney is sent with wallet_id "W-1" and amount 30
    Then the command fails with AuthorizationError
    And no events are published

  Scenario: The owner withdraws part of the balance
    Given the user "ann" may update the wallet
    When the command WithdrawMoney is sent with wallet_id "W-1" and amount 30
    Then the events are:
      | event         | wallet_id | amount |
      | MoneyWithdrawn | W-1      | 30     |
    And the command returns 70

  Scenario: Withdrawing more than the balance is refused
    Given the user "ann" may update the wallet
    When the command WithdrawMoney is sent with wallet_id "W-1" and amount 130
    Then the command fails with InsufficientFunds
    And the command fails with message "balance is 100"

  Scenario: A large withdrawal is flagged through the external publisher
    Given the user "ann" may update the wallet
    And the event MoneyDeposited with wallet_id "W-1" and amount 900
    When the command WithdrawMoney is sent with wallet_id "W-1" and amount 600
    Then the events are:
      | event                  | wallet_id | amount |
      | MoneyWithdrawn         | W-1       | 600    |
      | LargeWithdrawalFlagged | W-1       | 600    |

  Scenario: The totals projection counts every wallet and movement
    Given the user "ann" may update the wallet
    When the command WithdrawMoney is sent with wallet_id "W-1" and amount 40
    Then the projection WalletTotals shows wallets 1, deposited 100 and withdrawn 40

  Scenario: A wallet opened by a command before
    Given the command OpenWallet was sent with wallet_id "W-2" and owner "bob"
    When the command DepositMoney is sent with wallet_id "W-2" and amount 5
    Then the event MoneyDeposited is published with wallet_id "W-2" and amount 5
    And the aggregate state has balance 5 and owner "bob"

  Scenario: A wallet is read back from its latest snapshot
    Given the command OpenWallet was sent with wallet_id "W-3" and owner "cy"
    And the command DepositMoney was sent with wallet_id "W-3" and amount 10
    And the command DepositMoney was sent with wallet_id "W-3" and amount 10
    And the command DepositMoney was sent with wallet_id "W-3" and amount 10
    And the command DepositMoney was sent with wallet_id "W-3" and amount 10
    And the command DepositMoney was sent with wallet_id "W-3" and amount 10
    When the command DepositMoney is sent with wallet_id "W-3" and amount 1
    Then the command returns 51
    And the aggregate state has balance 51 and owner "cy"
