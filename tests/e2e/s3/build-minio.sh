#!/usr/bin/env bash
# Builds MinIO (the real S3 server of the Bucket end-to-end tests) from its Go module once and caches it
# outside the clone, keyed on the version; prints the binary's path. The module proxy refuses MinIO's
# `RELEASE.*` tags and its version list, so the build pins a pseudo-version and goes through a small wrapper
# module (`go install mod@version` would fail while loading deprecations).
set -euo pipefail
export GOFLAGS=-modcacherw
MINIO_VERSION=v0.0.0-20260212201848-7aac2a2c5b7c
cache=${FLUX_E2E_CACHE:-$HOME/.cache/flux-e2e}
dir="$cache/minio-$MINIO_VERSION"
if [ ! -x "$dir/minio" ]; then
  mkdir -p "$dir"
  echo "building minio $MINIO_VERSION; the first build takes about five minutes" >&2
  tmp=$(mktemp -d "$dir/build.XXXXXX")
  trap 'rm -rf "$tmp"' EXIT
  (
    cd "$tmp"
    go mod init minio-build >/dev/null 2>&1
    printf 'package main\n\nimport _ "github.com/minio/minio"\n' >tools.go
    go mod edit -require="github.com/minio/minio@$MINIO_VERSION"
    go mod tidy >/dev/null 2>&1 || go get "github.com/minio/minio@$MINIO_VERSION"
    CGO_ENABLED=0 go build -trimpath -ldflags "-s -w" -o minio github.com/minio/minio
  )
  mv "$tmp/minio" "$dir/minio"
fi
echo "$dir/minio"
