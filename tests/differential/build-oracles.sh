#!/usr/bin/env bash
# Builds the oracle for the Helm differential tests: the real `helm` v4 binary,
# built from its Go module at a pinned release, cached outside the clone.
#
# Usage: tests/differential/build-oracles.sh     -> prints the path of the cached binary
#        HELM_V4_VERSION=v4.2.4 (default) selects the release.
#
# The binary is cached at ${FLUX_E2E_CACHE:-$HOME/.cache/flux-e2e}/helm-<version>/helm;
# a second run only prints the path. The crate's differential test reads the path
# from FLUX_HELM_V4.
set -euo pipefail

HELM_V4_VERSION="${HELM_V4_VERSION:-v4.2.4}"
CACHE_ROOT="${FLUX_E2E_CACHE:-$HOME/.cache/flux-e2e}"
DEST="$CACHE_ROOT/helm-$HELM_V4_VERSION"
BIN="$DEST/helm"

if [[ -x "$BIN" ]]; then
  echo "$BIN"
  exit 0
fi

mkdir -p "$DEST"
export GOTOOLCHAIN="${GOTOOLCHAIN:-auto}"
export GOFLAGS="${GOFLAGS:--p=1}"
export CGO_ENABLED=0
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
GOBIN="$tmp" nice -n 10 go install \
  -ldflags "-X helm.sh/helm/v4/internal/version.version=$HELM_V4_VERSION" \
  "helm.sh/helm/v4/cmd/helm@$HELM_V4_VERSION" >&2
mv "$tmp/helm" "$BIN.tmp"
mv "$BIN.tmp" "$BIN"
echo "$BIN"
