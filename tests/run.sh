#!/usr/bin/env bash
# Runs every test: unit and conformance tests of every crate, and the end-to-end tests against a fresh real
# control plane (etcd + kube-apiserver + kube-controller-manager + kube-scheduler, with kwok's fake node)
# started here and stopped on exit, and the differential tests of both engines against the real tools (helm
# v4.2.4, kustomize v5.8.1 and Flux v2.9.5's own CLI, built from their Go modules and cached), and the
# interchangeability tests against Flux v2.9.5's own controllers (built the same way by tests/e2e/flux/build.sh).
# What the tests need from Debian is installed first (tests/prerequisites.sh), so this works on a fresh machine.
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

tests/prerequisites.sh
for tool in cargo go kubectl; do
  command -v "$tool" >/dev/null || { echo "missing $tool: install it first (see README.md)" >&2; exit 1; }
done

run_dir=$(mktemp -d "${TMPDIR:-/tmp}/flux-e2e.XXXXXX")
cleanup() { tests/e2e/cluster.sh stop "$run_dir" >/dev/null 2>&1 || true; rm -rf "$run_dir"; }
trap cleanup EXIT

# Build the Go peers (the control plane, kwok and its fake nodes, MinIO, then the differential oracles) and the Rust
# code side by side; each takes minutes on a cold machine and is cached after. The Go builds run one after the
# other so at most two builds share the cores.
(tests/e2e/controlplane/build.sh && tests/e2e/controlplane/build-kwok.sh && tests/e2e/s3/build-minio.sh \
  && tests/differential/build-oracles.sh && tests/differential/kustomize/build-oracles.sh all \
  && tests/e2e/flux/build.sh) >/dev/null &
cp_build=$!
cargo build --workspace --all-targets --locked
wait "$cp_build"
export FLUX_HELM_V4=$(tests/differential/build-oracles.sh)
set -a; . <(tests/differential/kustomize/build-oracles.sh all); set +a   # KUSTOMIZE_ORACLE, FLUX_ORACLE
# MinIO, the S3 server of the Bucket tests (tests/e2e/source_bucket.rs).
export FLUX_E2E_MINIO=$(tests/e2e/s3/build-minio.sh)
# Flux v2.9.5's own controllers and CRDs, for the interchangeability tests (tests/e2e/interchange.rs).
export FLUX_CONTROLLERS=$(tests/e2e/flux/build.sh)

kubeconfig=$(tests/e2e/cluster.sh start "$run_dir")
echo "test control plane: $kubeconfig"
export FLUX_E2E_KUBECONFIG=$kubeconfig

# The `flux create … --export` differential against Flux's own CLI (tests/create_differential) runs among the
# workspace tests, on a fixed seed.
FLUX_CREATE_SEED=${FLUX_CREATE_SEED:-1} FLUX_CREATE_CASES=${FLUX_CREATE_CASES:-400} \
  cargo test --workspace --locked -- "$@"
# The kustomize differential run (500 generated trees in CI; FLUX_DIFF_CASES=100000 on demand). The Helm one
# runs inside the workspace tests above.
FLUX_DIFF_CASES=${FLUX_DIFF_CASES:-500} FLUX_DIFF_SEED=${FLUX_DIFF_SEED:-1} \
  cargo test -p kustomize --locked --test differential -- --ignored
