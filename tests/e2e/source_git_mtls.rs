//! GitRepository over HTTPS with mutual TLS: nginx requires a client certificate signed by its client CA on a
//! third HTTPS listener. A Secret with `tls.crt` + `tls.key` (+ `ca.crt` for the server, + basic auth for
//! `/private/`) lists and fetches through the mutual TLS transport; without a client certificate, or with one of
//! another CA, the server refuses and Ready turns False with a message naming the certificate.

use crate::git_servers::{GitServers, HTTP_PASSWORD, HTTP_USER};
use crate::harness::shared;
use crate::source_git::{Env, artifact_files, fill_app, gitrepo, head};

fn spec(secret: &str) -> String {
    format!("  ref:\n    branch: master\n  secretRef:\n    name: {secret}\n")
}

#[test]
fn a_client_certificate_authenticates_over_https() {
    let _lock = shared();
    let servers = GitServers::start();
    let work = servers.create_repo("app", fill_app);
    let first = head(&work);
    let url = servers.mtls_private_url("app");

    let env = Env::new("gitmtls");
    env.secret(
        "mtls",
        &[
            ("tls.crt", &servers.client_cert),
            ("tls.key", &servers.client_key_pem),
            ("ca.crt", &servers.ca_pem),
            ("username", HTTP_USER),
            ("password", HTTP_PASSWORD),
        ],
    );
    env.apply(&gitrepo("app", &url, &spec("mtls")));
    let obj = env.wait_ready("app", "True", "the client certificate is accepted");
    assert_eq!(
        obj["status"]["artifact"]["revision"],
        format!("master@sha1:{first}"),
        "{obj}"
    );
    let files = artifact_files(&obj);
    assert!(files.contains("deploy/app.yaml"), "{files:?}");
    assert!(files.contains("README.md"), "{files:?}");
    let log = servers.access_log();
    assert!(
        log.contains("POST /private/app.git/git-upload-pack") && log.contains(" 200 "),
        "the fetch went through nginx: {log}"
    );

    // A new commit is picked up on the next reconcile (ref listing + fetch through the same transport).
    std::fs::write(work.join("deploy/more.yaml"), "more: true\n").unwrap();
    crate::git_servers::git(&work, &["add", "-A"]);
    crate::git_servers::git(&work, &["commit", "-q", "-m", "More"]);
    servers.push(&work);
    let second = head(&work);
    crate::harness::kubectl(
        &[
            "annotate",
            "--overwrite",
            "gitrepository",
            "app",
            "-n",
            &env.ns,
            "reconcile.fluxcd.io/requestedAt=now",
        ],
        None,
    )
    .success();
    crate::harness::eventually(
        std::time::Duration::from_secs(60),
        "the new commit is fetched",
        || env.get("app")["status"]["artifact"]["revision"] == format!("master@sha1:{second}"),
    );
    assert!(artifact_files(&env.get("app")).contains("deploy/more.yaml"));

    // Without a client certificate the server answers 400 (nginx checks it after the handshake).
    env.secret(
        "no-cert",
        &[
            ("ca.crt", &servers.ca_pem),
            ("username", HTTP_USER),
            ("password", HTTP_PASSWORD),
        ],
    );
    env.apply(&gitrepo("no-cert", &url, &spec("no-cert")));
    env.wait_ready("no-cert", "False", "no client certificate is refused");
    let (_, _, message) = env.ready("no-cert").unwrap_or_default();
    assert!(message.contains("400"), "{message}");

    // A certificate of a CA the server does not trust is refused, and the message says so.
    env.secret(
        "other-ca",
        &[
            ("tls.crt", &servers.other_client_cert),
            ("tls.key", &servers.other_client_key_pem),
            ("ca.crt", &servers.ca_pem),
            ("username", HTTP_USER),
            ("password", HTTP_PASSWORD),
        ],
    );
    env.apply(&gitrepo("other-ca", &url, &spec("other-ca")));
    env.wait_ready(
        "other-ca",
        "False",
        "a client certificate of another CA is refused",
    );
    let (_, _, message) = env.ready("other-ca").unwrap_or_default();
    assert!(message.contains("client certificate"), "{message}");
    assert!(!message.contains("PRIVATE KEY"), "{message}");

    // The right certificate with a wrong password: authentication fails, through the same transport.
    env.secret(
        "wrong-password",
        &[
            ("tls.crt", &servers.client_cert),
            ("tls.key", &servers.client_key_pem),
            ("ca.crt", &servers.ca_pem),
            ("username", HTTP_USER),
            ("password", "not-the-password"),
        ],
    );
    env.apply(&gitrepo("wrong-password", &url, &spec("wrong-password")));
    env.wait_ready("wrong-password", "False", "a wrong password is refused");
    let (_, reason, message) = env.ready("wrong-password").unwrap_or_default();
    assert_eq!(reason, "AuthenticationFailed", "{message}");

    // A certificate without its key is an invalid Secret.
    env.secret(
        "no-key",
        &[
            ("tls.crt", &servers.client_cert),
            ("ca.crt", &servers.ca_pem),
        ],
    );
    env.apply(&gitrepo("no-key", &url, &spec("no-key")));
    env.wait_ready(
        "no-key",
        "False",
        "a certificate without its key is refused",
    );
    let (_, _, message) = env.ready("no-key").unwrap_or_default();
    assert!(message.contains("'tls.key'"), "{message}");
}

/// The Git engine's working clone (as bootstrap uses it) clones and pushes over mutual TLS: the push goes
/// through `git-receive-pack` of the same transport.
#[test]
fn the_git_engine_clones_and_pushes_over_mutual_tls() {
    let servers = GitServers::start();
    let work = servers.create_repo("push", fill_app);
    let remote = flux::git::Remote {
        url: servers.mtls_private_url("push"),
        auth: flux::git::Auth {
            username: Some(HTTP_USER.into()),
            password: Some(HTTP_PASSWORD.into()),
            ca: Some(servers.ca_pem.clone().into_bytes()),
            tls_cert: Some(servers.client_cert.clone().into_bytes()),
            tls_key: Some(servers.client_key_pem.clone().into_bytes()),
            ..flux::git::Auth::default()
        },
        timeout: std::time::Duration::from_secs(30),
        proxy: None,
    };
    let dir = tempfile::tempdir().unwrap();
    let wd = flux::git::Workdir::clone_branch(&remote, "master", dir.path()).expect("clone");
    assert_eq!(wd.head().as_deref(), Some(head(&work).as_str()));
    wd.write("pushed.yaml", "pushed: true\n").unwrap();
    let commit = wd
        .commit("Push over mTLS", "e2e", "e2e@example.com", None)
        .unwrap()
        .expect("a new commit");
    wd.push().expect("push over mutual TLS");
    let bare = servers.repos().join("push.git");
    let pushed = crate::git_servers::git(&bare, &["rev-parse", "master"]);
    assert_eq!(pushed.trim(), commit);
    assert!(
        servers
            .access_log()
            .contains("POST /private/push.git/git-receive-pack"),
        "the push went through nginx"
    );
}
