//! `flux bootstrap github|gitlab|gitea|bitbucket-server` end to end, against the provider emulators of [`crate::providers`]
//! (their REST APIs over TLS with a test CA, real Git behind them over HTTPS and over an sshd that only lets
//! registered deploy keys in), the real API server and `flux serve`.

use std::path::Path;
use std::time::Duration;

use crate::git_servers::git;
use crate::harness::{
    Run, Serve, cluster, ensure_crds, eventually, exclusive, flux, flux_raw, kubectl,
};
use crate::providers::{Flavor, ProviderEmulator};

const TOKEN: &str = "tok-full-0123456789";
const READ_ONLY_TOKEN: &str = "tok-read-0123456789";

/// Runs `flux bootstrap <provider>` against the emulator with `token` in the provider's variable.
fn bootstrap(emu: &ProviderEmulator, ns: &str, token: &str, extra: &[&str]) -> Run {
    let (cmd, env) = match emu.flavor() {
        Flavor::GitHub => ("github", "GITHUB_TOKEN"),
        Flavor::GitLab => ("gitlab", "GITLAB_TOKEN"),
        Flavor::Gitea => ("gitea", "GITEA_TOKEN"),
        Flavor::BitbucketServer => ("bitbucket-server", "BITBUCKET_TOKEN"),
    };
    let kubeconfig = format!("--kubeconfig={}", cluster().kubeconfig.display());
    let hostname = format!("--hostname={}", emu.host());
    let ca = format!("--ca-file={}", emu.ca_file().display());
    let ssh = format!("--ssh-hostname={}", emu.ssh_host());
    let mut args = vec![
        kubeconfig.as_str(),
        "bootstrap",
        cmd,
        &hostname,
        &ca,
        &ssh,
        "--components=source-controller,kustomize-controller",
        "-n",
        ns,
        "--timeout=2m",
    ];
    args.extend_from_slice(extra);
    flux_raw(&args, &[(env, token)])
}

/// `flux serve` with the two controllers bootstrap needs, watching only `ns`.
fn serve_sources_and_kustomizations(ns: &str, logs: &Path) -> Serve {
    Serve::start_with(
        ns,
        logs,
        &[
            "--components=source-controller,kustomize-controller",
            "--watch-all-namespaces=false",
        ],
    )
}

fn output(run: &Run) -> String {
    format!("{}{}", run.stdout, run.stderr)
}

fn branch_head(bare: &Path) -> String {
    git(bare, &["rev-parse", "refs/heads/main"])
        .trim()
        .to_string()
}

fn jsonpath(kind: &str, name: &str, ns: &str, path: &str) -> String {
    kubectl(
        &[
            "get",
            kind,
            name,
            "-n",
            ns,
            "-o",
            &format!("jsonpath={path}"),
        ],
        None,
    )
    .stdout
}

