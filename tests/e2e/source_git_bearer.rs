//! GitRepository over HTTPS with a `bearerToken` and a private CA (`ca.crt`), against the Gitea emulator's Git
//! endpoint (which takes tokens as `Authorization: Bearer`): the ref listing and the fetch both carry the
//! token, and the server's certificate is checked against the Secret's CA.

use std::process::Command;

use crate::harness::shared;
use crate::providers::{Flavor, ProviderEmulator};
use crate::source_git::{Env, gitrepo};

const TOKEN: &str = "tok-bearer-0123456789";

#[test]
fn a_bearer_token_and_a_private_ca_fetch_over_https() {
    let _lock = shared();
    let emu = ProviderEmulator::start(Flavor::Gitea);
    emu.add_user("alice", TOKEN);
    // A repository with a first commit, created through the API as a user would.
    let created = Command::new("curl")
        .args(["-sS", "-o", "/dev/null", "-w", "%{http_code}", "--cacert"])
        .arg(emu.ca_file())
        .args([
            "-H",
            &format!("Authorization: token {TOKEN}"),
            "-H",
            "Content-Type: application/json",
            "-d",
            r#"{"name":"app","auto_init":true,"private":true}"#,
            &format!("https://{}/api/v1/user/repos", emu.host()),
        ])
        .output()
        .expect("curl runs");
    assert_eq!(String::from_utf8_lossy(&created.stdout), "201");
    let ca = std::fs::read_to_string(emu.ca_file()).unwrap();
    let url = format!("https://{}/alice/app.git", emu.host());

    let env = Env::new("gitbearer");
    env.secret("token", &[("bearerToken", TOKEN), ("ca.crt", &ca)]);
    env.apply(&gitrepo(
        "app",
        &url,
        "  ref:\n    branch: main\n  secretRef:\n    name: token\n",
    ));
    let obj = env.wait_ready("app", "True", "the bearer token lists and fetches");
    let head = crate::git_servers::git(&emu.bare_repo("alice", "app"), &["rev-parse", "main"]);
    assert_eq!(
        obj["status"]["artifact"]["revision"],
        format!("main@sha1:{}", head.trim()),
        "{obj}"
    );

    // Without the CA the certificate is refused; with a wrong token the listing is.
    env.secret("no-ca", &[("bearerToken", TOKEN)]);
    env.apply(&gitrepo(
        "no-ca",
        &url,
        "  ref:\n    branch: main\n  secretRef:\n    name: no-ca\n",
    ));
    let (_, _, message) = {
        env.wait_ready("no-ca", "False", "an unknown CA is refused");
        env.ready("no-ca").unwrap_or_default()
    };
    assert!(message.to_lowercase().contains("certificate"), "{message}");
    env.secret("wrong", &[("bearerToken", "not-a-token"), ("ca.crt", &ca)]);
    env.apply(&gitrepo(
        "wrong",
        &url,
        "  ref:\n    branch: main\n  secretRef:\n    name: wrong\n",
    ));
    env.wait_ready("wrong", "False", "a wrong token is refused");
    let (_, reason, _) = env.ready("wrong").unwrap_or_default();
    assert_eq!(reason, "AuthenticationFailed");
}
