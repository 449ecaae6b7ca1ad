/** `cosell-eligibility --help`. */
export const HELP_TEXT = `Usage: cosell-eligibility [options]

Checks whether a partner qualifies for Azure IP co-sell top-tier benefits under the program rules in force on
the as-of date, and says what gap remains. Anything not given is unknown, never zero.

Metrics (amounts accept 3.6m, 30M, $4,000,000; "unknown" leaves a metric unknown):
  --billed-sales AMOUNT              marketplace billed sales in USD, trailing twelve months
  --net-new-customers N              net-new marketplace customers over USD 10,000 each (one deal before Jul 2024; their total since)
  --transactions-over-100 N          marketplace transactions of at least USD 100
  --unique-customers N               unique customers behind those transactions
  --marketplace-transactions N       all marketplace transactions
  --commitment AMOUNT                signed cloud consumption commitment in USD
  --co-sell-eligible yes|no          Azure IP co-sell eligible
  --transactable-offer yes|no        a transactable offer in the commercial marketplace
  --designation TYPE:YYYY-MM-DD      a designation and the day it was attained: azure (certified software for
                                     Azure), security or industry-ai; several with commas; none; unknown

Input files:
  --json FILE                        the HTTP API's JSON input (- reads standard input); flags add to it
  --transactions FILE.csv            transaction rows: date,customerId,amountUsd,netNew[,offerId,privateOffer]
                                     (- reads standard input); the marketplace metrics are derived from them

Other:
  --as-of YYYY-MM-DD                 evaluate as of this date (default: today in UTC)
  --format text|json                 output format (default text; json is the API's Evaluation)
  --help                             show this help

Many partners at once:
  cosell-eligibility batch FILE.csv [--out results] [--as-of YYYY-MM-DD]
                                     writes results.csv and results.json (cosell-eligibility batch --help)

Exit codes: 0 qualified; 1 not qualified, undetermined, not co-sell eligible or not in effect;
2 bad input (the message names the flag, field or CSV line); 3 an unexpected failure.

Example:
  cosell-eligibility --billed-sales 3.6m --net-new-customers 10 --transactions-over-100 25 \\
    --unique-customers 6 --commitment 0 --designation none --co-sell-eligible yes --as-of 2026-11-26
`;
