#!/usr/bin/env bash
# Regenerates crates/helm-template/tests/golden/<chart>/<set>.yaml with the real helm.
#
# For every chart in the corpus (or in crates/helm-template/tests/charts, the feature charts
# written for these tests) and every value set in crates/helm-template/tests/values/<chart>/,
# runs `helm template flux-test <chart> -n flux-system --kube-version 1.33.0 -f <set>.yaml`.
# Output goes to <set>.yaml; when helm refuses to render, its message goes to <set>.error.
# golden/HELM_VERSION records the helm that made them.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
crate="$root/crates/helm-template"
corpus="${FLUX_CORPUS:-$root/../shared/corpus}/charts"
helm="$("$here/build-helm.sh")"

release=flux-test
namespace=flux-system
kube_version=1.33.0

golden="$crate/tests/golden"
mkdir -p "$golden"
"$helm" version --template '{{ .Version }}' > "$golden/HELM_VERSION"
echo >> "$golden/HELM_VERSION"

for dir in "$crate"/tests/values/*/; do
  chart="$(basename "$dir")"
  mkdir -p "$golden/$chart"
  for values in "$dir"*.yaml; do
    set_name="$(basename "$values" .yaml)"
    out="$golden/$chart/$set_name"
    rm -f "$out.yaml" "$out.error"
    chart_dir="$corpus/$chart"
    [ -d "$crate/tests/charts/$chart" ] && chart_dir="$crate/tests/charts/$chart"
    if "$helm" template "$release" "$chart_dir" --namespace "$namespace" \
        --kube-version "$kube_version" -f "$values" > "$out.yaml" 2> "$out.stderr"; then
      rm -f "$out.stderr"
    else
      sed -n '/^Error: /,$p' "$out.stderr" | sed '1s/^Error: //' > "$out.error"
      rm -f "$out.yaml" "$out.stderr"
    fi
    echo "$chart/$set_name: $( [ -f "$out.yaml" ] && echo rendered || echo error )"
  done
done
