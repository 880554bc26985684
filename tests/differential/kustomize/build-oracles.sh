#!/usr/bin/env bash
# Builds the two oracles of the kustomize differential test, cached outside the clone and keyed by version:
#   kustomize v5.8.1 (the kustomize of Flux v2.9.5's kustomize-controller) and
#   flux v2.9.5's CLI (for `flux build kustomization --dry-run`, postBuild substitution included).
# Prints `KUSTOMIZE_ORACLE=<path>` and `FLUX_ORACLE=<path>` on stdout; progress goes to stderr.
# Usage: build-oracles.sh [kustomize|flux|all]   (FLUX_E2E_CACHE overrides ~/.cache/flux-e2e)
set -euo pipefail

KUSTOMIZE_VERSION=v5.8.1
FLUX_VERSION=v2.9.5
CACHE="${FLUX_E2E_CACHE:-$HOME/.cache/flux-e2e}"
WHAT="${1:-all}"
export GOFLAGS="${GOFLAGS:--buildvcs=false}"

log() { echo "build-oracles: $*" >&2; }

build_kustomize() {
  local dir="$CACHE/kustomize-$KUSTOMIZE_VERSION"
  if [ ! -x "$dir/kustomize" ]; then
    mkdir -p "$dir"
    log "building kustomize $KUSTOMIZE_VERSION into $dir"
    local start=$SECONDS
    GOBIN="$dir.tmp" nice go install "sigs.k8s.io/kustomize/kustomize/v5@$KUSTOMIZE_VERSION"
    mv "$dir.tmp/kustomize" "$dir/kustomize" && rmdir "$dir.tmp"
    log "kustomize built in $((SECONDS - start))s"
  fi
  echo "KUSTOMIZE_ORACLE=$dir/kustomize"
}

build_flux() {
  local dir="$CACHE/flux-$FLUX_VERSION"
  if [ ! -x "$dir/flux" ]; then
    mkdir -p "$dir"
    log "building flux $FLUX_VERSION into $dir"
    local start=$SECONDS
    local mod
    mod=$(go mod download -json "github.com/fluxcd/flux2/v2@$FLUX_VERSION" | sed -n 's/.*"Dir": "\(.*\)".*/\1/p')
    local src
    src=$(mktemp -d)
    cp -r "$mod/." "$src/"
    chmod -R u+w "$src"
    # cmd/flux embeds manifests/*.yaml, generated upstream at release time: one placeholder satisfies the embed.
    mkdir -p "$src/cmd/flux/manifests"
    printf '# placeholder for go:embed\n' >"$src/cmd/flux/manifests/x.yaml"
    (cd "$src" && nice go build -o "$dir/flux.tmp" ./cmd/flux) ||
      (cd "$src" && GOTOOLCHAIN=go1.27.3 nice go build -o "$dir/flux.tmp" ./cmd/flux)
    mv "$dir/flux.tmp" "$dir/flux"
    rm -rf "$src"
    log "flux built in $((SECONDS - start))s"
  fi
  echo "FLUX_ORACLE=$dir/flux"
}

case "$WHAT" in
  kustomize) build_kustomize ;;
  flux) build_flux ;;
  all) build_kustomize; build_flux ;;
  *) echo "usage: $0 [kustomize|flux|all]" >&2; exit 2 ;;
esac
