//! `flux trigger receiver NAME --url … --token …`: POST a payload to the webhook of a Receiver, whose path is
//! computed from its name, namespace and token as notification-controller computes it; generic-hmac signs the
//! payload (`X-Signature: sha256=…`), generic-oidc sends a Bearer ID token. Connection errors and 404, 408,
//! 429, 500, 502, 503, 504 are retried `--retries` times, `--retry-delay` apart, within `--timeout`.

use std::time::Duration;

use crate::cli::Global;
use crate::cli::printer::Printer;
use crate::notify::providers::webhook::sign;
use crate::notify::receiver::webhook_path;
use crate::progress::Progress;

/// The default audience of an OIDC token fetched from a CI provider.
const DEFAULT_OIDC_AUDIENCE: &str = "notification-controller";
/// Where the OIDC token comes from when neither `--oidc-provider` nor `--oidc-token` is set.
const OIDC_TOKEN_ENV: &str = "FLUX_TRIGGER_RECEIVER_OIDC_TOKEN";

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  # Trigger a generic Receiver\n  flux trigger receiver my-receiver \\\n    --token=my-token \\\n    --url=https://flux-webhook.example.com\n\n  # Trigger a generic-hmac Receiver\n  flux trigger receiver my-receiver \\\n    --type=generic-hmac \\\n    --token=my-token \\\n    --url=https://flux-webhook.example.com \\\n    --payload='{\"image\":\"ghcr.io/org/app:v1.0.0\"}'"
)]
pub struct Args {
    /// Name of the Receiver.
    pub name: String,

    /// The base URL of the notification-controller webhook receiver, may contain a base path.
    #[arg(long, default_value = "")]
    pub url: String,

    /// The Receiver type, one of: generic, generic-hmac, generic-oidc.
    #[arg(long = "type", default_value = "generic")]
    pub receiver_type: String,

    /// The OIDC provider to fetch the token from, one of: github, forgejo (generic-oidc only, mutually exclusive with --oidc-token).
    #[arg(long = "oidc-provider", default_value = "")]
    pub oidc_provider: String,

    /// The OIDC token to authenticate the request (generic-oidc only, mutually exclusive with --oidc-provider); defaults to the FLUX_TRIGGER_RECEIVER_OIDC_TOKEN environment variable.
    #[arg(long = "oidc-token", default_value = "")]
    pub oidc_token: String,

    /// The audience of the OIDC token to fetch (requires --oidc-provider); defaults to "notification-controller".
    #[arg(long = "oidc-audience", default_value = "")]
    pub oidc_audience: String,

    /// The JSON payload to send in the request body.
    #[arg(long, default_value = "{}")]
    pub payload: String,

    /// The number of times to retry on connection errors or retryable HTTP status codes (404, 408, 429, 5xx); set to 0 to disable.
    #[arg(long, default_value_t = 10)]
    pub retries: u32,

    /// The delay between retries.
    #[arg(long = "retry-delay", default_value = "10s", value_parser = crate::cli::parse_duration)]
    pub retry_delay: Duration,
}

/// Checks the flags as Flux does. `token` is the `--token` value (shared with the kube flags' name).
fn validate(args: &Args, token: &str) -> anyhow::Result<()> {
    let oidc = args.receiver_type == "generic-oidc";
    if !matches!(
        args.receiver_type.as_str(),
        "generic" | "generic-hmac" | "generic-oidc"
    ) {
        anyhow::bail!(
            "invalid --type {:?}, must be one of: generic, generic-hmac, generic-oidc",
            args.receiver_type
        );
    }
    if !oidc {
        if token.is_empty() {
            anyhow::bail!("--token is required for --type={}", args.receiver_type);
        }
        if !args.oidc_provider.is_empty()
            || !args.oidc_token.is_empty()
            || !args.oidc_audience.is_empty()
        {
            anyhow::bail!(
                "--oidc-provider, --oidc-token and --oidc-audience can only be set for --type=generic-oidc"
            );
        }
        return Ok(());
    }
    if !token.is_empty() {
        anyhow::bail!(
            "--token must not be set for --type=generic-oidc, the Receiver of this type has no secret"
        );
    }
    if !args.oidc_provider.is_empty() && !args.oidc_token.is_empty() {
        anyhow::bail!("--oidc-provider and --oidc-token are mutually exclusive");
    }
    if !args.oidc_provider.is_empty()
        && !matches!(args.oidc_provider.as_str(), "github" | "forgejo")
    {
        anyhow::bail!(
            "invalid --oidc-provider {:?}, must be one of: github, forgejo",
            args.oidc_provider
        );
    }
    if !args.oidc_audience.is_empty() && args.oidc_provider.is_empty() {
        anyhow::bail!("--oidc-audience can only be set together with --oidc-provider");
    }
    Ok(())
}

