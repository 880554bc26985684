#!/usr/bin/env bash
# Builds Flux v2.9.5's own source-controller, kustomize-controller and helm-controller from their Go modules
# once, caches them outside the clone keyed on the harness files, puts Flux's CRDs (each module's
# config/crd/bases) beside them in crds/, and prints the directory.
# Each controller has its own wrapper module here (source-controller/, kustomize-controller/, helm-controller/):
# their go.mod files replace the api submodule with ./api, which does not apply to a consumer, so each wrapper
# requires the controller and its api module at the same tag and copies the controller's other replace lines.
# One module per controller keeps each controller's dependency versions its own (they disagree on go-digest).
# Pins the module proxy forced (it answers 403 for the version the controller requires):
#   source-controller: github.com/fluxcd/pkg/artifact v0.18.3 -> v0.18.1
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
export GOTOOLCHAIN=go1.27.3   # the controllers' dependencies (structured-merge-diff/v7) need Go 1.27
CONTROLLERS="source-controller kustomize-controller helm-controller"
cache=${FLUX_E2E_CACHE:-$HOME/.cache/flux-e2e}
key=$(cat "$0" "$here"/*/go.mod "$here"/*/go.sum | sha256sum | cut -c1-16)
dir="$cache/flux-controllers-$key"
if [ ! -f "$dir/complete" ]; then
  mkdir -p "$cache"
  tmp="$dir.tmp"
  rm -rf "$tmp"
  mkdir -p "$tmp/crds"
  echo "building Flux's controllers (source/kustomize v1.9.5, helm v1.6.4); the first build takes several minutes" >&2
  for c in $CONTROLLERS; do
    (cd "$here/$c" \
      && go build -trimpath -ldflags "-s -w" -o "$tmp/$c" "github.com/fluxcd/$c" \
      && cp "$(go list -m -f '{{.Dir}}' "github.com/fluxcd/$c")"/config/crd/bases/*.yaml "$tmp/crds/")
  done
  chmod -R u+w "$tmp/crds"   # module cache files are read-only
  touch "$tmp/complete"
  rm -rf "$dir"
  mv "$tmp" "$dir"
fi
echo "$dir"
