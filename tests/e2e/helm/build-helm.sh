#!/usr/bin/env bash
# Builds the real `helm` binary from its Go module, pinned, and caches it.
#
# Usage: tests/e2e/helm/build-helm.sh            -> prints the path of the cached binary
#        HELM_VERSION=v3.22.0 (default) selects the pinned release.
#
# The binary is cached at /root/.cache/flux-e2e/helm-<version>/helm (override the
# cache root with FLUX_E2E_CACHE). A second run only prints the path.
set -euo pipefail

HELM_VERSION="${HELM_VERSION:-v3.22.0}"
CACHE_ROOT="${FLUX_E2E_CACHE:-/root/.cache/flux-e2e}"
DEST="$CACHE_ROOT/helm-$HELM_VERSION"
BIN="$DEST/helm"

if [[ -x "$BIN" ]]; then
  echo "$BIN"
  exit 0
fi

mkdir -p "$DEST"
# Use the local Go toolchain when it is new enough; otherwise let Go fetch the
# toolchain the module asks for (from the Go module proxy).
export GOTOOLCHAIN="${GOTOOLCHAIN:-auto}"
export GOFLAGS="${GOFLAGS:--p=1}"
export CGO_ENABLED=0
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
GOBIN="$tmp" nice -n 10 go install \
  -ldflags "-X helm.sh/helm/v3/internal/version.version=$HELM_VERSION" \
  "helm.sh/helm/v3/cmd/helm@$HELM_VERSION" >&2
mv "$tmp/helm" "$BIN"
echo "$BIN"
