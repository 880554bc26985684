{{- define "overridden" -}}from-later{{- end -}}
