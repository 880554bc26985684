{{- define "features.overridden" -}}sub{{- end -}}
