#!/usr/bin/env bash
# Starts and stops the local test control plane (real etcd + kube-apiserver + kube-controller-manager +
# kube-scheduler) with kwok and one fake node, where Pods that tolerate the taint kwok.x-k8s.io/node=fake
# are scheduled and turn Running.
#   tests/e2e/cluster.sh start [DIR]   build if needed, start in the background, print the kubeconfig path
#   tests/e2e/cluster.sh stop [DIR]    stop it
#   tests/e2e/cluster.sh status [DIR]  print the kubeconfig path if it is running, exit 1 otherwise
# DIR defaults to $FLUX_E2E_DIR or ~/.cache/flux-e2e/cluster.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cmd=${1:-}
dir=${2:-${FLUX_E2E_DIR:-$HOME/.cache/flux-e2e/cluster}}

running() { [ -f "$dir/pid" ] && kill -0 "$(cat "$dir/pid")" 2>/dev/null && [ -f "$dir/ready" ]; }

case "$cmd" in
  start)
    if running; then echo "$dir/kubeconfig"; exit 0; fi
    bin=$("$here/controlplane/build.sh")
    kwok=$("$here/controlplane/build-kwok.sh")
    mkdir -p "$dir"
    rm -f "$dir/ready"
    # setsid: the control plane outlives this script and is not killed by the caller's Ctrl-C.
    setsid "$bin" up --dir "$dir" --kwok "$kwok" --kwok-config "$(dirname "$kwok")/stages.yaml" \
      >"$dir/up.log" 2>&1 < /dev/null &
    echo $! >"$dir/pid"
    for _ in $(seq 1 240); do
      if [ -f "$dir/ready" ]; then echo "$dir/kubeconfig"; exit 0; fi
      if ! kill -0 "$(cat "$dir/pid")" 2>/dev/null; then
        echo "the control plane failed to start:" >&2; tail -5 "$dir/up.log" >&2; exit 1
      fi
      sleep 0.5
    done
    echo "the control plane did not become ready in 120s; see $dir/up.log" >&2
    exit 1
    ;;
  stop)
    if [ -f "$dir/pid" ]; then
      pid=$(cat "$dir/pid")
      kill "$pid" 2>/dev/null || true
      for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
      kill -9 "$pid" 2>/dev/null || true
      rm -f "$dir/pid" "$dir/ready"
    fi
    ;;
  status)
    if running; then echo "$dir/kubeconfig"; else exit 1; fi
    ;;
  *)
    echo "usage: $0 start|stop|status [DIR]" >&2; exit 2 ;;
esac
