#!/usr/bin/env python3
"""Generates a kustomize tree of about 4000 resources for benches/kustomize.sh: 333 bases (Deployment, Service,
ConfigMap and a generated ConfigMap each) included by three overlays with a name prefix, labels, a strategic-merge
patch, a JSON 6902 patch and an image override, joined by one top-level kustomization."""
import os
import sys

root = sys.argv[1]
apps = int(sys.argv[2]) if len(sys.argv) > 2 else 333


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)


for i in range(apps):
    d = f"{root}/bases/app-{i}"
    write(f"{d}/deployment.yaml", f"""apiVersion: apps/v1
kind: Deployment
metadata:
  name: app-{i}
  labels:
    app: app-{i}
spec:
  replicas: 1
  selector:
    matchLabels:
      app: app-{i}
  template:
    metadata:
      labels:
        app: app-{i}
    spec:
      containers:
      - name: app
        image: ghcr.io/example/app:1.0.{i}
        envFrom:
        - configMapRef:
            name: app-{i}-config
        - configMapRef:
            name: app-{i}-env
        ports:
        - containerPort: 8080
          name: http
""")
    write(f"{d}/service.yaml", f"""apiVersion: v1
kind: Service
metadata:
  name: app-{i}
spec:
  selector:
    app: app-{i}
  ports:
  - name: http
    port: 80
    targetPort: http
""")
    write(f"{d}/configmap.yaml", f"""apiVersion: v1
kind: ConfigMap
metadata:
  name: app-{i}-config
data:
  index: "{i}"
  mode: standard
""")
    write(f"{d}/kustomization.yaml", f"""apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
resources:
- deployment.yaml
- service.yaml
- configmap.yaml
configMapGenerator:
- name: app-{i}-env
  literals:
  - APP_INDEX={i}
  - LOG_LEVEL=info
""")

for env, replicas in (("dev", 1), ("staging", 2), ("prod", 3)):
    resources = "".join(f"- ../../bases/app-{i}\n" for i in range(apps))
    write(f"{root}/overlays/{env}/kustomization.yaml", f"""apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
namePrefix: {env}-
labels:
- pairs:
    env: {env}
  includeSelectors: true
images:
- name: ghcr.io/example/app
  newTag: {env}-latest
patches:
- target:
    kind: Deployment
  patch: |-
    apiVersion: apps/v1
    kind: Deployment
    metadata:
      name: any
    spec:
      replicas: {replicas}
- target:
    kind: Service
  patch: |-
    - op: add
      path: /metadata/annotations
      value:
        env: {env}
resources:
{resources}""")

write(f"{root}/kustomization.yaml", """apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
resources:
- overlays/dev
- overlays/staging
- overlays/prod
""")
