//! `flux create secret notation NAME --trust-policy-file=… --ca-cert-file=…`: a Secret with a Notation trust
//! policy and the root CA certificates, for OCIRepository `verify.provider: notation`. The policy is checked
//! as Notation checks it ([`crate::objects::notation`]) before anything is written.

use std::path::Path;

use super::{Common, apply_secret};
use crate::cli::printer::Printer;
use crate::cli::{Global, JoinedErrors};
use crate::objects::{self, notation, secrets};

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n # Create a Notation configuration secret on disk and encrypt it with Mozilla SOPS\n  flux create secret notation my-notation-cert \\\n    --namespace=my-namespace \\\n    --trust-policy-file=./my-trust-policy.json \\\n    --ca-cert-file=./my-cert.crt \\\n    --export > my-notation-cert.yaml\n\n  sops --encrypt --encrypted-regex '^(data|stringData)$' \\\n    --in-place my-notation-cert.yaml"
)]
pub struct Args {
    /// Name of the secret.
    pub name: Option<String>,
    /// notation trust policy file path
    #[arg(long = "trust-policy-file", default_value = "")]
    pub trust_policy_file: String,
    /// root ca cert file path
    #[arg(long = "ca-cert-file", value_name = "strings")]
    pub ca_cert_file: Vec<String>,
}

pub async fn run(
    args: Args,
    common: &Common,
    global: &Global,
    out: &Printer,
) -> anyhow::Result<()> {
    let name = args
        .name
        .ok_or_else(|| anyhow::anyhow!("name is required"))?;
    // A string-slice flag as pflag reads it: comma-separated, and an empty value adds nothing.
    let ca_files: Vec<&str> = args
        .ca_cert_file
        .iter()
        .filter(|v| !v.is_empty())
        .flat_map(|v| v.split(','))
        .collect();
    if ca_files.is_empty() {
        anyhow::bail!("--ca-cert-file is required");
    }
    if args.trust_policy_file.is_empty() {
        anyhow::bail!("--trust-policy-file is required");
    }
    let labels = common.labels()?;

    let policy_path = &args.trust_policy_file;
    let policy = std::fs::read(policy_path).map_err(|e| {
        anyhow::anyhow!(
            "unable to read trust policy file: {}",
            go_read_error(policy_path, &e)
        )
    })?;
    let doc = notation::decode(&policy)
        .map_err(|e| anyhow::anyhow!("failed to unmarshal trust policy {policy_path}: {e}"))?;
    doc.validate()
        .map_err(|e| anyhow::anyhow!("invalid trust policy: {e}"))?;

    let mut certs = Vec::new();
    let mut errors = Vec::new();
    for file in ca_files {
        let base = go_base(file);
        if !base.ends_with(".crt") && !base.ends_with(".pem") {
            errors.push(format!("{base} must end with either .crt or .pem"));
            continue;
        }
        match std::fs::read(file) {
            Ok(pem) => certs.push((base, String::from_utf8_lossy(&pem).into_owned())),
            Err(e) => errors.push(format!(
                "unable to read TLS CA file: {}",
                go_read_error(file, &e)
            )),
        }
    }
    if !errors.is_empty() {
        return Err(JoinedErrors(errors).into());
    }
    if certs.is_empty() {
        anyhow::bail!("no CA certs found");
    }

    let secret = secrets::notation(
        &name,
        &global.namespace,
        &labels,
        &certs,
        &String::from_utf8_lossy(&policy),
    );
    if common.export {
        out.out(&format!("{}\n", objects::to_export_yaml(&secret)?));
        return Ok(());
    }
    apply_secret(secret, global, out, "notation configuration").await
}

/// Go's `filepath.Base`: the last element, trailing slashes ignored; `.` for an empty path.
fn go_base(path: &str) -> String {
    let trimmed = path.trim_end_matches('/');
    if path.is_empty() {
        return ".".to_string();
    }
    if trimmed.is_empty() {
        return "/".to_string();
    }
    trimmed.rsplit('/').next().unwrap_or(trimmed).to_string()
}

/// `os.ReadFile`'s error as Go words it: `open <path>: …`, or `read <path>: is a directory`.
fn go_read_error(path: &str, e: &std::io::Error) -> String {
    if Path::new(path).is_dir() {
        return format!("read {path}: is a directory");
    }
    super::go_open_error(path, e)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_names_follow_go() {
        assert_eq!(go_base("dir/ca.crt"), "ca.crt");
        assert_eq!(go_base("dir/"), "dir");
        assert_eq!(go_base(""), ".");
        assert_eq!(go_base("/"), "/");
    }
}
