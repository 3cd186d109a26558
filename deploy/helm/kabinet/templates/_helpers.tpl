{{/* The release's prefix of every name: the release name, or release-chart when it does not contain the chart's name. */}}
{{- define "kabinet.fullname" -}}
{{- if contains .Chart.Name .Release.Name -}}
{{- .Release.Name | trunc 40 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name .Chart.Name | trunc 40 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}

{{/* The name of an app's objects: (dict "root" $ "name" "metering-service") -> kabinet-metering-service */}}
{{- define "kabinet.appName" -}}
{{- printf "%s-%s" (include "kabinet.fullname" .root) .name | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/* An app's settings: defaults overridden by apps.<name> */}}
{{- define "kabinet.app" -}}
{{- $app := mergeOverwrite (deepCopy .root.Values.defaults) (deepCopy (index .root.Values.apps .name)) -}}
{{- toYaml $app -}}
{{- end -}}

{{- define "kabinet.labels" -}}
app.kubernetes.io/part-of: kabinet
app.kubernetes.io/managed-by: {{ .root.Release.Service }}
app.kubernetes.io/version: {{ .root.Chart.AppVersion | quote }}
helm.sh/chart: {{ printf "%s-%s" .root.Chart.Name .root.Chart.Version | replace "+" "_" }}
{{ include "kabinet.selector" . }}
{{- end -}}

{{- define "kabinet.selector" -}}
app.kubernetes.io/name: {{ .name }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
{{- end -}}

{{- define "kabinet.image" -}}
{{- $v := .root.Values.image -}}
{{- printf "%s%s/%s:%s" (ternary (printf "%s/" (trimSuffix "/" $v.registry)) "" (ne $v.registry "")) $v.repository .name (default .root.Chart.AppVersion $v.tag) -}}
{{- end -}}

{{- define "kabinet.secretName" -}}
{{- if .Values.secrets.create -}}{{ include "kabinet.fullname" . }}{{- else -}}{{ required "secrets.existingSecret: the Secret with the passwords (or secrets.create=true)" .Values.secrets.existingSecret }}{{- end -}}
{{- end -}}

{{- define "kabinet.serviceAccountName" -}}
{{- if .Values.serviceAccount.create -}}{{ default (include "kabinet.fullname" .) .Values.serviceAccount.name }}{{- else -}}{{ default "default" .Values.serviceAccount.name }}{{- end -}}
{{- end -}}
