#!/usr/bin/env bash
# The main job on a fresh machine: build flux, start a local Kubernetes control plane, run `flux serve` in the
# background against it, `flux install`, then `flux check`.
#   scripts/demo.sh        set up and show it
#   scripts/demo.sh stop   stop flux serve and the control plane
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$HOME/.cache/flux-target}
state=${FLUX_E2E_DIR:-$HOME/.cache/flux-e2e/cluster}
flux="$CARGO_TARGET_DIR/debug/flux"

if [ "${1:-}" = stop ]; then
  [ -f "$state/serve.pid" ] && kill "$(cat "$state/serve.pid")" 2>/dev/null || true
  rm -f "$state/serve.pid"
  tests/e2e/cluster.sh stop "$state"
  echo "stopped"
  exit 0
fi

echo "► building flux"
cargo build --locked --bin flux
echo "► starting the local control plane (the first start builds it from Go modules: several minutes)"
export KUBECONFIG=$(tests/e2e/cluster.sh start "$state")
echo "✔ control plane up; KUBECONFIG=$KUBECONFIG"

if ! { [ -f "$state/serve.pid" ] && kill -0 "$(cat "$state/serve.pid")" 2>/dev/null; }; then
  echo "► starting flux serve in the background (log: $state/serve.log)"
  setsid "$flux" serve --log-encoding=console --metrics-addr=127.0.0.1:18080 --health-addr=127.0.0.1:19440 \
    --storage-path="$state/storage" --storage-addr=127.0.0.1:19090 --storage-adv-addr=127.0.0.1:19090 \
    >"$state/serve.log" 2>&1 < /dev/null &
  echo $! >"$state/serve.pid"
fi

"$flux" install --timeout=2m
"$flux" check --timeout=1m
echo
echo "Flux runs against the local control plane. Try:"
echo "  export KUBECONFIG=$KUBECONFIG"
echo "  $flux version"
echo "  curl -s 127.0.0.1:18080/metrics"
echo "Stop everything with: scripts/demo.sh stop"
