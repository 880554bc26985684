//! End-to-end tests: keys are made by `gpg` and `ssh-keygen`, commits are
//! created with git2 and signed with `Signer`, and `git verify-commit` has
//! the last word.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::atomic::{AtomicUsize, Ordering};

use flux::git::signing::Signer;

const EMAIL: &str = "t@example.com";
const UID: &str = "Test <t@example.com>";

/// A scratch directory removed on drop (no tempfile dependency needed).
struct TempDir(PathBuf);

impl TempDir {
    fn new(tag: &str) -> Self {
        static COUNTER: AtomicUsize = AtomicUsize::new(0);
        let n = COUNTER.fetch_add(1, Ordering::SeqCst);
        // Short path: gpg-agent's socket lives in the home directory and
        // Unix socket paths are limited to ~108 bytes.
        let dir = std::env::temp_dir().join(format!("sg-{}-{n}-{tag}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o700)).unwrap();
        }
        TempDir(dir)
    }

    fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        if self.0.join("pubring.kbx").exists() {
            // Stop the agent gpg started for this home.
            let _ = Command::new("gpgconf")
                .arg("--homedir")
                .arg(&self.0)
                .args(["--kill", "gpg-agent"])
                .output();
        }
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn run(cmd: &mut Command) -> Output {
    let out = cmd.output().unwrap();
    assert!(
        out.status.success(),
        "{cmd:?} failed: {}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

// ---------------------------------------------------------------- GPG keys

/// A GnuPG home with generated keys.
struct GpgHome {
    dir: TempDir,
}

impl GpgHome {
    fn new() -> Self {
        GpgHome {
            dir: TempDir::new("gpg"),
        }
    }

    fn gpg(&self, passphrase: &str) -> Command {
        let mut cmd = Command::new("/usr/bin/gpg");
        cmd.arg("--homedir")
            .arg(self.dir.path())
            .args(["--batch", "--pinentry-mode", "loopback", "--passphrase"])
            .arg(passphrase);
        cmd
    }

    /// Generates a key and returns its fingerprint.
    fn gen_key(&self, uid: &str, algo: &str, usage: &str, passphrase: &str) -> String {
        run(self
            .gpg(passphrase)
            .args(["--quick-gen-key", uid, algo, usage, "never"]));
        self.fingerprints(uid).remove(0)
    }

    fn add_subkey(&self, primary_fpr: &str, algo: &str, usage: &str, passphrase: &str) {
        run(self
            .gpg(passphrase)
            .args(["--quick-add-key", primary_fpr, algo, usage, "never"]));
    }

    /// Fingerprints of the primary key and subkeys of `uid`, in order.
    fn fingerprints(&self, uid: &str) -> Vec<String> {
        let out = run(self
            .gpg("")
            .args(["--with-colons", "--list-secret-keys", uid]));
        String::from_utf8(out.stdout)
            .unwrap()
            .lines()
            .filter(|l| l.starts_with("fpr:"))
            .map(|l| l.split(':').nth(9).unwrap().to_string())
            .collect()
    }

    fn export_secret(&self, passphrase: &str, armor: bool, who: &[&str]) -> Vec<u8> {
        let mut cmd = self.gpg(passphrase);
        if armor {
            cmd.arg("--armor");
        }
        cmd.arg("--export-secret-keys").args(who);
        run(&mut cmd).stdout
    }
}

// ------------------------------------------------------------- Git commits

/// A repository with one commit signed by `signer` on `refs/heads/main`.
fn signed_commit(signer: &Signer) -> (TempDir, String) {
    let dir = TempDir::new("repo");
    let repo = git2::Repository::init(dir.path()).unwrap();
    std::fs::write(dir.path().join("README"), "hello\n").unwrap();
    let mut index = repo.index().unwrap();
    index.add_path(Path::new("README")).unwrap();
    let tree = repo.find_tree(index.write_tree().unwrap()).unwrap();
    let sig = git2::Signature::now("Test", EMAIL).unwrap();
    let buffer = repo
        .commit_create_buffer(&sig, &sig, "Add Flux sync manifests", &tree, &[])
        .unwrap();
    let buffer = buffer.as_str().unwrap();
    let signature = signer.sign(buffer).unwrap();
    let oid = repo.commit_signed(buffer, &signature, None).unwrap();
    repo.reference("refs/heads/main", oid, true, "signed commit")
        .unwrap();
    (dir, oid.to_string())
}

/// `git` isolated from the user's and system configuration.
fn git(repo: &Path) -> Command {
    let mut cmd = Command::new("git");
    cmd.arg("-C")
        .arg(repo)
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1");
    cmd
}

/// Runs `git verify-commit --raw` and `git log --show-signature` with GPG
/// and returns (raw status output, log output).
fn verify_gpg(home: &GpgHome, repo: &Path, sha: &str) -> (String, String) {
    let verify = git(repo)
        .env("GNUPGHOME", home.dir.path())
        .args(["verify-commit", "--raw", sha])
        .output()
        .unwrap();
    let raw = String::from_utf8_lossy(&verify.stderr).into_owned();
    assert!(verify.status.success(), "verify-commit failed:\n{raw}");
    let log = run(git(repo).env("GNUPGHOME", home.dir.path()).args([
        "log",
        "--show-signature",
        "-1",
        sha,
    ]));
    let log = String::from_utf8_lossy(&log.stdout).into_owned();
    assert!(log.contains("Good signature from"), "git log:\n{log}");
    (raw, log)
}

/// Fingerprint from the `[GNUPG:] VALIDSIG <fpr> ...` status line.
fn validsig(raw: &str) -> String {
    raw.lines()
        .find_map(|l| l.strip_prefix("[GNUPG:] VALIDSIG "))
        .and_then(|rest| rest.split_whitespace().next())
        .unwrap_or_else(|| panic!("no VALIDSIG in:\n{raw}"))
        .to_string()
}

/// Hash algorithm id from the VALIDSIG line (8 = SHA-256).
fn validsig_hash(raw: &str) -> String {
    raw.lines()
        .find_map(|l| l.strip_prefix("[GNUPG:] VALIDSIG "))
        .and_then(|rest| rest.split_whitespace().nth(7))
        .unwrap()
        .to_string()
}

// --------------------------------------------------------------- GPG tests

#[test]
fn gpg_ed25519_binary_ring_without_key_id() {
    let home = GpgHome::new();
    let fpr = home.gen_key(UID, "ed25519", "sign", "");
    let ring = home.export_secret("", false, &[]);

    let signer = Signer::openpgp(&ring, "", None).unwrap();
    let (repo, sha) = signed_commit(&signer);
    let (raw, _) = verify_gpg(&home, repo.path(), &sha);
    assert_eq!(validsig(&raw), fpr);
    assert_eq!(validsig_hash(&raw), "8", "expected SHA-256:\n{raw}");

    let debug = format!("{signer:?}");
    assert!(debug.contains(&fpr), "{debug}");
}

#[test]
fn gpg_armored_ring_selects_key_by_id() {
    let home = GpgHome::new();
    let first = home.gen_key("First <first@example.com>", "ed25519", "sign", "");
    let second = home.gen_key(UID, "ed25519", "sign", "");
    let ring = home.export_secret("", true, &[]);
    assert!(ring.starts_with(b"-----BEGIN PGP PRIVATE KEY BLOCK-----"));

    let long_id = &second[24..];
    let short_id = &second[32..];
    for id in [
        second.clone(),
        second.to_lowercase(),
        long_id.to_string(),
        format!("0x{}", long_id.to_lowercase()),
        short_id.to_string(),
    ] {
        let signer = Signer::openpgp(&ring, "", Some(&id)).unwrap();
        let (repo, sha) = signed_commit(&signer);
        let (raw, _) = verify_gpg(&home, repo.path(), &sha);
        assert_eq!(validsig(&raw), second, "key id {id}");
    }

    // Without an id the first key in the ring signs.
    let signer = Signer::openpgp(&ring, "", None).unwrap();
    let (repo, sha) = signed_commit(&signer);
    let (raw, _) = verify_gpg(&home, repo.path(), &sha);
    assert_eq!(validsig(&raw), first);
}

#[test]
fn gpg_rsa_key_with_passphrase() {
    let home = GpgHome::new();
    let fpr = home.gen_key(UID, "rsa2048", "sign", "secret");
    let ring = home.export_secret("secret", false, &[]);

    let signer = Signer::openpgp(&ring, "secret", Some(&fpr)).unwrap();
    let (repo, sha) = signed_commit(&signer);
    let (raw, _) = verify_gpg(&home, repo.path(), &sha);
    assert_eq!(validsig(&raw), fpr);
    assert_eq!(validsig_hash(&raw), "8", "expected SHA-256:\n{raw}");

    let long_id = &fpr[24..];
    let err = Signer::openpgp(&ring, "wrong", None).unwrap_err();
    assert_eq!(err, format!("wrong passphrase for the GPG key {long_id}"));

    let err = Signer::openpgp(&ring, "", None).unwrap_err();
    assert_eq!(
        err,
        format!("the GPG key {long_id} is protected by a passphrase: pass --gpg-passphrase")
    );
    assert!(!format!("{signer:?}").contains("secret"));
}

#[test]
fn gpg_ecdsa_keys() {
    // P-384 must be signed with at least SHA-384 (hash id 9), P-256 with
    // the default SHA-256 (8).
    for (algo, hash) in [("nistp256", "8"), ("nistp384", "9")] {
        let home = GpgHome::new();
        let fpr = home.gen_key(UID, algo, "sign", "");
        let ring = home.export_secret("", true, &[]);
        let signer = Signer::openpgp(&ring, "", None).unwrap();
        let (repo, sha) = signed_commit(&signer);
        let (raw, _) = verify_gpg(&home, repo.path(), &sha);
        assert_eq!(validsig(&raw), fpr);
        assert_eq!(validsig_hash(&raw), hash, "{algo}:\n{raw}");
    }
}

#[test]
fn gpg_signing_subkey_is_used_for_certify_only_primary() {
    let home = GpgHome::new();
    let primary = home.gen_key(UID, "ed25519", "cert", "secret");
    home.add_subkey(&primary, "cv25519", "encr", "secret");
    home.add_subkey(&primary, "ed25519", "sign", "secret");
    let fprs = home.fingerprints(UID);
    assert_eq!(fprs.len(), 3);
    let signing_subkey = fprs[2].clone();
    let ring = home.export_secret("secret", true, &[]);

    // By primary id, by no id, and by the subkey's own id.
    for id in [Some(primary.as_str()), None, Some(&signing_subkey[24..])] {
        let signer = Signer::openpgp(&ring, "secret", id).unwrap();
        let (repo, sha) = signed_commit(&signer);
        let (raw, log) = verify_gpg(&home, repo.path(), &sha);
        // VALIDSIG names the signing (sub)key; the last field the primary.
        assert_eq!(validsig(&raw), signing_subkey, "id {id:?}");
        assert!(raw.contains(&primary), "{raw}");
        assert!(log.contains("Good signature from \"Test <t@example.com>\""));
    }
}

#[test]
fn gpg_secret_subkeys_export_uses_subkey() {
    // `--export-secret-subkeys` leaves a stub without key material in place
    // of the primary key; the signing subkey must still be found.
    let home = GpgHome::new();
    let primary = home.gen_key(UID, "ed25519", "cert", "");
    home.add_subkey(&primary, "ed25519", "sign", "");
    let subkey = home.fingerprints(UID)[1].clone();
    let mut cmd = home.gpg("");
    cmd.args(["--export-secret-subkeys"]);
    let ring = run(&mut cmd).stdout;

    let signer = Signer::openpgp(&ring, "", Some(&primary)).unwrap();
    let (repo, sha) = signed_commit(&signer);
    let (raw, _) = verify_gpg(&home, repo.path(), &sha);
    assert_eq!(validsig(&raw), subkey);
}

#[test]
fn gpg_errors() {
    let home = GpgHome::new();
    home.gen_key(UID, "ed25519", "sign", "");
    let ring = home.export_secret("", false, &[]);

    let err = Signer::openpgp(&ring, "", Some("ABCDEF0123456789")).unwrap_err();
    assert_eq!(err, "key id ABCDEF0123456789 not found in the GPG key ring");

    let err = Signer::openpgp(&ring, "", Some("not-hex")).unwrap_err();
    assert!(err.starts_with("invalid GPG key id \"not-hex\""), "{err}");

    let err = Signer::openpgp(b"this is not a key ring", "", None).unwrap_err();
    assert!(err.starts_with("unable to read GPG key ring"), "{err}");
    assert!(!err.contains('\n'), "{err}");

    // A damaged armored ring: rpgp's error would quote the remaining input
    // (key material), which must not reach the user.
    let armored = String::from_utf8(home.export_secret("", true, &[])).unwrap();
    let mut lines: Vec<&str> = armored.lines().collect();
    lines.insert(4, "!!!garbage!!!");
    let err = Signer::openpgp(lines.join("\n").as_bytes(), "", None).unwrap_err();
    assert!(err.starts_with("unable to read GPG key ring"), "{err}");
    assert!(!err.contains("input") && !err.contains('['), "{err}");
    assert!(err.len() < 200, "{err}");

    let err = Signer::openpgp(b"", "", None).unwrap_err();
    assert!(
        err == "empty GPG key ring" || err.starts_with("unable to read GPG key ring"),
        "{err}"
    );

    let public = run(home.gpg("").args(["--export"])).stdout;
    let err = Signer::openpgp(&public, "", None).unwrap_err();
    assert!(
        err.starts_with("the GPG key ring holds only public keys"),
        "{err}"
    );

    // The primary key may sign but `--export-secret-subkeys` left only a
    // stub of it, and the subkey only encrypts: nothing can sign.
    let enc_home = GpgHome::new();
    let primary = enc_home.gen_key(UID, "ed25519", "sign", "");
    enc_home.add_subkey(&primary, "cv25519", "encr", "");
    let mut cmd = enc_home.gpg("");
    cmd.args(["--export-secret-subkeys"]);
    let ring = run(&mut cmd).stdout;
    let err = Signer::openpgp(&ring, "", None).unwrap_err();
    assert_eq!(err, "no key in the GPG key ring can sign");
    let err = Signer::openpgp(&ring, "", Some(&primary)).unwrap_err();
    assert_eq!(err, format!("GPG key {primary} cannot sign"));
}

// --------------------------------------------------------------- SSH tests

struct SshKey {
    dir: TempDir,
}

impl SshKey {
    fn generate(kind: &[&str], passphrase: &str) -> Self {
        let dir = TempDir::new("ssh");
        run(Command::new("ssh-keygen")
            .args(kind)
            .args(["-q", "-C", EMAIL, "-N", passphrase, "-f"])
            .arg(dir.path().join("key")));
        SshKey { dir }
    }

    fn private(&self) -> Vec<u8> {
        std::fs::read(self.dir.path().join("key")).unwrap()
    }

    fn allowed_signers(&self) -> PathBuf {
        let public = std::fs::read_to_string(self.dir.path().join("key.pub")).unwrap();
        let path = self.dir.path().join("allowed_signers");
        std::fs::write(&path, format!("{EMAIL} {public}")).unwrap();
        path
    }
}

fn verify_ssh(key: &SshKey, repo: &Path, sha: &str) -> String {
    let allowed = format!(
        "gpg.ssh.allowedSignersFile={}",
        key.allowed_signers().display()
    );
    let verify = git(repo)
        .args(["-c", "gpg.format=ssh", "-c", &allowed, "verify-commit", sha])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&verify.stderr).into_owned();
    assert!(verify.status.success(), "verify-commit failed:\n{stderr}");
    let log = run(git(repo).args([
        "-c",
        "gpg.format=ssh",
        "-c",
        &allowed,
        "log",
        "--show-signature",
        "-1",
        sha,
    ]));
    let log = String::from_utf8_lossy(&log.stdout).into_owned();
    assert!(
        log.contains(&format!("Good \"git\" signature for {EMAIL}")),
        "git log:\n{log}"
    );
    log
}

#[test]
fn ssh_ed25519_unencrypted() {
    let key = SshKey::generate(&["-t", "ed25519"], "");
    let signer = Signer::ssh(&key.private(), "").unwrap();
    let (repo, sha) = signed_commit(&signer);
    verify_ssh(&key, repo.path(), &sha);

    let commit = run(git(repo.path()).args(["cat-file", "commit", &sha])).stdout;
    let commit = String::from_utf8(commit).unwrap();
    assert!(
        commit.contains("gpgsig -----BEGIN SSH SIGNATURE-----"),
        "{commit}"
    );

    let debug = format!("{signer:?}");
    assert!(
        debug.contains("ssh-ed25519") && debug.contains("SHA256:"),
        "{debug}"
    );
    assert!(!debug.contains("PRIVATE"), "{debug}");
}

#[test]
fn ssh_ed25519_encrypted() {
    let key = SshKey::generate(&["-t", "ed25519"], "secret");
    let signer = Signer::ssh(&key.private(), "secret").unwrap();
    let (repo, sha) = signed_commit(&signer);
    verify_ssh(&key, repo.path(), &sha);

    let err = Signer::ssh(&key.private(), "wrong").unwrap_err();
    assert_eq!(err, "unable to decrypt SSH signing key: wrong passphrase");

    let err = Signer::ssh(&key.private(), "").unwrap_err();
    assert_eq!(
        err,
        "the SSH signing key is encrypted: a passphrase is required (--ssh-signing-password)"
    );
}

#[test]
fn ssh_ecdsa_and_rsa() {
    for kind in [
        &["-t", "ecdsa", "-b", "256"][..],
        &["-t", "ecdsa", "-b", "384"][..],
        &["-t", "rsa", "-b", "2048"][..],
    ] {
        let key = SshKey::generate(kind, "");
        let signer = Signer::ssh(&key.private(), "").unwrap();
        let (repo, sha) = signed_commit(&signer);
        verify_ssh(&key, repo.path(), &sha);
    }
}

#[test]
fn ssh_errors() {
    let err = Signer::ssh(b"garbage", "").unwrap_err();
    assert!(err.starts_with("invalid SSH signing key"), "{err}");
    assert!(!err.contains('\n'), "{err}");

    let err = Signer::ssh(&[0xff, 0xfe, 0x00], "").unwrap_err();
    assert!(err.starts_with("invalid SSH signing key"), "{err}");

    // PKCS#8/PEM keys are refused with a hint to convert.
    let key = SshKey::generate(&["-t", "ecdsa", "-b", "256", "-m", "PEM"], "");
    let err = Signer::ssh(&key.private(), "").unwrap_err();
    assert!(err.contains("ssh-keygen -p -f"), "{err}");
    assert!(!err.contains("BEGIN EC PRIVATE KEY"), "{err}");
}

// ------------------------------------------------ GitRepository spec.verify

/// What GitRepository `spec.verify` trusts: a gpg-made key ring verifies commits signed by its key (reported by
/// the primary key id, also for a signing subkey) and refuses them with another key ring.
#[test]
fn verification_accepts_trusted_openpgp_keys_only() {
    use flux::git::verify::{TrustedKeys, verify_commit};
    use std::collections::BTreeMap;

    let home = GpgHome::new();
    let primary = home.gen_key(UID, "ed25519", "cert", "");
    home.add_subkey(&primary, "ed25519", "sign", "");
    let ring = home.export_secret("", false, &[]);
    let public = run(home.gpg("").args(["--armor", "--export"])).stdout;
    let signer = Signer::openpgp(&ring, "", None).unwrap();
    let (dir, sha) = signed_commit(&signer);
    let repo = git2::Repository::open(dir.path()).unwrap();
    let oid = git2::Oid::from_str(&sha).unwrap();

    let trusted =
        TrustedKeys::from_secret_data(&BTreeMap::from([("author.asc".to_string(), public)]))
            .unwrap();
    assert_eq!(
        verify_commit(&repo, oid, &trusted).unwrap(),
        primary[24..].to_string(),
        "the primary key id names the signer"
    );

    let other = GpgHome::new();
    other.gen_key("Other <o@example.com>", "ed25519", "sign", "");
    let other_public = run(other.gpg("").args(["--armor", "--export"])).stdout;
    let untrusted =
        TrustedKeys::from_secret_data(&BTreeMap::from([("other.asc".to_string(), other_public)]))
            .unwrap();
    assert_eq!(
        verify_commit(&repo, oid, &untrusted).unwrap_err(),
        "signature made by unknown entity"
    );
}
