#!/usr/bin/env bash
# Turns a small kustomize tree into a named regression case of the kustomize crate, with the
# expected result produced by the real tools:
#   add-regression.sh NAME_AS_A_SENTENCE DIR
# DIR holds the tree; the build root is DIR/app when it exists, else DIR. With DIR/ks.yaml (a Flux
# Kustomization, name "diff") the case is built with `flux build kustomization --dry-run`.
# Writes crates/kustomize/tests/regressions/NAME/{input/,expected.yaml | expected.err}.
set -euo pipefail
name=$1 src=$2
here=$(cd "$(dirname "$0")/../../.." && pwd)
eval "$("$here/tests/differential/kustomize/build-oracles.sh" all 2>/dev/null | sed 's/^/export /')"
out="$here/crates/kustomize/tests/regressions/$name"
rm -rf "$out" && mkdir -p "$out/input"
cp -r "$src/." "$out/input/"
root=.
[ -d "$out/input/app" ] && root=app
cd "$out/input"
if [ -f ks.yaml ]; then
  cmd=("$FLUX_ORACLE" build kustomization diff --dry-run --path "$root" --kustomization-file ks.yaml)
else
  cmd=("$KUSTOMIZE_ORACLE" build "$root")
fi
if "${cmd[@]}" >"$out/expected.yaml" 2>"$out/stderr"; then
  rm -f "$out/stderr"
else
  grep -v '^# Warning\|^Warning' "$out/stderr" | sed "s|$out/input/||g" >"$out/expected.err" || true
  rm -f "$out/stderr" "$out/expected.yaml"
fi
ls "$out"
