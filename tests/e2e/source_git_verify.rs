//! GitRepository `spec.verify` end to end: commits and annotated tags signed by the real `git` with an SSH key,
//! a verification Secret holding the trusted public key, and `flux serve`'s source controller deciding.

use crate::git_servers::{GitServers, git};
use crate::harness::shared;
use crate::source_git::{Env, gitrepo};

fn condition(obj: &serde_json::Value, kind: &str) -> (String, String, String) {
    let c = obj["status"]["conditions"]
        .as_array()
        .and_then(|cs| cs.iter().find(|c| c["type"] == kind).cloned())
        .unwrap_or_default();
    let field = |k: &str| c[k].as_str().unwrap_or_default().to_string();
    (field("status"), field("reason"), field("message"))
}

fn keygen(path: &std::path::Path) -> String {
    let status = std::process::Command::new("ssh-keygen")
        .args(["-q", "-t", "ed25519", "-N", "", "-f"])
        .arg(path)
        .status()
        .expect("ssh-keygen runs");
    assert!(status.success());
    std::fs::read_to_string(path.with_extension("pub")).expect("public key")
}

#[test]
fn signed_commits_and_tags_verify_against_the_trusted_keys_only() {
    let _lock = shared();
    let servers = GitServers::start();
    let keys = tempfile::tempdir().unwrap();
    let signing = keys.path().join("signing");
    let trusted = keygen(&signing);
    let stranger = keygen(&keys.path().join("stranger"));
    let sign = |work: &std::path::Path, args: &[&str]| {
        let key = format!("user.signingkey={}", signing.display());
        let mut all = vec!["-c", "gpg.format=ssh", "-c", key.as_str()];
        all.extend_from_slice(args);
        git(work, &all)
    };
    let work = servers.create_repo("signed", |dir| {
        std::fs::write(dir.join("app.yaml"), "kind: ConfigMap\n").unwrap();
    });
    sign(
        &work,
        &["commit", "-q", "--allow-empty", "-S", "-m", "signed"],
    );
    sign(&work, &["tag", "-s", "v1.0.0", "-m", "release"]);
    git(&work, &["tag", "-a", "v1.0.1", "-m", "unsigned"]);
    servers.push(&work);
    let head = git(&work, &["rev-parse", "HEAD"]).trim().to_string();

    let env = Env::new("gitverify");
    env.secret("trusted-keys", &[("author.sshpub", trusted.trim())]);
    env.secret("other-keys", &[("author.sshpub", stranger.trim())]);
    let url = servers.http_public_url("signed");
    let verify = |mode: &str, secret: &str| {
        format!("  verify:\n    mode: {mode}\n    secretRef:\n      name: {secret}\n")
    };

    // HEAD of a branch, signed by the trusted key.
    env.apply(&gitrepo(
        "head",
        &url,
        &format!(
            "  ref:\n    branch: master\n{}",
            verify("HEAD", "trusted-keys")
        ),
    ));
    let obj = env.wait_ready("head", "True", "the signed HEAD verifies");
    let (status, reason, message) = condition(&obj, "SourceVerified");
    assert_eq!((status.as_str(), reason.as_str()), ("True", "Succeeded"));
    assert!(
        message.starts_with(&format!(
            "verified signature of\n\t- commit '{head}' with key 'SHA256:"
        )),
        "{message}"
    );
    assert_eq!(obj["status"]["sourceVerificationMode"], "HEAD");

    // The same commit against keys that did not sign it: no artifact, Flux's reason.
    env.apply(&gitrepo(
        "untrusted",
        &url,
        &format!(
            "  ref:\n    branch: master\n{}",
            verify("HEAD", "other-keys")
        ),
    ));
    let obj = env.wait_ready("untrusted", "False", "an unknown signer is refused");
    let (status, reason, message) = condition(&obj, "SourceVerified");
    assert_eq!(
        (status.as_str(), reason.as_str()),
        ("False", "InvalidCommitSignature")
    );
    assert!(
        message.contains("signature made by unknown SSH key"),
        "{message}"
    );
    assert!(obj["status"]["artifact"].is_null());

    // A signed tag and the commit it points at.
    env.apply(&gitrepo(
        "tag",
        &url,
        &format!(
            "  ref:\n    tag: v1.0.0\n{}",
            verify("TagAndHEAD", "trusted-keys")
        ),
    ));
    let obj = env.wait_ready("tag", "True", "the signed tag verifies");
    let (_, _, message) = condition(&obj, "SourceVerified");
    assert!(
        message.starts_with("verified signature of\n\t- tag 'v1.0.0' with key 'SHA256:")
            && message.contains(&format!("\n\t- commit '{head}' with key 'SHA256:")),
        "{message}"
    );

    // An unsigned annotated tag, and a tag mode on a branch.
    env.apply(&gitrepo(
        "unsigned-tag",
        &url,
        &format!("  ref:\n    tag: v1.0.1\n{}", verify("Tag", "trusted-keys")),
    ));
    let obj = env.wait_ready("unsigned-tag", "False", "an unsigned tag is refused");
    let (_, reason, message) = condition(&obj, "SourceVerified");
    assert_eq!(reason, "InvalidGitObject", "{message}");
    env.apply(&gitrepo(
        "tag-on-branch",
        &url,
        &format!(
            "  ref:\n    branch: master\n{}",
            verify("Tag", "trusted-keys")
        ),
    ));
    let obj = env.wait_ready("tag-on-branch", "False", "a tag mode needs a tag");
    let (_, reason, _) = condition(&obj, "Stalled");
    assert_eq!(reason, "InvalidVerificationMode");
}
