# wrong: this Then step has no When before it
# fix: add a When step
# line: 15
# domain: examples.wallet
Feature: A projection checked with no When

  Background:
    Given the events:
      | event          | wallet_id | owner | amount |
      | WalletOpened   | W-1       | ann   |        |
      | MoneyDeposited | W-1       |       | 100    |

  Scenario: the totals after the Background alone
    Given the user "ann" may update the wallet
    Then the projection WalletTotals shows wallets 1 and deposited 100
