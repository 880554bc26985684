//! `flux create secret receiver NAME`: a Secret with the webhook `token` of a Receiver and, in the annotation
//! `notification.toolkit.fluxcd.io/webhook`, the URL the sender must call (`https://<hostname>/hook/<sha256>`,
//! computed as notification-controller computes the path).

use super::{Common, apply_secret};
use crate::cli::Global;
use crate::cli::printer::Printer;
use crate::objects::{self, secrets};

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  # Create a receiver secret for a GitHub webhook\n  flux create secret receiver github-receiver \\\n    --namespace=my-namespace \\\n    --type=github \\\n    --hostname=flux.example.com \\\n    --export\n\n  # Create a receiver secret for GCR with email claim\n  flux create secret receiver gcr-receiver \\\n    --namespace=my-namespace \\\n    --type=gcr \\\n    --hostname=flux.example.com \\\n    --email-claim=sa@project.iam.gserviceaccount.com \\\n    --export"
)]
pub struct Args {
    /// Name of the secret.
    pub name: Option<String>,

    /// The receiver type.
    #[arg(long = "type", value_parser = super::flag_values::receiver_type)]
    pub receiver_type: Option<String>,

    /// Hostname for the webhook URL e.g. flux.example.com.
    #[arg(long, default_value = "")]
    pub hostname: String,

    /// IAM service account email, required for gcr type.
    #[arg(long = "email-claim", default_value = "")]
    pub email_claim: String,

    /// Custom OIDC token audience for gcr type, defaults to the webhook URL.
    #[arg(long = "audience-claim", default_value = "")]
    pub audience_claim: String,
}

pub async fn run(
    args: Args,
    common: &Common,
    global: &Global,
    out: &Printer,
) -> anyhow::Result<()> {
    let name = super::object_name(args.name.as_deref())?;
    let Some(kind) = args.receiver_type.filter(|t| !t.is_empty()) else {
        anyhow::bail!("--type is required");
    };
    if args.hostname.is_empty() {
        anyhow::bail!("--hostname is required");
    }
    if kind == "gcr" && args.email_claim.is_empty() {
        anyhow::bail!("--email-claim is required for gcr receiver type");
    }
    let labels = common.labels()?;
    // Flux's local `--token` shadows the API server token of the kube flags: it is the webhook token here, and
    // the connection goes without it.
    let token = match global.kube.token.as_deref().filter(|t| !t.is_empty()) {
        Some(t) => t.to_string(),
        None => random_token()?,
    };
    let mut global = global.clone();
    global.kube.token = None;
    let global = &global;
    let secret = secrets::receiver(
        &name,
        &global.namespace,
        &labels,
        &secrets::ReceiverSecret {
            kind: &kind,
            token: &token,
            hostname: &args.hostname,
            email: &args.email_claim,
            audience: &args.audience_claim,
        },
    );
    if common.export {
        out.out(&format!("{}\n", objects::to_export_yaml(&secret)?));
        return Ok(());
    }
    apply_secret(secret, global, out, "receiver").await
}

/// 32 random bytes, hex-encoded, as Flux generates a missing token.
fn random_token() -> anyhow::Result<String> {
    use std::io::Read;
    let mut bytes = [0u8; 32];
    std::fs::File::open("/dev/urandom")
        .and_then(|mut f| f.read_exact(&mut bytes))
        .map_err(|e| anyhow::anyhow!("failed to generate random token: {e}"))?;
    Ok(hex::encode(bytes))
}