/// The ID token of a generic-oidc call: fetched from the CI's token endpoint (GitHub and Forgejo Actions expose
/// `ACTIONS_ID_TOKEN_REQUEST_URL` and `_TOKEN` to jobs allowed to mint one), given, or from the environment.
async fn oidc_token(args: &Args, client: &reqwest::Client) -> anyhow::Result<String> {
    if !args.oidc_provider.is_empty() {
        let url = std::env::var("ACTIONS_ID_TOKEN_REQUEST_URL").unwrap_or_default();
        let bearer = std::env::var("ACTIONS_ID_TOKEN_REQUEST_TOKEN").unwrap_or_default();
        if url.is_empty() || bearer.is_empty() {
            anyhow::bail!(
                "ACTIONS_ID_TOKEN_REQUEST_URL and ACTIONS_ID_TOKEN_REQUEST_TOKEN must be set (does the job have 'permissions: id-token: write'?)"
            );
        }
        let audience = if args.oidc_audience.is_empty() {
            DEFAULT_OIDC_AUDIENCE
        } else {
            &args.oidc_audience
        };
        let mut endpoint = reqwest::Url::parse(&url)?;
        endpoint.query_pairs_mut().append_pair("audience", audience);
        let answer: serde_json::Value = client
            .get(endpoint)
            .header("Authorization", format!("bearer {bearer}"))
            .send()
            .await?
            .error_for_status()?
            .json()
            .await?;
        return answer["value"]
            .as_str()
            .map(str::to_string)
            .ok_or_else(|| anyhow::anyhow!("the OIDC token response has no 'value'"));
    }
    if !args.oidc_token.is_empty() {
        return Ok(args.oidc_token.clone());
    }
    match std::env::var(OIDC_TOKEN_ENV) {
        Ok(t) if !t.is_empty() => Ok(t),
        _ => anyhow::bail!(
            "no OIDC token provided: set --oidc-provider, --oidc-token or the {OIDC_TOKEN_ENV} environment variable"
        ),
    }
}

fn retryable(status: u16) -> bool {
    matches!(status, 404 | 408 | 429 | 500 | 502 | 503 | 504)
}

pub async fn run(args: Args, global: &Global, out: &Printer) -> anyhow::Result<()> {
    if args.url.is_empty() {
        anyhow::bail!("--url is required");
    }
    // Flux's own `--token` of this command shadows the API server token of the kube flags.
    let token = global.kube.token.clone().unwrap_or_default();
    validate(&args, &token)?;
    let ns = &global.namespace;
    let path_token = if args.receiver_type == "generic-oidc" {
        ""
    } else {
        token.as_str()
    };
    let url = format!(
        "{}{}",
        args.url.trim_end_matches('/'),
        webhook_path(path_token, &args.name, ns)
    );
    let client = crate::git::tls::api_client_builder(global.timeout, None)
        .map_err(|e| anyhow::anyhow!(e))?
        .build()?;
    let mut headers = vec![("Content-Type".to_string(), "application/json".to_string())];
    match args.receiver_type.as_str() {
        "generic-hmac" => headers.push((
            "X-Signature".to_string(),
            format!("sha256={}", sign(args.payload.as_bytes(), token.as_bytes())),
        )),
        "generic-oidc" => headers.push((
            "Authorization".to_string(),
            format!("Bearer {}", oidc_token(&args, &client).await?),
        )),
        _ => {}
    }
    out.action(&format!("triggering Receiver {ns}/{}", args.name));
    let deadline = tokio::time::Instant::now() + global.timeout;
    let mut attempt = 0;
    loop {
        let mut request = client.post(&url).body(args.payload.clone());
        for (k, v) in &headers {
            request = request.header(k.as_str(), v.as_str());
        }
        let (again, error) = match request.send().await {
            Ok(response) if response.status().is_success() => {
                out.success(&format!("Receiver {ns}/{} triggered", args.name));
                return Ok(());
            }
            Ok(response) => {
                let status = response.status();
                let text = response.text().await.unwrap_or_default();
                let text = text.trim();
                let mut message = format!("request to {url} failed with status {status}");
                if !text.is_empty() {
                    message.push_str(&format!(": {text}"));
                }
                (retryable(status.as_u16()), message)
            }
            Err(e) => (true, format!("request to {url} failed: {e}")),
        };
        if !again || attempt >= args.retries {
            anyhow::bail!(error);
        }
        attempt += 1;
        out.waiting(&format!(
            "{error}; retrying in {} ({attempt}/{})",
            crate::duration::format(args.retry_delay),
            args.retries
        ));
        if tokio::time::Instant::now() + args.retry_delay > deadline {
            anyhow::bail!("context deadline exceeded");
        }
        tokio::time::sleep(args.retry_delay).await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(kind: &str) -> Args {
        Args {
            name: "r".into(),
            url: "http://x".into(),
            receiver_type: kind.into(),
            oidc_provider: String::new(),
            oidc_token: String::new(),
            oidc_audience: String::new(),
            payload: "{}".into(),
            retries: 0,
            retry_delay: Duration::from_secs(1),
        }
    }

    #[test]
    fn flags_are_checked_as_flux_checks_them() {
        assert!(validate(&args("generic"), "t").is_ok());
        let e = validate(&args("generic-hmac"), "")
            .err()
            .map(|e| e.to_string());
        assert_eq!(
            e.as_deref(),
            Some("--token is required for --type=generic-hmac")
        );
        assert!(validate(&args("generic-oidc"), "t").is_err());
        assert!(validate(&args("github"), "t").is_err());
        let mut a = args("generic-oidc");
        a.oidc_audience = "x".into();
        assert!(validate(&a, "").is_err());
    }
}
