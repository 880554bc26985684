//! GitRepository `provider: github` end to end: a GitHub App (RSA key made by `openssl`) installed on a user
//! of the GitHub emulator; `flux serve` signs the app JWT, finds the installation by owner or uses its id, and
//! fetches over HTTPS with the installation token, which it reuses until it nears expiry.

use std::process::Command;

use crate::harness::{flux, shared};
use crate::providers::{Flavor, ProviderEmulator};
use crate::source_git::{Env, gitrepo};

const TOKEN: &str = "tok-app-owner-0123456789";

fn openssl(args: &[&str]) {
    let status = Command::new("openssl")
        .args(args)
        .stderr(std::process::Stdio::null())
        .status()
        .expect("openssl runs");
    assert!(status.success(), "openssl {args:?}");
}

#[test]
fn a_github_app_installation_token_fetches_the_repository() {
    let _lock = shared();
    let emu = ProviderEmulator::start(Flavor::GitHub);
    emu.add_user("alice", TOKEN);
    let created = Command::new("curl")
        .args(["-sS", "-o", "/dev/null", "-w", "%{http_code}", "--cacert"])
        .arg(emu.ca_file())
        .args([
            "-H",
            &format!("Authorization: Bearer {TOKEN}"),
            "-H",
            "Content-Type: application/json",
            "-d",
            r#"{"name":"app","auto_init":true,"private":true}"#,
            &format!("https://{}/api/v3/user/repos", emu.host()),
        ])
        .output()
        .expect("curl runs");
    assert_eq!(String::from_utf8_lossy(&created.stdout), "201");
    let keys = tempfile::tempdir().unwrap();
    let key = keys.path().join("app.pem");
    let other = keys.path().join("other.pem");
    let public = keys.path().join("app.pub");
    openssl(&[
        "genrsa",
        "-traditional",
        "-out",
        &key.display().to_string(),
        "2048",
    ]);
    openssl(&[
        "genrsa",
        "-traditional",
        "-out",
        &other.display().to_string(),
        "2048",
    ]);
    openssl(&[
        "rsa",
        "-in",
        &key.display().to_string(),
        "-pubout",
        "-out",
        &public.display().to_string(),
    ]);
    emu.add_app(
        42,
        &std::fs::read_to_string(&public).unwrap(),
        1001,
        "alice",
    );
    let ca = std::fs::read_to_string(emu.ca_file()).unwrap();
    let pem = std::fs::read_to_string(&key).unwrap();
    let base = format!("https://{}/api/v3", emu.host());
    let url = format!("https://{}/alice/app.git", emu.host());
    let spec = |secret: &str| {
        format!("  provider: github\n  ref:\n    branch: main\n  secretRef:\n    name: {secret}\n")
    };

    let env = Env::new("ghapp");
    env.secret(
        "by-owner",
        &[
            ("githubAppID", "42"),
            ("githubAppInstallationOwner", "alice"),
            ("githubAppPrivateKey", &pem),
            ("githubAppBaseURL", &base),
            ("ca.crt", &ca),
        ],
    );
    env.apply(&gitrepo("by-owner", &url, &spec("by-owner")));
    let obj = env.wait_ready("by-owner", "True", "the app token fetches");
    let head = crate::git_servers::git(&emu.bare_repo("alice", "app"), &["rev-parse", "main"]);
    assert_eq!(
        obj["status"]["artifact"]["revision"],
        format!("main@sha1:{}", head.trim())
    );
    assert_eq!(emu.app_tokens_issued(), 1);

    // A reconcile reuses the cached token instead of minting one each time.
    let again = flux(&["reconcile", "source", "git", "by-owner", "-n", &env.ns]);
    assert_eq!(again.code, 0, "{}", again.stderr);
    assert_eq!(
        emu.app_tokens_issued(),
        1,
        "the installation token is cached"
    );

    // The installation id instead of the owner; and a key the app does not have.
    env.secret(
        "by-id",
        &[
            ("githubAppID", "42"),
            ("githubAppInstallationID", "1001"),
            ("githubAppPrivateKey", &pem),
            ("githubAppBaseURL", &base),
            ("ca.crt", &ca),
        ],
    );
    env.apply(&gitrepo("by-id", &url, &spec("by-id")));
    env.wait_ready("by-id", "True", "the installation id works too");
    env.secret(
        "wrong-key",
        &[
            ("githubAppID", "42"),
            ("githubAppInstallationID", "1001"),
            (
                "githubAppPrivateKey",
                &std::fs::read_to_string(&other).unwrap(),
            ),
            ("githubAppBaseURL", &base),
            ("ca.crt", &ca),
        ],
    );
    env.apply(&gitrepo("wrong-key", &url, &spec("wrong-key")));
    env.wait_ready("wrong-key", "False", "a foreign key is refused");
    let (_, reason, message) = env.ready("wrong-key").unwrap_or_default();
    assert_eq!(reason, "AuthenticationFailed", "{message}");
    assert!(message.contains("401"), "{message}");
}
