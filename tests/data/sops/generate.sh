#!/usr/bin/env bash
# Regenerates the SOPS fixtures with the real tools. Needs sops and age-keygen on PATH (see README.md).
# Keys are regenerated too, so every encrypted file changes; the plain inputs in plain/ stay as they are.
set -euo pipefail
cd "$(dirname "$0")"
# No .sops.yaml may sit above this directory: every rule is given on the command line (or in a temp config).

for k in first second wrong; do
  rm -f "keys/$k.agekey"
  age-keygen -o "keys/$k.agekey" 2>/dev/null
done
recipient() { age-keygen -y "keys/$1.agekey"; }
R1=$(recipient first)
R2=$(recipient second)

enc() { # enc <out> <sops encrypt args...>
  local out=$1; shift
  sops encrypt "$@" > "$out"
}
dec() { # dec <in> <out> <type>
  SOPS_AGE_KEY_FILE=keys/first.agekey sops decrypt --input-type "$3" --output-type "$3" "$1" > "$2"
}

# A Secret encrypted the way Flux's docs recommend: only data/stringData values.
enc secret.enc.yaml --age "$R1" --encrypted-regex '^(data|stringData)$' plain/secret.yaml
dec secret.enc.yaml secret.dec.yaml yaml
# The same Secret with every value encrypted (default rules: only *_unencrypted keys stay clear).
enc secret-all.enc.yaml --age "$R1" plain/secret.yaml
dec secret-all.enc.yaml secret-all.dec.yaml yaml
# unencrypted_regex, encrypted_suffix and mac_only_encrypted.
enc secret-unencrypted-regex.enc.yaml --age "$R1" --unencrypted-regex '^(apiVersion|kind|metadata|type)$' plain/secret.yaml
dec secret-unencrypted-regex.enc.yaml secret-unencrypted-regex.dec.yaml yaml
enc values-encrypted-suffix.enc.yaml --age "$R1" --encrypted-suffix 'ame' plain/values.yaml
dec values-encrypted-suffix.enc.yaml values-encrypted-suffix.dec.yaml yaml
# mac_only_encrypted has no CLI flag: it comes from a creation rule.
cfg=$(mktemp --suffix=.yaml)
printf 'creation_rules:\n  - mac_only_encrypted: true\n    encrypted_regex: "^(data|stringData)$"\n    age: %s\n' "$R1" > "$cfg"
SOPS_CONFIG="$cfg" enc secret-mac-only.enc.yaml plain/secret.yaml
rm -f "$cfg"
dec secret-mac-only.enc.yaml secret-mac-only.dec.yaml yaml
# encrypted_comment_regex (creation rule only): values after a matching comment are encrypted.
cfg=$(mktemp --suffix=.yaml)
printf 'creation_rules:\n  - encrypted_comment_regex: "sops:enc"\n    age: %s\n' "$R1" > "$cfg"
SOPS_CONFIG="$cfg" enc comments.enc.yaml plain/comments.yaml
rm -f "$cfg"
dec comments.enc.yaml comments.dec.yaml yaml
# Typed values, comments, lists, nulls, an *_unencrypted key.
enc values.enc.yaml --age "$R1" plain/values.yaml
dec values.enc.yaml values.dec.yaml yaml
# Several YAML documents in one file: metadata in the first, one MAC across all.
enc multi.enc.yaml --age "$R1" --encrypted-regex '^(data|stringData)$' plain/multi.yaml
dec multi.enc.yaml multi.dec.yaml yaml
# Two recipients: either key decrypts.
enc two-recipients.enc.yaml --age "$R1,$R2" --encrypted-regex '^(data|stringData)$' plain/secret.yaml
dec two-recipients.enc.yaml two-recipients.dec.yaml yaml
# Two key groups with Shamir threshold 2: both keys are needed (key groups only come from a creation rule).
cfg=$(mktemp --suffix=.yaml)
printf 'creation_rules:\n  - encrypted_regex: "^(data|stringData)$"\n    shamir_threshold: 2\n    key_groups:\n      - age: [%s]\n      - age: [%s]\n' "$R1" "$R2" > "$cfg"
SOPS_CONFIG="$cfg" enc shamir.enc.yaml plain/secret.yaml
rm -f "$cfg"
both=$(mktemp)
cat keys/first.agekey keys/second.agekey > "$both"
SOPS_AGE_KEY_FILE="$both" sops decrypt --input-type yaml --output-type yaml shamir.enc.yaml > shamir.dec.yaml
rm -f "$both"
# JSON, dotenv and binary files (secretGenerator sources).
enc config.enc.json --age "$R1" plain/config.json
dec config.enc.json config.dec.json json
enc app.enc.env --age "$R1" plain/app.env
dec app.enc.env app.dec.env dotenv
enc blob.enc.bin --age "$R1" --input-type binary --output-type binary plain/blob.bin
dec blob.enc.bin blob.dec.bin binary

# Tampered copies (by hand-editing the encrypted files; sops must refuse them):
# an unencrypted value changed after encryption -> MAC mismatch,
sed 's/name: db-credentials/name: db-credentials-evil/' secret.enc.yaml > tampered-value.enc.yaml
# an encrypted value moved to another key -> its AES-GCM tag no longer verifies (the path is additional data).
awk '/^    username: ENC/ {u=$2} /^    password: ENC/ {p=$2} {print}' secret.enc.yaml > /dev/null
python3 - <<'PY'
import re
s = open("secret.enc.yaml").read()
u = re.search(r"^    username: (ENC\[.*\])$", s, re.M).group(1)
p = re.search(r"^    password: (ENC\[.*\])$", s, re.M).group(1)
s = s.replace("    username: " + u, "    username: " + p, 1)
open("tampered-swapped.enc.yaml", "w").write(s)
# Only a PGP key can decrypt: replace the age stanza list by a PGP entry (fake fingerprint).
s = open("secret.enc.yaml").read()
s = re.sub(r"    age:\n(?:        .*\n)+", "    pgp:\n        - created_at: \"2026-01-01T00:00:00Z\"\n          enc: |-\n            -----BEGIN PGP MESSAGE-----\n            -----END PGP MESSAGE-----\n          fp: 0123456789ABCDEF0123456789ABCDEF01234567\n", s)
open("pgp-only.enc.yaml", "w").write(s)
PY
sops --version --disable-version-check | head -1 > VERSIONS
age-keygen --version | sed 's/^/age-keygen /' >> VERSIONS
