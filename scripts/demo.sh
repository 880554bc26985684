#!/usr/bin/env bash
# The main job on a fresh machine: build flux, start a local Kubernetes control plane, run `flux serve` in the
# background against it, `flux install`, `flux check`, then sync podinfo from a local git repository onto the
# control plane and show it Ready with `flux get all`.
#   scripts/demo.sh        set up and show it
#   scripts/demo.sh stop   stop flux serve and the control plane
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$HOME/.cache/flux-target}
state=${FLUX_E2E_DIR:-$HOME/.cache/flux-e2e/cluster}
flux="$CARGO_TARGET_DIR/debug/flux"

if [ "${1:-}" = stop ]; then
  for p in serve git-http; do
    [ -f "$state/$p.pid" ] && kill "$(cat "$state/$p.pid")" 2>/dev/null || true
    rm -f "$state/$p.pid"
  done
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

# A local git repository holding podinfo's kustomize tree (from the shared corpus), synced with GitOps.
corpus=${FLUX_CORPUS:-}
for c in "$corpus" "$root/../shared/corpus" /work/shared/corpus; do
  if [ -n "$c" ] && [ -d "$c/repos/podinfo/kustomize" ]; then corpus=$c; break; fi
done
work="$state/podinfo"
bare="$state/git/podinfo.git"
if [ ! -d "$work/.git" ]; then
  rm -rf "$work" "$bare"
  mkdir -p "$work" "$state/git"
  cp -r "$corpus/repos/podinfo/kustomize" "$work/kustomize"
  git -C "$work" -c init.defaultBranch=main init -q
  git -C "$work" add -A
  git -C "$work" -c user.name=demo -c user.email=demo@example.com commit -q -m "podinfo"
  git clone -q --bare "$work" "$bare"
  git -C "$work" remote add origin "$bare"
fi
# git's own smart-HTTP CGI behind a tiny Python server: a real git server without installing one.
if ! { [ -f "$state/git-http.pid" ] && kill -0 "$(cat "$state/git-http.pid")" 2>/dev/null; }; then
  setsid python3 scripts/git-http-server.py "$state/git" 19091 >"$state/git-http.log" 2>&1 < /dev/null &
  echo $! >"$state/git-http.pid"
  sleep 1
fi
"$flux" create source git podinfo --url=http://127.0.0.1:19091/podinfo.git --branch=main --interval=1m
"$flux" create kustomization podinfo --source=GitRepository/podinfo --path=./kustomize --prune=true \
  --target-namespace=default --interval=10m
"$flux" get all
echo
echo "Flux runs against the local control plane. Try:"
echo "  export KUBECONFIG=$KUBECONFIG"
echo "  $flux get kustomizations"
echo "  kubectl get deployment,service,hpa podinfo -n default"
echo "  edit $work/kustomize, commit and git push, then: $flux reconcile kustomization podinfo --with-source"
echo "  curl -s 127.0.0.1:18080/metrics"
echo "Stop everything with: scripts/demo.sh stop"
