#!/usr/bin/env bash
# Runs every test: unit and conformance tests of every crate, and the end-to-end tests against a fresh real
# control plane (etcd + kube-apiserver + kube-controller-manager + kube-scheduler, with kwok's fake node)
# started here and stopped on exit.
# Build caches live outside the checkout: $CARGO_TARGET_DIR (default ~/.cache/flux-target) and Go's caches.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$HOME/.cache/flux-target}

# The shared test corpus sits next to the checkout; a clone elsewhere finds it through FLUX_CORPUS.
if [ -z "${FLUX_CORPUS:-}" ]; then
  for candidate in "$root/../shared/corpus" /work/shared/corpus; do
    if [ -d "$candidate" ]; then export FLUX_CORPUS=$(cd "$candidate" && pwd); break; fi
  done
fi

for tool in cargo go kubectl; do
  command -v "$tool" >/dev/null || { echo "missing $tool: install it first (see README.md)" >&2; exit 1; }
done

run_dir=$(mktemp -d "${TMPDIR:-/tmp}/flux-e2e.XXXXXX")
cleanup() { tests/e2e/cluster.sh stop "$run_dir" >/dev/null 2>&1 || true; rm -rf "$run_dir"; }
trap cleanup EXIT

# Build the control plane (then kwok, its fake nodes) and the Rust code side by side; both take minutes on a
# cold machine. The two Go builds run one after the other so at most two builds share the cores.
(tests/e2e/controlplane/build.sh && tests/e2e/controlplane/build-kwok.sh) >/dev/null &
cp_build=$!
cargo build --workspace --all-targets --locked
wait "$cp_build"

kubeconfig=$(tests/e2e/cluster.sh start "$run_dir")
echo "test control plane: $kubeconfig"
export FLUX_E2E_KUBECONFIG=$kubeconfig

cargo test --workspace --locked -- "$@"
