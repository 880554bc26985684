{{- define "lib.greeting" -}}from-lib-{{ .Chart.Name }}{{- end -}}
