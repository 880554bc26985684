#!/usr/bin/env bash
# Regenerates the helm-template goldens with the real helm v4.2.4 (the differential oracle):
#  - crates/helm-template/tests/golden/<chart>/<set>.yaml|.error for every value set in
#    crates/helm-template/tests/values/<chart>/ (corpus charts or the crate's own test charts),
#    rendered as `helm template flux-test <chart> -n flux-system --kube-version 1.33.0 -f <set>.yaml`;
#  - crates/helm-template/tests/regressions/<case>/expected.yaml|expected.error for every
#    regression case (chart/ + user.yaml), rendered as `helm template rel chart -n ns -f user.yaml`.
# golden/HELM_VERSION records the helm that made them.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
crate="$root/crates/helm-template"
corpus="${FLUX_CORPUS:-$root/../shared/corpus}/charts"
helm="${FLUX_HELM_V4:-$("$here/build-oracles.sh")}"
export HELM_CACHE_HOME="$(mktemp -d)" HELM_CONFIG_HOME="$(mktemp -d)" HELM_DATA_HOME="$(mktemp -d)"

render() { # out-prefix, then helm template args
  local out="$1"; shift
  rm -f "$out.yaml" "$out.error" "$out.stderr"
  if "$helm" template "$@" > "$out.yaml" 2> "$out.stderr"; then
    rm -f "$out.stderr"
  else
    sed -n '/^Error: /,$p' "$out.stderr" | sed '1s/^Error: //' > "$out.error"
    rm -f "$out.yaml" "$out.stderr"
  fi
}

golden="$crate/tests/golden"
"$helm" version --template '{{ .Version }}' > "$golden/HELM_VERSION"
echo >> "$golden/HELM_VERSION"
for dir in "$crate"/tests/values/*/; do
  chart="$(basename "$dir")"
  mkdir -p "$golden/$chart"
  chart_dir="$corpus/$chart"
  [ -d "$crate/tests/charts/$chart" ] && chart_dir="$crate/tests/charts/$chart"
  for values in "$dir"*.yaml; do
    set_name="$(basename "$values" .yaml)"
    render "$golden/$chart/$set_name" flux-test "$chart_dir" --namespace flux-system \
      --kube-version 1.33.0 -f "$values"
    echo "golden $chart/$set_name"
  done
done

for case in "$crate"/tests/regressions/*/; do
  [ -d "$case/chart" ] || continue
  render "$case/expected" rel "$case/chart" --namespace ns -f "$case/user.yaml"
  echo "regression $(basename "$case")"
done
