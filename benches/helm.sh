#!/usr/bin/env bash
# Benchmark (figures, not pass/fail): the native Helm renderer against `helm template` (the real helm, built from
# its Go module by tests/e2e/helm/build-helm.sh) for every corpus chart with its default values.
# Usage: benches/helm.sh [runs]   (default 5 runs of each; reports the best wall time, process start included)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
runs=${1:-5}
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$HOME/.cache/flux-target}
corpus=${FLUX_CORPUS:-$root/../shared/corpus}
helm=$(tests/e2e/helm/build-helm.sh)
cargo build --quiet --release -p helm-template --example render
ours="$CARGO_TARGET_DIR/release/examples/render"

best() {
  local best_ms=999999999
  for _ in $(seq "$runs"); do
    local t0=$(date +%s%N)
    "$@" >/dev/null 2>&1 || true
    local ms=$(( ($(date +%s%N) - t0) / 1000000 ))
    [ "$ms" -lt "$best_ms" ] && best_ms=$ms
  done
  echo "$best_ms"
}

printf '%-26s %10s %10s %7s\n' chart "ours ms" "helm ms" ratio
total_ours=0; total_helm=0
for chart in "$corpus"/charts/*/; do
  name=$(basename "$chart")
  o=$(best "$ours" flux-test "$chart" -n flux-system --kube-version 1.33.0)
  h=$(best "$helm" template flux-test "$chart" -n flux-system --kube-version 1.33.0)
  total_ours=$((total_ours + o)); total_helm=$((total_helm + h))
  printf '%-26s %10s %10s %6sx\n' "$name" "$o" "$h" "$(awk "BEGIN{printf \"%.1f\", $h/($o>0?$o:1)}")"
done
printf '%-26s %10s %10s %6sx\n' total "$total_ours" "$total_helm" "$(awk "BEGIN{printf \"%.1f\", $total_helm/($total_ours>0?$total_ours:1)}")"
