#!/usr/bin/env bash
# Builds kwok (fake nodes whose Pods turn Running) from its Go module once and caches it outside the clone,
# keyed on the version, next to the stage configuration it needs; prints the binary's path. The stages are
# the module's own kustomize/stage files, gathered into stages.yaml beside the binary (after changing STAGES,
# delete that file and it is gathered again).
set -euo pipefail
export GOTOOLCHAIN=go1.27.3   # the control plane's Go: one toolchain download for both
export GOFLAGS=-modcacherw
KWOK_VERSION=v0.8.0
# kwok's "fast" set (kustomize/stage/fast): nodes become Ready at once and keep a lease; Pods become Ready,
# Job Pods then Succeeded, deleted Pods go away. Without stages kwok exits with "no stages found".
STAGES="node/fast/node-initialize.yaml node/heartbeat-with-lease/node-heartbeat-with-lease.yaml
pod/fast/pod-ready.yaml pod/fast/pod-complete.yaml pod/fast/pod-delete.yaml"
cache=${FLUX_E2E_CACHE:-$HOME/.cache/flux-e2e}
dir="$cache/kwok-$KWOK_VERSION"
if [ ! -x "$dir/kwok" ] || [ ! -s "$dir/stages.yaml" ]; then
  mkdir -p "$dir"
  echo "building kwok $KWOK_VERSION; the first build takes a few minutes" >&2
  src=$(go mod download -json "sigs.k8s.io/kwok@$KWOK_VERSION" | sed -n 's/.*"Dir": "\(.*\)".*/\1/p')
  [ -d "$src" ] || { echo "go mod download sigs.k8s.io/kwok@$KWOK_VERSION gave no directory" >&2; exit 1; }
  for s in $STAGES; do
    echo "---"
    cat "$src/kustomize/stage/$s"
  done >"$dir/stages.yaml.tmp"
  tmp=$(mktemp -d "$dir/build.XXXXXX")
  trap 'rm -rf "$tmp"' EXIT
  GOBIN="$tmp" go install -trimpath -ldflags "-s -w" "sigs.k8s.io/kwok/cmd/kwok@$KWOK_VERSION"
  mv "$tmp/kwok" "$dir/kwok"
  mv "$dir/stages.yaml.tmp" "$dir/stages.yaml"
fi
echo "$dir/kwok"
