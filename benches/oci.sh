#!/usr/bin/env bash
# Benchmark (figures, not pass/fail): `flux push artifact` and `flux pull artifact` of a 1,000-file tree (20
# directories of 50 ConfigMaps, 4 MiB) against Debian's docker-registry on loopback, ours against Flux v2.9.5's
# own CLI (FLUX_ORACLE, else ~/.cache/flux-e2e/flux-v2.9.5/flux). Each push goes to a new repository, so every
# blob is uploaded (no "already exists" shortcut). Timed with farm-bench when it is installed (medians), else
# with a best-of loop.
# Usage: benches/oci.sh [runs]   (default 5)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
runs=${1:-5}
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$HOME/.cache/flux-target}
oracle=${FLUX_ORACLE:-$HOME/.cache/flux-e2e/flux-v2.9.5/flux}
[ -x "$oracle" ] || { echo "Flux v2.9.5's CLI not found at $oracle (set FLUX_ORACLE)" >&2; exit 1; }
cargo build --quiet --release --bin flux
ours="$CARGO_TARGET_DIR/release/flux"

work=$(mktemp -d)
trap 'kill "$reg_pid" 2>/dev/null || true; rm -rf "$work"' EXIT
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
printf 'version: 0.1\nlog: {level: error}\nstorage: {filesystem: {rootdirectory: %s/data}}\nhttp: {addr: 127.0.0.1:%s}\n' \
  "$work" "$port" > "$work/config.yml"
docker-registry serve "$work/config.yml" >/dev/null 2>&1 &
reg_pid=$!
python3 - "$work/tree" <<'PY'
import os, sys
root = sys.argv[1]
for d in range(20):
    os.makedirs(f"{root}/d{d}", exist_ok=True)
    for f in range(50):
        with open(f"{root}/d{d}/cm{f}.yaml", "w") as out:
            out.write(f"apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm-{d}-{f}\ndata:\n  key: \"" + f"value-{d}-{f} " * 20 + "\"\n")
PY
sleep 1
reg=127.0.0.1:$port
"$ours" push artifact "oci://$reg/seed:1" --path="$work/tree" --source=s --revision=r >/dev/null 2>&1
mkdir -p "$work/pa" "$work/pb"
# A new repository per push: `date +%s%N` in the name, expanded by the `sh -c` of each run.
push_cmd() { echo "exec $1 push artifact oci://$reg/p\$(date +%s%N):1 --path=$work/tree --source=s --revision=r"; }
if command -v farm-bench >/dev/null; then
  echo "== push (ours = A, Flux v2.9.5 = B)"
  farm-bench -n "$runs" --vs "sh -c '$(push_cmd "$oracle")'" -- sh -c "$(push_cmd "$ours")" |
    grep -E 'farm-bench|wall|cpu s|peak'
  echo "== pull (ours = A, Flux v2.9.5 = B)"
  farm-bench -n "$runs" --vs "$oracle pull artifact oci://$reg/seed:1 -o $work/pb" -- \
    "$ours" pull artifact "oci://$reg/seed:1" -o "$work/pa" | grep -E 'farm-bench|wall|cpu s|peak'
else
  best() { local b=999999; for _ in $(seq "$runs"); do t0=$(date +%s%N); "$@" >/dev/null 2>&1; ms=$(( ($(date +%s%N)-t0)/1000000 )); [ $ms -lt $b ] && b=$ms; done; echo $b; }
  echo "push ms: ours $(best sh -c "$(push_cmd "$ours")") flux $(best sh -c "$(push_cmd "$oracle")")"
  echo "pull ms: ours $(best "$ours" pull artifact "oci://$reg/seed:1" -o "$work/pa") flux $(best "$oracle" pull artifact "oci://$reg/seed:1" -o "$work/pb")"
fi
