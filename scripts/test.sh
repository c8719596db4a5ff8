#!/usr/bin/env bash
# Runs every test project of Epcis.sln and ends with one line "N passed, N failed".
# Tests read the shared reference data from ../shared (beside the repository root) or $EPCIS_SHARED.
set -uo pipefail
cd "$(dirname "$0")/.."
results="$(pwd)/TestResults"
rm -rf "$results"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 SNAPSHOOTER_STRICT_MODE=true
dotnet test Epcis.sln -c Release --logger "trx" --results-directory "$results" "$@"
status=$?
passed=0; failed=0
for f in "$results"/*.trx; do
  [ -f "$f" ] || continue
  p=$(grep -o 'passed="[0-9]*"' "$f" | head -1 | grep -o '[0-9]*'); passed=$((passed + ${p:-0}))
  q=$(grep -o 'failed="[0-9]*"' "$f" | head -1 | grep -o '[0-9]*'); failed=$((failed + ${q:-0}))
done
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi  # a build failure counts as a failure
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
