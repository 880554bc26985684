//! SOPS-encrypted generator sources: before the build, the files that `secretGenerator` and
//! `configMapGenerator` entries read (`envs`, `env`, `files`) are decrypted in place inside the unpacked
//! artifact, as Flux does, so kustomize generates Secrets and ConfigMaps from the plain values.
//!
//! Only files under the artifact root are touched; a path that leaves it is ignored here and reported by the
//! build itself.

use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::sops::{self, Format, Keys};

use super::error::Error;

/// Kustomization file names kustomize recognises.
const KUSTOMIZATION_FILES: [&str; 3] = ["kustomization.yaml", "kustomization.yml", "Kustomization"];

/// Decrypts every SOPS-encrypted generator source referenced by a kustomization file under `dir`, in place.
pub fn decrypt_generator_sources(root: &Path, dir: &Path, keys: &Keys) -> Result<(), Error> {
    for kustomization in kustomization_files(dir) {
        let Some(base) = kustomization.parent() else {
            continue;
        };
        let Ok(text) = std::fs::read_to_string(&kustomization) else {
            continue;
        };
        let Ok(doc) = yaml_serde::from_str::<Value>(&text) else {
            // A broken kustomization file is the build's to report, with its line.
            continue;
        };
        for file in generator_files(&doc) {
            let Ok(path) = crate::artifact::secure_join(base, &file) else {
                continue;
            };
            if !path.starts_with(root) || !path.is_file() {
                continue;
            }
            decrypt_in_place(&path, keys)?;
        }
    }
    Ok(())
}

/// Every kustomization file at or below `dir`.
fn kustomization_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for entry in entries.flatten() {
            let Ok(kind) = entry.file_type() else {
                continue;
            };
            let path = entry.path();
            if kind.is_dir() {
                stack.push(path);
            } else if kind.is_file()
                && KUSTOMIZATION_FILES
                    .iter()
                    .any(|n| entry.file_name() == std::ffi::OsStr::new(n))
            {
                out.push(path);
            }
        }
    }
    out
}

/// The files read by the generators of one kustomization file (`key=path` entries give their path).
fn generator_files(doc: &Value) -> Vec<String> {
    let mut out = Vec::new();
    for section in ["secretGenerator", "configMapGenerator"] {
        for generator in doc
            .get(section)
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            let listed = ["envs", "files"]
                .iter()
                .flat_map(|k| {
                    generator
                        .get(*k)
                        .and_then(Value::as_array)
                        .into_iter()
                        .flatten()
                })
                .chain(generator.get("env"))
                .filter_map(Value::as_str);
            for entry in listed {
                let path = entry.split_once('=').map_or(entry, |(_, p)| p);
                out.push(path.to_string());
            }
        }
    }
    out
}

/// Replaces `path` by its plain text when it is a SOPS document.
fn decrypt_in_place(path: &Path, keys: &Keys) -> Result<(), Error> {
    let Ok(bytes) = std::fs::read(path) else {
        return Ok(());
    };
    let format = Format::from_path(path);
    if !looks_encrypted(&bytes, format) {
        return Ok(());
    }
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let plain =
        sops::decrypt_file(&bytes, format, keys).map_err(|source| Error::DecryptSource {
            file: name.clone(),
            source,
        })?;
    std::fs::write(path, plain).map_err(|source| Error::WriteDecryptedSource { file: name, source })
}

/// Whether a file carries SOPS metadata in its format's shape.
fn looks_encrypted(bytes: &[u8], format: Format) -> bool {
    let text = String::from_utf8_lossy(bytes);
    match format {
        Format::Dotenv => text.lines().any(|l| l.starts_with("sops_mac=")),
        _ => text.contains("sops") && text.contains("ENC[AES256_GCM,"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generator_sources_include_envs_env_and_files() {
        let doc: Value = yaml_serde::from_str(
            "secretGenerator:\n- name: a\n  envs: [a.env]\n  files: [key=secret.yaml, plain.txt]\nconfigMapGenerator:\n- name: b\n  env: b.env\n",
        )
        .unwrap_or_default();
        assert_eq!(
            generator_files(&doc),
            ["a.env", "secret.yaml", "plain.txt", "b.env"]
        );
    }

    #[test]
    fn plain_files_are_not_mistaken_for_sops_documents() {
        assert!(!looks_encrypted(b"USER=admin\n", Format::Dotenv));
        assert!(looks_encrypted(
            b"USER=ENC[AES256_GCM,data:x]\nsops_mac=ENC[x]\n",
            Format::Dotenv
        ));
        assert!(!looks_encrypted(b"data: {a: b}\n", Format::Yaml));
    }
}
