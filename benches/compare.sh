#!/usr/bin/env bash
# Side-by-side benchmark (figures, not pass/fail): Flux v2.9.5's own source-controller + kustomize-controller
# (+ helm-controller for W6) against `flux serve` (the same controllers), each workload run first with Flux's, then with ours, each on
# a fresh test control plane (tests/e2e/cluster.sh, its own directory), the same client rate limit on both
# sides. Prints one table Flux / ours / ratio. See docs/compare.md for what each workload measures.
# Usage: benches/compare.sh
#   COMPARE_SIZES="100 500"   the W2 sizes (COMPARE_1000=1 adds 1000)
#   COMPARE_QPS=50 COMPARE_BURST=300   --kube-api-qps/--kube-api-burst on both sides (Flux's defaults)
#   COMPARE_KEEP=1            keep the work directory (audit logs, controller logs) for a request trace
#   COMPARE_WORKLOADS="w1 w2 w3 w4 w5 w6 w7"   the workloads to run
#   COMPARE_CHURN=1000        the W7 size
#   COMPARE_SIDES="flux ours" the sides to run
#   COMPARE_FLUX=PATH         a flux binary to use instead of building the release one
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$HOME/.cache/flux-target}
sizes=${COMPARE_SIZES:-100 500}
[ -n "${COMPARE_1000:-}" ] && sizes="$sizes 1000"
qps=${COMPARE_QPS:-50}
burst=${COMPARE_BURST:-300}
sides=${COMPARE_SIDES:-flux ours}
py="python3 $root/benches/compare.py"
export GIT_AUTHOR_NAME=bench GIT_AUTHOR_EMAIL=bench@example.com GIT_COMMITTER_NAME=bench GIT_COMMITTER_EMAIL=bench@example.com

# Everything the runs need, built (or found in the caches) first so no build overlaps a measurement.
tests/e2e/controlplane/build.sh >/dev/null
tests/e2e/controlplane/build-kwok.sh >/dev/null
controllers=$(tests/e2e/flux/build.sh)
helm=$(tests/differential/build-oracles.sh)
if [ -n "${COMPARE_FLUX:-}" ]; then
  flux=$COMPARE_FLUX
