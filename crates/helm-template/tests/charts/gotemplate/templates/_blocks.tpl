{{- define "overridden" -}}from-blocks{{- end -}}
{{- define "recurse" -}}{{ if gt (int .) 0 }}{{ . }}{{ include "recurse" (sub . 1) }}{{ end }}{{- end -}}
