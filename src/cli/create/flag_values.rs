//! Value parsers for `create` flags that Flux checks while reading the command line (its pflag `Value` types),
//! with Flux's messages: clap runs them at parse time too, so a bad value is reported before the name check,
//! as `invalid argument "x" for "--flag" flag: <message>`.

/// `--ssh-key-algorithm`: rsa, ecdsa or ed25519.
pub fn ssh_key_algorithm(s: &str) -> Result<String, String> {
    const ALL: &str = "rsa, ecdsa, ed25519";
    match s {
        "rsa" | "ecdsa" | "ed25519" => Ok(s.to_string()),
        _ if s.trim().is_empty() => Err(format!(
            "no public key algorithm given, must be one of: {ALL}"
        )),
        _ => Err(format!(
            "unsupported public key algorithm '{s}', must be one of: {ALL}"
        )),
    }
}

/// `--ssh-rsa-bits`: at least 1024 and a multiple of 8; empty means the default, 2048.
pub fn ssh_rsa_bits(s: &str) -> Result<usize, String> {
    if s.trim().is_empty() {
        return Ok(2048);
    }
    let bits: i64 = s
        .parse()
        .map_err(|_| format!("strconv.Atoi: parsing {s:?}: invalid syntax"))?;
    if bits < 1024 {
        return Err("RSA key bit size must be at least 1024".to_string());
    }
    if bits % 8 != 0 {
        return Err("RSA key bit size must be a multiples of 8".to_string());
    }
    usize::try_from(bits).map_err(|e| e.to_string())
}

/// `--ssh-ecdsa-curve`: p256, p384 or p521.
pub fn ssh_ecdsa_curve(s: &str) -> Result<String, String> {
    match s {
        "p256" | "p384" | "p521" => Ok(s.to_string()),
        _ => Err(format!(
            "unsupported curve '{s}', must be one of: p256, p384, p521"
        )),
    }
}

/// `create source git --provider`: generic, github, aws or azure.
pub fn git_provider(s: &str) -> Result<String, String> {
    match s {
        "generic" | "github" | "aws" | "azure" => Ok(s.to_string()),
        _ if s.trim().is_empty() => {
            Err("no source Git provider given, please specify the Git provider name".to_string())
        }
        _ => Err(format!(
            "source Git provider '{s}' is not supported, must be one of: generic|github|aws|azure"
        )),
    }
}

/// `create secret receiver --type`: one of the receiver types Flux's CLI knows (generic-oidc is not among them).
pub fn receiver_type(s: &str) -> Result<String, String> {
    const ALL: &[&str] = &[
        "generic",
        "generic-hmac",
        "github",
        "gitlab",
        "bitbucket",
        "harbor",
        "dockerhub",
        "quay",
        "gcr",
        "nexus",
        "acr",
        "cdevents",
    ];
    if s.trim().is_empty() {
        return Err("no receiver type given, please specify the receiver type".to_string());
    }
    if !ALL.contains(&s) {
        return Err(format!(
            "receiver type '{s}' is not supported, must be one of: {}",
            ALL.join(", ")
        ));
    }
    Ok(s.to_string())
}

/// Flux's `<kind>/<name>` split: no slash, or more than one, is all name.
fn kind_name(s: &str) -> (&str, &str) {
    let parts: Vec<&str> = s.split('/').collect();
    match parts.as_slice() {
        [kind, name] => (kind, name),
        _ => ("", s),
    }
}

/// Flux's `<kind>/<name>.<namespace>` split: the namespace is what follows the last dot of the name.
fn kind_name_namespace(s: &str) -> (&str, &str) {
    let (kind, name) = kind_name(s);
    match name.rsplit_once('.') {
        Some((n, _)) => (kind, n),
        None => (kind, name),
    }
}

fn one_of<'a>(kinds: &[&'a str], kind: &str) -> Option<&'a str> {
    kinds.iter().find(|k| k.eq_ignore_ascii_case(kind)).copied()
}

const CHART_SOURCE_KINDS: [&str; 3] = ["HelmRepository", "GitRepository", "Bucket"];

/// `create source chart --source`: `<kind>/<name>`, kind one of HelmRepository, GitRepository, Bucket.
pub fn local_chart_source(s: &str) -> Result<String, String> {
    chart_source(s, kind_name(s), "'<kind>/<name>'")
}