else
  cargo build --release --locked --bin flux
  flux="$CARGO_TARGET_DIR/release/flux"
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/flux-compare.XXXXXX")
results="$work/results.tsv"
side_pids=""
cluster_dir=""
server_pids=""
cleanup() {
  [ -n "$side_pids" ] && kill $side_pids 2>/dev/null
  [ -n "$cluster_dir" ] && tests/e2e/cluster.sh stop "$cluster_dir" >/dev/null 2>&1
  [ -n "$server_pids" ] && kill $server_pids 2>/dev/null
  if [ -n "${COMPARE_KEEP:-}" ]; then echo "kept $work" >&2; else rm -rf "$work"; fi
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
now() { date +%s.%N; }
elapsed() { python3 -c "print(f'{$2 - $1:.2f}')"; }
log() { echo "[$(date +%H:%M:%S)] $*" >&2; }

# A smart-HTTP git server (git http-backend behind fcgiwrap and nginx), as the e2e tests use.
git_root="$work/git"
mkdir -p "$git_root/repos" "$git_root/nginx"
git_port=$(free_port)
fcgiwrap -s "unix:$git_root/fcgi.sock" &
server_pids="$!"
cat >"$git_root/nginx.conf" <<EOF
user root; worker_processes 1; daemon off; pid $git_root/nginx.pid; error_log $git_root/nginx-error.log;
events {}
http { access_log off; client_body_temp_path $git_root/nginx; fastcgi_temp_path $git_root/nginx;
  proxy_temp_path $git_root/nginx; uwsgi_temp_path $git_root/nginx; scgi_temp_path $git_root/nginx;
  server { listen 127.0.0.1:$git_port;
    location ~ ^(/.*)$ { include /etc/nginx/fastcgi_params;
      fastcgi_param SCRIPT_FILENAME /usr/lib/git-core/git-http-backend; fastcgi_param GIT_PROJECT_ROOT $git_root/repos;
      fastcgi_param GIT_HTTP_EXPORT_ALL ""; fastcgi_param PATH_INFO \$1; fastcgi_pass unix:$git_root/fcgi.sock; } } }
EOF
nginx -c "$git_root/nginx.conf" &
server_pids="$server_pids $!"

# new_repo NAME DIR: a bare repository NAME from the files in DIR (DIR becomes its working tree).
new_repo() {
  git -C "$2" init -q && git -C "$2" add -A && git -C "$2" commit -qm initial
  git clone -q --bare "$2" "$git_root/repos/$1.git"
  git -C "$2" remote add origin "$git_root/repos/$1.git"
}
url() { echo "http://127.0.0.1:$git_port/$1.git"; }
head_of() { git -C "$1" rev-parse HEAD; }

gitrepo() {
  printf 'apiVersion: source.toolkit.fluxcd.io/v1\nkind: GitRepository\nmetadata:\n  name: %s\n  namespace: bench\nspec:\n  interval: 10m\n  url: %s\n---\n' "$1" "$(url "$1")"
}
# kustomization NAME PATH SOURCE [DEPENDS_ON]
kustomization() {
  printf 'apiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\nmetadata:\n  name: %s\n  namespace: bench\nspec:\n  interval: 10m\n  path: %s\n  prune: true\n  targetNamespace: bench\n  sourceRef:\n    kind: GitRepository\n    name: %s\n' "$1" "$2" "$3"
  [ -n "${4:-}" ] && printf '  dependsOn:\n  - name: %s\n' "$4"
  printf -- '---\n'
}
configmaps() {  # configmaps DIR PREFIX COUNT
  mkdir -p "$1"
  for i in $(seq 0 $(($3 - 1))); do
    printf -- '---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: %s-%03d\ndata:\n  value: "%d"\n' "$2" "$i" "$i"
  done >"$1/configmaps.yaml"
}

# The fixtures: repositories for W2 (one per 10 Kustomizations), W3/W4 (50 ConfigMaps) and W5 (a chain of 10).
for n in $sizes; do
  $py repos "$work/w2-$n" "$n"
  for d in "$work/w2-$n"/repo-*; do new_repo "w2-$n-$(basename "$d")" "$d"; done
  {
    for d in "$work/w2-$n"/repo-*; do gitrepo "w2-$n-$(basename "$d")"; done
    for k in $(seq 0 $((n - 1))); do
      kustomization "$(printf 'ks-%04d' "$k")" "./$(printf 'ks-%04d' "$k")" "$(printf 'w2-%d-repo-%03d' "$n" $((k / 10)))"
    done
  } >"$work/w2-$n.yaml"
done
configmaps "$work/fifty/app" cm 50
new_repo fifty "$work/fifty"
{ gitrepo fifty; kustomization fifty ./app fifty; } >"$work/fifty.yaml"
for i in $(seq 0 9); do configmaps "$work/chain/c$i" "chain-$i" 1; done
new_repo chain "$work/chain"
{
  gitrepo chain
  for i in $(seq 0 9); do kustomization "chain-$i" "./c$i" chain "$([ "$i" -gt 0 ] && echo "chain-$((i - 1))")"; done
} >"$work/chain.yaml"

k() { kubectl --kubeconfig="$cluster_dir/kubeconfig" "$@"; }

# start SIDE RUN [SECOND]: a fresh control plane in $work/RUN-SIDE with SIDE's CRDs, then SIDE's controllers:
# source-controller and SECOND (kustomize-controller, or helm-controller for W6) in every namespace, no leader
# election, the same QPS/burst; returns once every controller answers /readyz.
start() {
  local second=${3:-kustomize-controller}
  cluster_dir="$work/$2-$1"
  tests/e2e/cluster.sh start "$cluster_dir" >/dev/null
  if [ "$1" = flux ]; then
    k apply --server-side -f "$controllers/crds" >/dev/null
  else
    "$flux" install --export | $py crds | k apply --server-side -f - >/dev/null
  fi
  k wait --for=condition=Established --timeout=60s crd/kustomizations.kustomize.toolkit.fluxcd.io \
    crd/gitrepositories.source.toolkit.fluxcd.io >/dev/null
  k create namespace flux-system >/dev/null
  k create namespace bench >/dev/null
  local storage health1 health2 common
  storage="127.0.0.1:$(free_port)"; health1="127.0.0.1:$(free_port)"; health2="127.0.0.1:$(free_port)"
  common="--enable-leader-election=false --watch-all-namespaces=true --kube-api-qps=$qps --kube-api-burst=$burst"
  mkdir -p "$cluster_dir/storage"
  if [ "$1" = flux ]; then
    KUBECONFIG="$cluster_dir/kubeconfig" RUNTIME_NAMESPACE=flux-system "$controllers/source-controller" $common \
      --storage-path="$cluster_dir/storage" --storage-addr="$storage" --storage-adv-addr="$storage" \
      --metrics-addr="127.0.0.1:$(free_port)" --health-addr="$health1" >"$cluster_dir/source-controller.log" 2>&1 &
    side_pids="$!"
    KUBECONFIG="$cluster_dir/kubeconfig" RUNTIME_NAMESPACE=flux-system "$controllers/$second" $common \
      --metrics-addr="127.0.0.1:$(free_port)" --health-addr="$health2" >"$cluster_dir/$second.log" 2>&1 &
    side_pids="$side_pids $!"
  else
    "$flux" --kubeconfig="$cluster_dir/kubeconfig" serve -n flux-system \
      --components=source-controller,$second $common \
      --storage-path="$cluster_dir/storage" --storage-addr="$storage" --storage-adv-addr="$storage" \
      --metrics-addr="127.0.0.1:$(free_port)" --health-addr="$health1" >"$cluster_dir/serve.log" 2>&1 &
    side_pids="$!"
    health2=$health1
  fi
  for _ in $(seq 1 300); do
    if curl -sf "http://$health1/readyz" >/dev/null && curl -sf "http://$health2/readyz" >/dev/null; then return; fi
    sleep 0.2
  done
  echo "the $1 controllers did not become ready; see $cluster_dir" >&2
  exit 1
}

stop() {
  kill $side_pids 2>/dev/null || true
  for p in $side_pids; do while kill -0 "$p" 2>/dev/null; do sleep 0.2; done; done
  side_pids=""
  tests/e2e/cluster.sh stop "$cluster_dir" >/dev/null
  rm -rf "$cluster_dir/etcd" "$cluster_dir/storage" "$cluster_dir/kwok"   # keep the logs, drop the bulk
  cluster_dir=""
}

requests() { $py requests "$cluster_dir/audit.log" "$1" "$2"; }

# wait_field NAME JSONPATH VALUE: polls the Kustomization until the field equals VALUE (kubectl's requests carry
# kubectl's User-Agent, so the polling is not counted).
wait_field() {
  for _ in $(seq 1 3000); do
    [ "$(k get kustomization "$1" -n bench -o "jsonpath=$2")" = "$3" ] && return
    sleep 0.1
  done
  echo "timed out waiting for $1 $2 = $3" >&2
  exit 1
}

# record WORKLOAD METRIC SIDE VALUE
record() { printf '%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$4" >>"$work/raw.tsv"; }

w1() {
  start "$1" w1
  sleep 30
  record "W1 idle, 30 s" "RSS MiB" "$1" "$($py rss $side_pids)"
  stop
}

w2() {
  local n=$2 t0 t1 c0 sampler
  start "$1" "w2-$n"
  c0=$($py cpu $side_pids)
  $py sample "$cluster_dir/peak" $side_pids &
  sampler=$!
  t0=$(now)
  k apply -f "$work/w2-$n.yaml" >/dev/null
  k wait --for=condition=Ready kustomizations --all -n bench --timeout=1800s >/dev/null
  t1=$(now)
  local c1; c1=$($py cpu $side_pids)
  record "W2 $n Kustomizations" "time to Ready s" "$1" "$(elapsed "$t0" "$t1")"
  record "W2 $n Kustomizations" "CPU s" "$1" "$(python3 -c "print(f'{$c1 - $c0:.2f}')")"
  record "W2 $n Kustomizations" "API requests" "$1" "$(requests "$t0" "$t1")"
  sleep 30
  record "W2 $n Kustomizations" "settled RSS MiB" "$1" "$($py rss $side_pids)"
  kill "$sampler"; wait "$sampler" 2>/dev/null || true
  record "W2 $n Kustomizations" "peak RSS MiB" "$1" "$(cat "$cluster_dir/peak")"
  stop
}

w3() {
  local t0 t1 token
  start "$1" w3
  k apply -f "$work/fifty.yaml" >/dev/null
  k wait --for=condition=Ready kustomization/fifty -n bench --timeout=300s >/dev/null
  sleep 5   # let the first reconcile's follow-ups (events, status) settle
  token=$(date +%s%N)
  t0=$(now)
  k annotate --overwrite -n bench kustomization/fifty "reconcile.fluxcd.io/requestedAt=$token" >/dev/null
  wait_field fifty '{.status.lastHandledReconcileAt}' "$token"
  t1=$(now)
  sleep 3   # requests that follow the status write (events) belong to the reconcile
  record "W3 no-op reconcile, 50 objects" "API requests" "$1" "$(requests "$t0" "$(now)")"
  record "W3 no-op reconcile, 50 objects" "time s" "$1" "$(elapsed "$t0" "$t1")"
  cp "$cluster_dir/audit.log" "$work/w3-$1.audit.log"
  echo "$t0" >"$work/w3-$1.since"
  stop
}

w4() {
  local t0 t1 token sha
  start "$1" w4
  k apply -f "$work/fifty.yaml" >/dev/null
  k wait --for=condition=Ready kustomization/fifty -n bench --timeout=300s >/dev/null
  sleep 5
  sed -i "s/value: \"7[^\"]*\"/value: \"7-$1\"/" "$work/fifty/app/configmaps.yaml"
  git -C "$work/fifty" commit -qam "change cm-007" && git -C "$work/fifty" push -q origin HEAD
  sha=$(head_of "$work/fifty")
  token=$(date +%s%N)
  t0=$(now)
  # The source controller is asked at once (the interval is 10m); the latency runs from this request.
  k annotate --overwrite -n bench gitrepository/fifty "reconcile.fluxcd.io/requestedAt=$token" >/dev/null
  wait_field fifty '{.status.lastAppliedRevision}' "master@sha1:$sha"
  t1=$(now)
  sleep 3
  record "W4 one object changed in Git" "API requests" "$1" "$(requests "$t0" "$(now)")"
  record "W4 one object changed in Git" "latency s" "$1" "$(elapsed "$t0" "$t1")"
  [ "$(k get configmap cm-007 -n bench -o 'jsonpath={.data.value}')" = "7-$1" ] || { echo "W4: cm-007 not changed" >&2; exit 1; }
  cp "$cluster_dir/audit.log" "$work/w4-$1.audit.log"
  echo "$t0" >"$work/w4-$1.since"
  stop
}

w5() {
  local t0 t1
  start "$1" w5
  t0=$(now)
  k apply -f "$work/chain.yaml" >/dev/null
  k wait --for=condition=Ready kustomization/chain-9 -n bench --timeout=900s >/dev/null
  t1=$(now)
  record "W5 dependsOn chain of 10" "time to last Ready s" "$1" "$(elapsed "$t0" "$t1")"
  stop
}

# W6: 50 HelmReleases of podinfo from one HTTP HelmRepository (python's http.server over a `helm repo index`ed
# directory), each scheduled on kwok's fake node: time until all are Ready, CPU, requests, peak RSS; then one
# no-op reconcile of one HelmRelease (its requests).
charts="$work/charts"
mkdir -p "$charts"
"$helm" package "${FLUX_CORPUS:-$root/../shared/corpus}/charts/podinfo" -d "$charts" >/dev/null
chart_port=$(free_port)
"$helm" repo index "$charts" --url "http://127.0.0.1:$chart_port" >/dev/null
(cd "$charts" && exec python3 -m http.server "$chart_port" --bind 127.0.0.1 >/dev/null 2>&1) &
server_pids="$server_pids $!"
{
  printf 'apiVersion: source.toolkit.fluxcd.io/v1\nkind: HelmRepository\nmetadata:\n  name: podinfo\n  namespace: bench\nspec:\n  interval: 10m\n  url: http://127.0.0.1:%s\n' "$chart_port"
  for i in $(seq 0 49); do
    printf -- '---\napiVersion: helm.toolkit.fluxcd.io/v2\nkind: HelmRelease\nmetadata:\n  name: hr-%s\n  namespace: bench\nspec:\n  interval: 10m\n  chart:\n    spec:\n      chart: podinfo\n      sourceRef:\n        kind: HelmRepository\n        name: podinfo\n  values:\n    replicaCount: 1\n    tolerations:\n    - key: kwok.x-k8s.io/node\n      operator: Exists\n      effect: NoSchedule\n' "$i"
  done
} >"$work/w6.yaml"

w6() {
  local t0 t1 c0 c1 sampler token
  start "$1" w6 helm-controller
  c0=$($py cpu $side_pids)
  $py sample "$cluster_dir/peak" $side_pids &
  sampler=$!
  t0=$(now)
  k apply -f "$work/w6.yaml" >/dev/null
  k wait --for=condition=Ready helmreleases --all -n bench --timeout=1800s >/dev/null
  t1=$(now)
  c1=$($py cpu $side_pids)
  record "W6 50 HelmReleases" "time to Ready s" "$1" "$(elapsed "$t0" "$t1")"
  record "W6 50 HelmReleases" "CPU s" "$1" "$(python3 -c "print(f'{$c1 - $c0:.2f}')")"
  record "W6 50 HelmReleases" "API requests" "$1" "$(requests "$t0" "$t1")"
  sleep 10
  kill "$sampler"; wait "$sampler" 2>/dev/null || true
  record "W6 50 HelmReleases" "peak RSS MiB" "$1" "$(cat "$cluster_dir/peak")"
  token=$(date +%s%N)
  t0=$(now)
  k annotate --overwrite -n bench helmrelease/hr-0 "reconcile.fluxcd.io/requestedAt=$token" >/dev/null
  for _ in $(seq 1 600); do
    [ "$(k get helmrelease hr-0 -n bench -o 'jsonpath={.status.lastHandledReconcileAt}')" = "$token" ] && break
    sleep 0.1
  done
  sleep 3
  record "W6 no-op reconcile, 1 HelmRelease" "API requests" "$1" "$(requests "$t0" "$(now)")"
  stop
}

# W7: churn. COMPARE_CHURN (default 1000) Kustomizations of an empty directory (nothing to apply: the
# per-object cost of the controllers alone) are created, become Ready and are deleted. RSS of the controllers
# before, with all of them Ready, and 10 s after the last one is gone.
churn=${COMPARE_CHURN:-1000}
mkdir -p "$work/empty/empty"
printf 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources: []\n' \
  >"$work/empty/empty/kustomization.yaml"
new_repo empty "$work/empty"
{
  gitrepo empty
  for k in $(seq 0 $((churn - 1))); do kustomization "$(printf 'churn-%04d' "$k")" ./empty empty; done
} >"$work/w7.yaml"

w7() {
  local t0 t1
  start "$1" w7
  sleep 5
  record "W7 churn, $churn Kustomizations" "RSS before MiB" "$1" "$($py rss $side_pids)"
  t0=$(now)
  k apply -f "$work/w7.yaml" >/dev/null
  k wait --for=condition=Ready kustomizations --all -n bench --timeout=1800s >/dev/null
  t1=$(now)
  record "W7 churn, $churn Kustomizations" "time to Ready s" "$1" "$(elapsed "$t0" "$t1")"
  record "W7 churn, $churn Kustomizations" "RSS all Ready MiB" "$1" "$($py rss $side_pids)"
  k delete kustomizations --all -n bench --wait=true >/dev/null
  sleep 10
  record "W7 churn, $churn Kustomizations" "RSS after deletion MiB" "$1" "$($py rss $side_pids)"
  stop
}

for w in ${COMPARE_WORKLOADS:-w1 w2 w3 w4 w5 w6 w7}; do
  if [ "$w" = w2 ]; then
    for n in $sizes; do for side in $sides; do log "W2 $n $side"; w2 "$side" "$n"; done; done
  else
    for side in $sides; do log "$w $side"; "$w" "$side"; done
  fi
done

# raw.tsv has one line per side; join them into workload, metric, flux, ours.
python3 - "$work/raw.tsv" >"$results" <<'EOF'
import sys
rows = {}
for line in open(sys.argv[1]):
    w, m, side, v = line.rstrip("\n").split("\t")
    rows.setdefault((w, m), {})[side] = v
for (w, m), v in rows.items():
    print(f"{w}\t{m}\t{v.get('flux', '-')}\t{v.get('ours', '-')}")
EOF
echo
echo "Flux v2.9.5 (source-controller + kustomize-controller v1.9.5, helm-controller v1.6.4 for W6) vs flux serve;" \
  "$(nproc) cores; --kube-api-qps=$qps --kube-api-burst=$burst on both"
$py table "$results"
