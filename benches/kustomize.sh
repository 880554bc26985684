#!/usr/bin/env bash
# Benchmark (figures, not pass/fail): the native kustomize engine against `kubectl kustomize` on
#   1. a generated tree of ~4000 resources with overlays, patches and generators (outputs must be identical), and
#   2. every case of the kustomize corpus (../shared/corpus/kustomize) the engine passes.
# Usage: benches/kustomize.sh [runs]   (default 3 runs of each; reports the best)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
runs=${1:-3}
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$HOME/.cache/flux-target}
corpus=${FLUX_CORPUS:-$root/../shared/corpus}
cargo build --quiet --release -p kustomize --example kbuild
ours="$CARGO_TARGET_DIR/release/examples/kbuild"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

best() { # best wall time in ms of "$@" over $runs runs, output to $work/out
  local best_ms=999999999
  for _ in $(seq "$runs"); do
    local t0=$(date +%s%N)
    "$@" >"$work/out" 2>/dev/null || true
    local ms=$(( ($(date +%s%N) - t0) / 1000000 ))
    [ "$ms" -lt "$best_ms" ] && best_ms=$ms
  done
  echo "$best_ms"
}

python3 benches/gen_kustomize_tree.py "$work/tree"
ours_ms=$(best "$ours" "$work/tree"); cp "$work/out" "$work/ours.yaml"
kubectl_ms=$(best kubectl kustomize "$work/tree"); cp "$work/out" "$work/kubectl.yaml"
objects=$(grep -c '^kind:' "$work/ours.yaml" || true)
if cmp -s "$work/ours.yaml" "$work/kubectl.yaml"; then same="byte-identical"; else same="DIFFERENT"; fi
echo "generated tree: $objects objects; ours ${ours_ms} ms, kubectl kustomize ${kubectl_ms} ms, ratio $(( kubectl_ms / (ours_ms > 0 ? ours_ms : 1) ))x, output $same"

total_ours=0; total_kubectl=0; n=0
for case in "$corpus"/kustomize/*/; do
  name=$(basename "$case")
  grep -q "^$name	" crates/kustomize/tests/expected_failures.tsv 2>/dev/null && continue
  build_root=$(sed -n 's/^buildRoot: *\([^ #]*\).*/\1/p' "$case/case.yaml")
  dir="$case/input/${build_root:-.}"
  [ -d "$dir" ] || continue
  total_ours=$(( total_ours + $(best "$ours" "$dir") ))
  total_kubectl=$(( total_kubectl + $(best kubectl kustomize "$dir") ))
  n=$((n + 1))
done
echo "corpus: $n cases; ours ${total_ours} ms, kubectl kustomize ${total_kubectl} ms in total (process start included), ratio $(( total_kubectl / (total_ours > 0 ? total_ours : 1) ))x"