/// `create helmrelease --source`: `<kind>/<name>.<namespace>`.
pub fn helm_chart_source(s: &str) -> Result<String, String> {
    chart_source(s, kind_name_namespace(s), "'<kind>/<name>.<namespace>'")
}

fn chart_source(s: &str, (kind, name): (&str, &str), format: &str) -> Result<String, String> {
    if s.trim().is_empty() {
        return Err(format!(
            "no helm chart source given, please specify source that contains the chart in the format {format}, where kind must be one of: (HelmRepository, GitRepository, Bucket)"
        ));
    }
    if kind.is_empty() || name.is_empty() {
        return Err(format!(
            "invalid helm chart source '{s}', must be in format <kind>/<name>"
        ));
    }
    if one_of(&CHART_SOURCE_KINDS, kind).is_none() {
        return Err(format!(
            "source kind '{kind}' is not supported, must be one of: HelmRepository, GitRepository, Bucket"
        ));
    }
    Ok(s.to_string())
}

/// `create kustomization --source`: `[<kind>/]<name>.<namespace>`, kind one of OCIRepository, GitRepository,
/// Bucket (GitRepository when left out).
pub fn kustomization_source(s: &str) -> Result<String, String> {
    const KINDS: [&str; 3] = ["OCIRepository", "GitRepository", "Bucket"];
    if s.trim().is_empty() {
        return Err("no Kustomization source given, please specify source that contains the Kubernetes manifests in the format '[<kind>/]<name>.<namespace>', where kind must be one of: (OCIRepository, GitRepository, Bucket), if kind is not specified it defaults to GitRepository".to_string());
    }
    let (kind, name) = kind_name_namespace(s);
    if name.is_empty() {
        return Err(format!("no name given for source of kind '{kind}'"));
    }
    if kind.is_empty() {
        if KINDS.contains(&name) {
            return Err(format!("no kind specified for source '{name}'"));
        }
        return Ok(s.to_string());
    }
    if one_of(&KINDS, kind).is_none() {
        return Err(format!(
            "source kind '{kind}' is not supported, must be one of: OCIRepository, GitRepository, Bucket"
        ));
    }
    Ok(s.to_string())
}

/// `--decryption-provider`: sops.
pub fn decryption_provider(s: &str) -> Result<String, String> {
    match s {
        "sops" => Ok(s.to_string()),
        _ if s.trim().is_empty() => {
            Err("no decryption provider given, must be one of: sops".to_string())
        }
        _ => Err(format!(
            "unsupported decryption provider '{s}', must be one of: sops"
        )),
    }
}

/// `--crds`: Skip, Create or CreateReplace.
pub fn crds_policy(s: &str) -> Result<String, String> {
    const ALL: &str = "Skip, Create, CreateReplace";
    match s {
        "Skip" | "Create" | "CreateReplace" => Ok(s.to_string()),
        _ if s.trim().is_empty() => Err(format!(
            "no upgrade CRDs policy given, must be one of: {ALL}"
        )),
        _ => Err(format!(
            "unsupported upgrade CRDs policy '{s}', must be one of: {ALL}"
        )),
    }
}

/// `--verify-provider`: cosign.
pub fn verify_provider(s: &str) -> Result<String, String> {
    match s {
        "cosign" => Ok(s.to_string()),
        _ if s.trim().is_empty() => Err(
            "no source OCI verify provider given, please specify the OCI verify provider name to use for signature verification, available options are: (cosign)".to_string(),
        ),
        _ => Err(format!(
            "source OCI verify provider '{s}' is not supported, must be one of: cosign"
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rsa_bits_follow_fluxs_rules() {
        assert_eq!(ssh_rsa_bits("4096"), Ok(4096));
        assert_eq!(ssh_rsa_bits(""), Ok(2048));
        assert_eq!(
            ssh_rsa_bits("1000").unwrap_err(),
            "RSA key bit size must be at least 1024"
        );
        assert_eq!(
            ssh_rsa_bits("abc").unwrap_err(),
            "strconv.Atoi: parsing \"abc\": invalid syntax"
        );
    }
}
