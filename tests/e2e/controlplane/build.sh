#!/usr/bin/env bash
# Builds the test control plane (etcd + kube-apiserver + kube-controller-manager from their Go modules) once
# and caches the binary outside the clone, keyed on the sources; prints the binary's path.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
export GOTOOLCHAIN=go1.27.3   # structured-merge-diff/v7, needed by k8s.io/kubernetes 1.37, needs Go 1.27
K8S_VERSION=1.37.2
cache=${FLUX_E2E_CACHE:-$HOME/.cache/flux-e2e}
key=$(cat "$here"/go.mod "$here"/go.sum "$here"/*.go "$0" | sha256sum | cut -c1-16)
bin="$cache/controlplane-$key"
if [ ! -x "$bin" ]; then
  mkdir -p "$cache"
  minor=$(echo "$K8S_VERSION" | cut -d. -f2)
  ld="-s -w"
  for pkg in k8s.io/component-base/version k8s.io/client-go/pkg/version; do
    ld="$ld -X $pkg.gitVersion=v$K8S_VERSION -X $pkg.gitMajor=1 -X $pkg.gitMinor=$minor -X $pkg.gitTreeState=clean"
  done
  echo "building the test control plane (Kubernetes $K8S_VERSION); the first build takes several minutes" >&2
  (cd "$here" && go build -trimpath -ldflags "$ld" -o "$bin.tmp" .)
  mv "$bin.tmp" "$bin"
fi
echo "$bin"
