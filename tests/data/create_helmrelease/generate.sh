#!/usr/bin/env bash
# Regenerates the goldens of tests/create_helmrelease.rs with Flux's own CLI:
#   FLUX_BIN=~/.cache/flux-e2e/flux-v2.9.5/flux tests/data/create_helmrelease/generate.sh
# Each golden is stdout, then `--- stderr`, stderr, then `--- exit <code>`.
set -u
cd "$(dirname "$0")"
flux="${FLUX_BIN:?set FLUX_BIN to the flux binary of Flux v2.9.5}"
mkdir -p golden
grep -v '^#' cases.tsv | while IFS=$'\t' read -r name args; do
  [ -n "$name" ] || continue
  # shellcheck disable=SC2086
  "$flux" create helmrelease $args >/tmp/hr-golden.out 2>/tmp/hr-golden.err </dev/null
  code=$?
  { cat /tmp/hr-golden.out; echo "--- stderr"; cat /tmp/hr-golden.err; echo "--- exit $code"; } >"golden/$name.txt"
done
rm -f /tmp/hr-golden.out /tmp/hr-golden.err