/// The Secret's `identity.pub`, decoded.
fn secret_public_key(ns: &str) -> String {
    let b64 = jsonpath("secret", "flux-system", ns, "{.data.identity\\.pub}");
    let out = std::process::Command::new("base64")
        .args(["-d"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .and_then(|mut child| {
            use std::io::Write;
            child.stdin.take().unwrap().write_all(b64.as_bytes())?;
            child.wait_with_output()
        })
        .expect("base64 runs");
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

/// Pushes a ConfigMap under `dir` of the bare repository and waits until the cluster has it.
fn commit_app_and_wait(bare: &Path, dir: &str, ns: &str) {
    let work = tempfile::tempdir().unwrap();
    let clone = work.path().join("fleet");
    git(
        work.path(),
        &[
            "clone",
            "-q",
            "--branch",
            "main",
            &bare.display().to_string(),
            "fleet",
        ],
    );
    std::fs::write(
        clone.join(dir).join("app.yaml"),
        format!("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app\n  namespace: {ns}\ndata:\n  from: git\n"),
    )
    .unwrap();
    git(&clone, &["add", "-A"]);
    git(&clone, &["commit", "-q", "-m", "add app"]);
    git(&clone, &["push", "-q", "origin", "main"]);
    let reconcile = flux(&["reconcile", "kustomization", ns, "--with-source", "-n", ns]);
    assert_eq!(reconcile.code, 0, "{}", reconcile.stderr);
    eventually(Duration::from_secs(30), "the app rolls out", || {
        jsonpath("configmap", "app", ns, "{.data.from}") == "git"
    });
}

fn cleanup(serve: Serve, ns: &str) {
    drop(serve);
    flux(&["uninstall", "--silent", "-n", ns]);
    ensure_crds();
}

#[test]
fn bootstrap_github_creates_the_repository_and_deploy_key_and_repairs_drift() {
    let _lock = exclusive();
    ensure_crds();
    let ns = format!("bs-gh-{}", std::process::id() % 100_000);
    let emu = ProviderEmulator::start(Flavor::GitHub);
    emu.add_user("alice", TOKEN);
    emu.add_read_only_token("alice", READ_ONLY_TOKEN);
    let logs = tempfile::tempdir().unwrap();
    let serve = serve_sources_and_kustomizations(&ns, logs.path());
    let repo_flags = [
        "--owner=alice",
        "--repository=fleet",
        "--personal",
        "--path=clusters/dev",
    ];

    // A wrong token stops at the repository step, exit 1, one line naming the cause.
    let wrong = bootstrap(&emu, &ns, "not-a-token", &repo_flags);
    assert_eq!(wrong.code, 1, "{}", output(&wrong));
    assert!(
        wrong.stderr.contains("failed to get Git repository")
            && wrong.stderr.contains("401 Bad credentials"),
        "{}",
        wrong.stderr
    );
    // A token without write permission cannot create the repository.
    let read_only = bootstrap(&emu, &ns, READ_ONLY_TOKEN, &repo_flags);
    assert_eq!(read_only.code, 1, "{}", output(&read_only));
    assert!(
        read_only
            .stderr
            .contains("failed to create new Git repository")
            && read_only.stderr.contains("403"),
        "{}",
        read_only.stderr
    );
    // An unreachable host.
    let closed = crate::harness::free_port();
    let unreachable = flux_raw(
        &[
            &format!("--kubeconfig={}", cluster().kubeconfig.display()),
            "bootstrap",
            "github",
            &format!("--hostname=127.0.0.1:{closed}"),
            "--owner=alice",
            "--repository=fleet",
            "--personal",
            "-n",
            &ns,
        ],
        &[("GITHUB_TOKEN", TOKEN)],
    );
    assert_eq!(unreachable.code, 1, "{}", output(&unreachable));
    assert!(
        unreachable.stderr.contains("failed to get Git repository")
            && unreachable.stderr.contains(&format!("127.0.0.1:{closed}")),
        "{}",
        unreachable.stderr
    );
    assert!(
        !emu.requests()
            .iter()
            .any(|r| r.starts_with("POST") && r.ends_with(" 201")),
        "nothing may be created by the failed runs: {:?}",
        emu.requests()
    );

    // With the right token: repository, deploy key, commits, and the cluster syncs from it over SSH.
    let run = bootstrap(&emu, &ns, TOKEN, &repo_flags);
    let log = std::fs::read_to_string(logs.path().join("serve.log")).unwrap_or_default();
    assert_eq!(run.code, 0, "{}\nserve:\n{log}", output(&run));
    let out = output(&run);
    let host = emu.host();
    let title = format!("{ns}-main-flux-system-clusters/dev");
    for line in [
        format!("repository \"https://{host}/alice/fleet\" created"),
        format!("configured deploy key \"{title}\" for \"https://{host}/alice/fleet\""),
        "✔ Kustomization reconciled successfully".to_string(),
    ] {
        assert!(out.contains(&line), "missing {line:?} in:\n{out}");
    }
    assert!(!out.contains(TOKEN), "the token must never be printed");
    let bare = emu.bare_repo("alice", "fleet");
    let head = branch_head(&bare);
    assert_eq!(
        jsonpath("kustomization", &ns, &ns, "{.status.lastAppliedRevision}"),
        format!("main@sha1:{head}")
    );
    assert_eq!(
        jsonpath("gitrepository", &ns, &ns, "{.spec.url}"),
        format!("ssh://git@{}/alice/fleet", emu.ssh_host())
    );
    let keys = emu.deploy_keys("alice", "fleet");
    assert_eq!(keys.len(), 1, "{keys:?}");
    assert_eq!(keys[0].title, title);
    assert!(keys[0].read_only);
    let public = secret_public_key(&ns);
    assert!(public.starts_with("ecdsa-sha2-nistp384 "), "{public}");
    assert_eq!(keys[0].key, public);

    // A second run: no commit, no new key.
    let again = bootstrap(&emu, &ns, TOKEN, &repo_flags);
    assert_eq!(again.code, 0, "{}", output(&again));
    let out = output(&again);
    assert!(out.contains("component manifests are up to date"), "{out}");
    assert!(out.contains("sync manifests are up to date"), "{out}");
    assert!(!out.contains("configured deploy key"), "{out}");
    assert_eq!(branch_head(&bare), head, "a re-run must not commit");
    assert_eq!(emu.deploy_keys("alice", "fleet")[0].id, keys[0].id);

    // Drift: the deploy key was deleted at the provider; a re-run registers the cluster's key again.
    emu.delete_deploy_key("alice", "fleet", &title);
    let repaired = bootstrap(&emu, &ns, TOKEN, &repo_flags);
    assert_eq!(repaired.code, 0, "{}", output(&repaired));
    assert!(output(&repaired).contains("configured deploy key"));
    let keys = emu.deploy_keys("alice", "fleet");
    assert_eq!(keys.len(), 1);
    assert_eq!(keys[0].key, public, "the key in the Secret is kept");

    // Drift: the Secret was deleted; a re-run makes a new key and replaces the deploy key with it.
    kubectl(&["delete", "secret", "flux-system", "-n", &ns], None).success();
    let rotated = bootstrap(&emu, &ns, TOKEN, &repo_flags);
    assert_eq!(rotated.code, 0, "{}", output(&rotated));
    let new_public = secret_public_key(&ns);
    assert_ne!(new_public, public, "a new key pair is generated");
    let keys = emu.deploy_keys("alice", "fleet");
    assert_eq!(keys.len(), 1, "{keys:?}");
    assert_eq!(keys[0].key, new_public);

    // A commit adding an app under clusters/dev rolls out, pulled with the new key.
    commit_app_and_wait(&bare, "clusters/dev", &ns);
    cleanup(serve, &ns);
}

#[test]
fn bootstrap_gitlab_creates_a_group_project_and_shares_it_with_a_team() {
    let _lock = exclusive();
    ensure_crds();
    let ns = format!("bs-gl-{}", std::process::id() % 100_000);
    let emu = ProviderEmulator::start(Flavor::GitLab);
    emu.add_user("alice", TOKEN);
    emu.add_org("acme/platform", &["alice"]);
    emu.add_team("acme", "ops");
    let logs = tempfile::tempdir().unwrap();
    let serve = serve_sources_and_kustomizations(&ns, logs.path());
    // Commits are signed with an SSH key (`git verify-commit` checks it below).
    let signing = tempfile::tempdir().unwrap();
    let signing_key = signing.path().join("signing");
    std::process::Command::new("ssh-keygen")
        .args([
            "-q",
            "-t",
            "ed25519",
            "-N",
            "",
            "-C",
            "flux@example.com",
            "-f",
        ])
        .arg(&signing_key)
        .status()
        .expect("ssh-keygen runs");
    let signing_flag = format!("--ssh-signing-key-file={}", signing_key.display());
    let flags = [
        "--owner=acme",
        "--repository=platform/fleet",
        "--team=ops",
        "--path=clusters/staging",
        "--ssh-key-algorithm=ed25519",
        "--author-email=flux@example.com",
        &signing_flag,
    ];
    let run = bootstrap(&emu, &ns, TOKEN, &flags);
    assert_eq!(run.code, 0, "{}", output(&run));
    let out = output(&run);
    assert!(
        out.contains("granted \"maintain\" permissions to \"ops\""),
        "{out}"
    );
    assert_eq!(
        emu.team_grants("acme/platform", "fleet"),
        vec![("ops".to_string(), "40".to_string())]
    );
    let bare = emu.bare_repo("acme/platform", "fleet");
    let head = branch_head(&bare);
    let public = std::fs::read_to_string(signing_key.with_extension("pub")).unwrap();
    let allowed = signing.path().join("allowed_signers");
    std::fs::write(&allowed, format!("flux@example.com {public}")).unwrap();
    for commit in ["main", "main~1"] {
        git(
            &bare,
            &[
                "-c",
                "gpg.format=ssh",
                "-c",
                &format!("gpg.ssh.allowedSignersFile={}", allowed.display()),
                "verify-commit",
                commit,
            ],
        );
    }
    assert_eq!(
        jsonpath("kustomization", &ns, &ns, "{.status.lastAppliedRevision}"),
        format!("main@sha1:{head}")
    );
    let keys = emu.deploy_keys("acme/platform", "fleet");
    assert_eq!(keys.len(), 1);
    assert!(keys[0].key.starts_with("ssh-ed25519 "), "{:?}", keys[0]);

    let again = bootstrap(&emu, &ns, TOKEN, &flags);
    assert_eq!(again.code, 0, "{}", output(&again));
    assert!(!output(&again).contains("granted"), "{}", output(&again));
    assert_eq!(branch_head(&bare), head, "a re-run must not commit");
    assert_eq!(emu.deploy_keys("acme/platform", "fleet")[0].id, keys[0].id);

    commit_app_and_wait(&bare, "clusters/staging", &ns);
    cleanup(serve, &ns);
}

#[test]
fn bootstrap_gitea_with_token_auth_syncs_over_https_with_the_private_ca() {
    let _lock = exclusive();
    ensure_crds();
    let ns = format!("bs-gt-{}", std::process::id() % 100_000);
    let emu = ProviderEmulator::start(Flavor::Gitea);
    emu.add_user("alice", TOKEN);
    emu.add_org("acme", &["alice"]);
    let logs = tempfile::tempdir().unwrap();
    let serve = serve_sources_and_kustomizations(&ns, logs.path());
    // Commits are signed with an OpenPGP key made by gpg (`git verify-commit` checks it below).
    let gnupg = tempfile::Builder::new()
        .prefix("gpg")
        .tempdir_in("/tmp")
        .unwrap();
    let home = gnupg.path().display().to_string();
    let gpg = |args: &[&str]| {
        std::process::Command::new("gpg")
            .args(["--batch", "--homedir", &home])
            .args(args)
            .output()
            .expect("gpg runs")
    };
    assert!(
        gpg(&[
            "--passphrase",
            "",
            "--quick-gen-key",
            "Flux <flux@example.com>",
            "ed25519",
            "sign",
            "never"
        ])
        .status
        .success()
    );
    let ring = gnupg.path().join("ring.gpg");
    std::fs::write(&ring, gpg(&["--export-secret-keys"]).stdout).unwrap();
    let ring_flag = format!("--gpg-key-ring={}", ring.display());
    let flags = [
        "--owner=acme",
        "--repository=fleet",
        "--token-auth",
        "--path=clusters/dev",
        "--registry-creds=puller:s3cret-registry",
        "--image-pull-secret=regcred",
        &ring_flag,
    ];
    let run = bootstrap(&emu, &ns, TOKEN, &flags);
    assert_eq!(run.code, 0, "{}", output(&run));
    assert!(!output(&run).contains(TOKEN));
    let host = emu.host();
    assert_eq!(
        jsonpath("gitrepository", &ns, &ns, "{.spec.url}"),
        format!("https://{host}/acme/fleet.git")
    );
    // Token auth: no deploy key, the token and the CA are in the Secret.
    assert!(emu.deploy_keys("acme", "fleet").is_empty());
    let data = jsonpath("secret", "flux-system", &ns, "{.data}");
    for key in ["\"username\"", "\"password\"", "\"ca.crt\""] {
        assert!(data.contains(key), "{key} missing from the Secret");
    }
    let bare = emu.bare_repo("acme", "fleet");
    let head = branch_head(&bare);
    // The registry credentials reach the cluster as the pull Secret, and never the repository.
    assert_eq!(
        jsonpath("secret", "regcred", &ns, "{.type}"),
        "kubernetes.io/dockerconfigjson"
    );
    let committed = git(
        &bare,
        &[
            "show",
            &format!("main:clusters/dev/{ns}/gotk-components.yaml"),
        ],
    );
    assert!(!committed.contains("s3cret-registry") && !committed.contains("kind: Secret"));
    assert!(
        committed.contains("regcred"),
        "the Deployment names its pull secret"
    );
    let verified = std::process::Command::new("git")
        .args(["verify-commit", "main"])
        .current_dir(&bare)
        .env("GNUPGHOME", gnupg.path())
        .output()
        .expect("git runs");
    assert!(
        verified.status.success(),
        "{}",
        String::from_utf8_lossy(&verified.stderr)
    );
    assert_eq!(
        jsonpath("gitrepository", &ns, &ns, "{.status.artifact.revision}"),
        format!("main@sha1:{head}")
    );

    let again = bootstrap(&emu, &ns, TOKEN, &flags);
    assert_eq!(again.code, 0, "{}", output(&again));
    assert_eq!(branch_head(&bare), head, "a re-run must not commit");

    commit_app_and_wait(&bare, "clusters/dev", &ns);
    cleanup(serve, &ns);
}

#[test]
fn bootstrap_gitlab_with_a_deploy_token_recreates_it_when_the_secret_is_gone() {
    let _lock = exclusive();
    ensure_crds();
    let ns = format!("bs-gldt-{}", std::process::id() % 100_000);
    let emu = ProviderEmulator::start(Flavor::GitLab);
    emu.add_user("alice", TOKEN);
    let logs = tempfile::tempdir().unwrap();
    let serve = serve_sources_and_kustomizations(&ns, logs.path());
    let flags = [
        "--owner=alice",
        "--repository=fleet",
        "--personal",
        "--deploy-token-auth",
        "--path=clusters/dev",
    ];
    let token_name = format!("{ns}-main-flux-system-clusters/dev");
    let run = bootstrap(&emu, &ns, TOKEN, &flags);
    assert_eq!(run.code, 0, "{}", output(&run));
    assert!(
        output(&run).contains(&format!("configured deploy token \"{token_name}\"")),
        "{}",
        output(&run)
    );
    assert_eq!(
        emu.deploy_tokens("alice", "fleet"),
        vec![token_name.clone()]
    );
    assert!(emu.deploy_keys("alice", "fleet").is_empty());
    let host = emu.host();
    assert_eq!(
        jsonpath("gitrepository", &ns, &ns, "{.spec.url}"),
        format!("https://{host}/alice/fleet.git")
    );
    let bare = emu.bare_repo("alice", "fleet");
    let head = branch_head(&bare);
    assert_eq!(
        jsonpath("kustomization", &ns, &ns, "{.status.lastAppliedRevision}"),
        format!("main@sha1:{head}")
    );
    let password = jsonpath("secret", "flux-system", &ns, "{.data.password}");

    // A re-run keeps the token and the Secret.
    let again = bootstrap(&emu, &ns, TOKEN, &flags);
    assert_eq!(again.code, 0, "{}", output(&again));
    assert!(output(&again).contains("reconciled deploy token for source secret"));
    assert_eq!(
        jsonpath("secret", "flux-system", &ns, "{.data.password}"),
        password
    );

    // Without the Secret the token's value is lost: a re-run replaces the token and writes the new one.
    kubectl(&["delete", "secret", "flux-system", "-n", &ns], None).success();
    let repaired = bootstrap(&emu, &ns, TOKEN, &flags);
    assert_eq!(repaired.code, 0, "{}", output(&repaired));
    assert_eq!(emu.deploy_tokens("alice", "fleet"), vec![token_name]);
    let new_password = jsonpath("secret", "flux-system", &ns, "{.data.password}");
    assert!(!new_password.is_empty() && new_password != password);

    commit_app_and_wait(&bare, "clusters/dev", &ns);
    cleanup(serve, &ns);
}

#[test]
fn bootstrap_bitbucket_server_creates_the_repository_in_a_project_and_syncs_over_ssh() {
    let _lock = exclusive();
    ensure_crds();
    let ns = format!("bs-bb-{}", std::process::id() % 100_000);
    let emu = ProviderEmulator::start(Flavor::BitbucketServer);
    emu.add_user("alice", TOKEN);
    // `--owner` names the project; its key is what the URLs hold.
    emu.add_project("FLEET", "Fleet Ops", &["alice"]);
    emu.add_group("platform");
    let logs = tempfile::tempdir().unwrap();
    let serve = serve_sources_and_kustomizations(&ns, logs.path());
    let flags = [
        "--owner=Fleet Ops",
        "--username=alice",
        "--repository=fleet",
        "--path=clusters/dev",
        "--group=platform",
    ];
    let run = bootstrap(&emu, &ns, TOKEN, &flags);
    let out = output(&run);
    assert_eq!(run.code, 0, "{out}\n{}", emu.logs());
    assert!(!out.contains(TOKEN));
    let host = emu.host();
    assert!(out.contains(&format!("► connecting to {host}\n")), "{out}");
    assert!(
        out.contains(&format!(
            "✔ repository \"https://{host}/Fleet Ops/fleet\" created\n"
        )),
        "{out}"
    );
    assert!(
        out.contains("✔ granted \"push\" permissions to \"platform\"\n"),
        "{out}"
    );

    // Made as the stash client makes it: an empty first commit on master by the token's user, then main
    // branched from it as the default branch, Flux's commits on top.
    let bare = emu.bare_repo("FLEET", "fleet");
    let first = git(&bare, &["log", "--format=%an <%ae> %s", "master"]);
    assert_eq!(first.trim(), "alice <alice@example.com> initial commit");
    assert_eq!(
        git(&bare, &["symbolic-ref", "HEAD"]).trim(),
        "refs/heads/main"
    );
    // main grows from master's first commit (bootstrap's own commits on top of it).
    assert_eq!(
        git(&bare, &["merge-base", "master", "main"]).trim(),
        git(&bare, &["rev-parse", "master"]).trim()
    );
    assert_eq!(
        git(&bare, &["rev-list", "--max-parents=0", "main"]).trim(),
        git(&bare, &["rev-parse", "master"]).trim()
    );
    assert_eq!(
        emu.team_grants("FLEET", "fleet"),
        vec![("platform".to_string(), "REPO_WRITE".to_string())]
    );

    // The cluster pulls over SSH with a read-only access key.
    let ssh = emu.ssh_host();
    assert_eq!(
        jsonpath("gitrepository", &ns, &ns, "{.spec.url}"),
        format!("ssh://git@{ssh}/FLEET/fleet")
    );
    let keys = emu.deploy_keys("FLEET", "fleet");
    assert_eq!(keys.len(), 1, "{keys:?}");
    assert!(keys[0].read_only);
    assert_eq!(keys[0].title, format!("{ns}-main-flux-system-clusters/dev"));
    assert_eq!(
        keys[0].key,
        secret_public_key(&ns)
            .split_whitespace()
            .take(2)
            .collect::<Vec<_>>()
            .join(" ")
    );
    let head = branch_head(&bare);
    assert_eq!(
        jsonpath("gitrepository", &ns, &ns, "{.status.artifact.revision}"),
        format!("main@sha1:{head}")
    );

    // A re-run finds everything in place: no commit, no new key.
    let again = bootstrap(&emu, &ns, TOKEN, &flags);
    assert_eq!(again.code, 0, "{}", output(&again));
    assert_eq!(branch_head(&bare), head, "a re-run must not commit");
    assert_eq!(emu.deploy_keys("FLEET", "fleet"), keys);

    // An unknown project fails before anything is created.
    let missing = bootstrap(&emu, &ns, TOKEN, &["--owner=Nope", "--repository=fleet"]);
    assert_eq!(missing.code, 1);
    assert!(
        output(&missing).contains("failed to get Git organization"),
        "{}",
        output(&missing)
    );

    commit_app_and_wait(&bare, "clusters/dev", &ns);
    cleanup(serve, &ns);
}
