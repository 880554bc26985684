#!/usr/bin/env bash
# Installs what the tests need beyond Rust, Go and kubectl, from Debian's packages, and only what is missing:
# the real Git servers of the e2e tests (git daemon, git http-backend behind nginx + fcgiwrap, sshd), gpg for
# the commit-signing tests, openssl for the private CAs, setsid for the control plane, docker-registry (with
# htpasswd from apache2-utils) as the OCI registry of the Helm chart tests. `tests/run.sh` runs it
# first, so the README's test command works on a fresh machine by itself; a second run installs nothing.
set -euo pipefail

need=()
command -v kubectl >/dev/null || need+=(kubernetes-client)
command -v setsid >/dev/null || need+=(util-linux)
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || need+=(nginx)
command -v fcgiwrap >/dev/null || [ -x /usr/sbin/fcgiwrap ] || need+=(fcgiwrap)
[ -x /usr/sbin/sshd ] || need+=(openssh-server)
[ -x /usr/lib/git-core/git-daemon ] || need+=(git-daemon-run)
command -v gpg >/dev/null || need+=(gnupg)
command -v openssl >/dev/null || need+=(openssl)
command -v docker-registry >/dev/null || need+=(docker-registry)
command -v htpasswd >/dev/null || need+=(apache2-utils)
[ ${#need[@]} -eq 0 ] && exit 0

echo "installing test prerequisites: ${need[*]}" >&2
sudo=()
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || {
    echo "the tests need these Debian packages: ${need[*]}; install them as root (apt-get install ${need[*]})" >&2
    exit 1
  }
  sudo=(sudo)
fi
"${sudo[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
