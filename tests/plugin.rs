//! `flux plugin` end to end: the real binary against a plugin catalog served over HTTP from this test (a small
//! HTTP/1.1 server on a loopback port), installing into a temporary plugin directory. Covers search, install
//! (latest, a version, a digest; tar.gz, zip and bare binaries), checksum refusal, list, running a plugin as
//! `flux <name>`, update, manual plugins and uninstall. With `FLUX_ORACLE` (Flux v2.9.5's CLI) set, it also
//! checks that each CLI lists and updates what the other installed.

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};

use sha2::{Digest, Sha256};

/// Files served by path, changeable while the server runs.
type Files = Arc<Mutex<HashMap<String, Vec<u8>>>>;

/// Serves `files` on 127.0.0.1; unknown paths get 404. Returns the base URL (ending in `/`).
fn serve(files: Files) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap_or_else(|e| panic!("bind: {e}"));
    let addr = listener
        .local_addr()
        .unwrap_or_else(|e| panic!("local addr: {e}"));
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            let files = files.clone();
            std::thread::spawn(move || {
                let mut reader = BufReader::new(match stream.try_clone() {
                    Ok(s) => s,
                    Err(_) => return,
                });
                let mut request_line = String::new();
                if reader.read_line(&mut request_line).is_err() {
                    return;
                }
                // Drain the headers.
                loop {
                    let mut line = String::new();
                    match reader.read_line(&mut line) {
                        Ok(0) | Err(_) => break,
                        Ok(_) if line == "\r\n" || line == "\n" => break,
                        Ok(_) => {}
                    }
                }
                let path = request_line
                    .split_whitespace()
                    .nth(1)
                    .unwrap_or("/")
                    .trim_start_matches('/')
                    .to_string();
                let body = files.lock().ok().and_then(|f| f.get(&path).cloned());
                let (status, body) = match body {
                    Some(b) => ("200 OK", b),
                    None => ("404 Not Found", b"not found".to_vec()),
                };
                let head = format!(
                    "HTTP/1.1 {status}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                    body.len()
                );
                let _ = stream.write_all(head.as_bytes());
                let _ = stream.write_all(&body);
            });
        }
    });
    format!("http://{addr}/")
}

fn host() -> (&'static str, &'static str) {
    let os = match std::env::consts::OS {
        "macos" => "darwin",
        o => o,
    };
    let arch = match std::env::consts::ARCH {
        "x86_64" => "amd64",
        "aarch64" => "arm64",
        a => a,
    };
    (os, arch)
}

fn sha256(data: &[u8]) -> String {
    format!("sha256:{}", hex::encode(Sha256::digest(data)))
}

/// A plugin executable that prints its version and arguments.
fn script(version: &str) -> Vec<u8> {
    format!("#!/bin/sh\necho \"hello {version}: $*\"\n").into_bytes()
}

fn tar_gz(entry: &str, data: &[u8]) -> Vec<u8> {
    let mut builder = tar::Builder::new(flate2::write::GzEncoder::new(
        Vec::new(),
        flate2::Compression::default(),
    ));
    let mut header = tar::Header::new_gnu();
    header.set_size(data.len() as u64);
    header.set_mode(0o755);
    header.set_cksum();
    builder
        .append_data(&mut header, "README.md", &b"readme"[..])
        .unwrap_or_else(|e| panic!("{e}"));
    let mut header = tar::Header::new_gnu();
    header.set_size(data.len() as u64);
    header.set_mode(0o755);
    header.set_cksum();
    builder
        .append_data(&mut header, entry, data)
        .unwrap_or_else(|e| panic!("{e}"));
    let gz = builder.into_inner().unwrap_or_else(|e| panic!("{e}"));
    gz.finish().unwrap_or_else(|e| panic!("{e}"))
}

fn zip(entry: &str, data: &[u8]) -> Vec<u8> {
    let mut writer = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default().unix_permissions(0o755);
    writer
        .start_file(entry, options)
        .unwrap_or_else(|e| panic!("{e}"));
    writer.write_all(data).unwrap_or_else(|e| panic!("{e}"));
    writer
        .finish()
        .unwrap_or_else(|e| panic!("{e}"))
        .into_inner()
}

/// A catalog with `hello` (0.2.0 as tar.gz with the binary in a folder, 0.1.0 as zip, 0.0.9 as a bare binary)
/// and `broken` whose checksum is wrong.
fn catalog(files: &Files, base: &str) {
    let (os, arch) = host();
    let v2 = tar_gz("hello_0.2.0/flux-hello", &script("0.2.0"));
    let v1 = zip("flux-hello", &script("0.1.0"));
    let v09 = script("0.0.9");
    let platform = |url: &str, sum: &str| {
        format!(
            "      - os: {os}\n        arch: {arch}\n        url: {base}{url}\n        checksum: {sum}\n"
        )
    };
    let manifest = format!(
        "apiVersion: cli.fluxcd.io/v1beta1\nkind: Plugin\nname: hello\ndescription: Says hello\nbin: flux-hello\nversions:\n  - version: 0.2.0\n    platforms:\n{}      - os: plan9\n        arch: {arch}\n        url: {base}none\n        checksum: sha256:00\n  - version: 0.1.0\n    platforms:\n{}  - version: 0.0.9\n    platforms:\n{}",
        platform("hello_0.2.0.tar.gz", &sha256(&v2)),
        platform("hello_0.1.0.zip", &sha256(&v1)),
        platform("hello_0.0.9", &sha256(&v09)),
    );
    let broken = format!(
        "apiVersion: cli.fluxcd.io/v1beta1\nkind: Plugin\nname: broken\ndescription: Bad checksum\nbin: flux-broken\nversions:\n  - version: 1.0.0\n    platforms:\n{}",
        platform("broken.tar.gz", &sha256(b"something else")),
    );
    let list = "apiVersion: cli.fluxcd.io/v1beta1\nkind: PluginCatalog\nplugins:\n  - name: hello\n    description: Says hello\n    homepage: https://example.com\n    source: https://example.com/src\n    license: Apache-2.0\n  - name: broken\n    description: Bad checksum\n    homepage: https://example.com\n    source: https://example.com/src\n    license: MIT\n";
    let mut f = files.lock().unwrap_or_else(|e| e.into_inner());
    f.insert("catalog.yaml".into(), list.as_bytes().to_vec());
    f.insert("hello.yaml".into(), manifest.into_bytes());
    f.insert("broken.yaml".into(), broken.into_bytes());
    f.insert("hello_0.2.0.tar.gz".into(), v2);
    f.insert("hello_0.1.0.zip".into(), v1);
    f.insert("hello_0.0.9".into(), v09);
    f.insert("broken.tar.gz".into(), tar_gz("flux-broken", b"x"));
}

struct Out {
    code: i32,
    stdout: String,
    stderr: String,
}

fn run(bin: &Path, dir: &Path, base: &str, args: &[&str]) -> Out {
    let out = Command::new(bin)
        .args(args)
        .env("FLUXCD_PLUGINS", dir)
        .env("FLUXCD_PLUGIN_CATALOG", base)
        .env_remove("KUBECONFIG")
        .stdin(Stdio::null())
        .output()
        .unwrap_or_else(|e| panic!("run {}: {e}", bin.display()));
    Out {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

fn flux() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_flux"))
}

fn setup() -> (tempfile::TempDir, String) {
    let files: Files = Arc::default();
    let base = serve(files.clone());
    catalog(&files, &base);
    (tempfile::tempdir().unwrap_or_else(|e| panic!("{e}")), base)
}

#[test]
fn search_lists_the_catalog_and_filters_by_name_or_description() {
    let (dir, base) = setup();
    let all = run(&flux(), dir.path(), &base, &["plugin", "search"]);
    assert_eq!(all.code, 0, "{}", all.stderr);
    assert_eq!(
        all.stdout,
        "NAME  \tDESCRIPTION \tINSTALLED \nhello \tSays hello  \t         \t\nbroken\tBad checksum\t         \t\n"
    );
    let some = run(&flux(), dir.path(), &base, &["plugin", "search", "HELLO"]);
    assert!(some.stdout.starts_with("NAME \t"), "{}", some.stdout);
    assert!(!some.stdout.contains("broken"), "{}", some.stdout);
    let none = run(&flux(), dir.path(), &base, &["plugin", "search", "Nothing"]);
    assert_eq!((none.code, none.stdout.as_str()), (0, ""));
    assert_eq!(
        none.stderr,
        "No plugins matching \"nothing\" found in catalog\n"
    );
}

#[test]
fn install_list_run_update_and_uninstall() {
    let (dir, base) = setup();
    let d = dir.path();

    // An older version, from a zip.
    let installed = run(&flux(), d, &base, &["plugin", "install", "hello@0.1.0"]);
    assert_eq!(installed.code, 0, "{}", installed.stderr);
    assert_eq!(installed.stderr, "✔ installed hello v0.1.0\n");
    let receipt = std::fs::read_to_string(d.join("flux-hello.yaml")).unwrap_or_default();
    let (os, arch) = host();
    assert!(receipt.starts_with("installedAt: \""), "{receipt}");
    assert!(
        receipt.ends_with(&format!(
            "name: hello\nplatform:\n  arch: {arch}\n  checksum: {}\n  os: {os}\n  url: {base}hello_0.1.0.zip\nversion: 0.1.0\n",
            receipt
                .lines()
                .find_map(|l| l.strip_prefix("  checksum: "))
                .unwrap_or("?")
        )),
        "{receipt}"
    );

    let listed = run(&flux(), d, &base, &["plugin", "list"]);
    let path = d.join("flux-hello").display().to_string();
    assert_eq!(
        listed.stdout,
        format!(
            "NAME \tVERSION\tPATH{} \nhello\t0.1.0  \t{path}\t\n",
            " ".repeat(path.len() - 4)
        )
    );
    let searched = run(&flux(), d, &base, &["plugin", "search", "hello"]);
    assert!(
        searched.stdout.contains("\t0.1.0    \t\n"),
        "{}",
        searched.stdout
    );

    // The plugin runs as `flux hello`, flags and all, with root flags before its name passed through.
    let ran = run(&flux(), d, &base, &["hello", "get", "--all", "-n", "x"]);
    assert_eq!(
        (ran.code, ran.stdout.as_str()),
        (0, "hello 0.1.0: get --all -n x\n")
    );
    let ran = run(&flux(), d, &base, &["--namespace", "apps", "hello", "x"]);
    assert_eq!(ran.stdout, "hello 0.1.0: --namespace apps x\n");

    // Update to the latest: a tar.gz with the binary in a folder.
    let updated = run(&flux(), d, &base, &["plugin", "update"]);
    assert_eq!(updated.code, 0, "{}", updated.stderr);
    assert_eq!(updated.stderr, "✔ updated hello v0.1.0 → v0.2.0\n");
    assert_eq!(run(&flux(), d, &base, &["hello"]).stdout, "hello 0.2.0: \n");
    let again = run(&flux(), d, &base, &["plugin", "upgrade", "hello"]);
    assert_eq!(again.stderr, "✔ hello already up to date (v0.2.0)\n");

    // A plugin copied by hand is listed as manual and left alone by update.
    std::fs::write(d.join("flux-manual"), script("manual")).unwrap_or_else(|e| panic!("{e}"));
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(
            d.join("flux-manual"),
            std::fs::Permissions::from_mode(0o755),
        )
        .unwrap_or_else(|e| panic!("{e}"));
    }
    let listed = run(&flux(), d, &base, &["plugin", "ls"]);
    assert!(
        listed.stdout.contains("hello \t0.2.0  \t"),
        "{}",
        listed.stdout
    );
    assert!(
        listed.stdout.contains("manual\tmanual \t"),
        "{}",
        listed.stdout
    );
    let updated = run(&flux(), d, &base, &["plugin", "update"]);
    assert_eq!(
        updated.stderr,
        "✔ hello already up to date (v0.2.0)\n⚠️ skipping manual (manually installed)\n"
    );
    let missing = run(&flux(), d, &base, &["plugin", "update", "nope"]);
    assert_eq!(
        (missing.code, missing.stderr.as_str()),
        (1, "✗ plugin \"nope\" is not installed\n")
    );

    // Uninstall removes the binary and the receipt; twice is an error.
    let removed = run(&flux(), d, &base, &["plugin", "uninstall", "hello"]);
    assert_eq!(removed.stderr, "✔ uninstalled hello\n");
    assert!(!d.join("flux-hello").exists() && !d.join("flux-hello.yaml").exists());
    let removed = run(&flux(), d, &base, &["plugin", "delete", "hello"]);
    assert_eq!(
        (removed.code, removed.stderr.as_str()),
        (1, "✗ plugin \"hello\" is not installed\n")
    );
}

#[test]
fn a_digest_pins_the_version_whose_binary_has_it() {
    let (dir, base) = setup();
    let sum = sha256(&script("0.0.9"));
    let installed = run(
        &flux(),
        dir.path(),
        &base,
        &["plugin", "install", &format!("hello@{sum}")],
    );
    assert_eq!(installed.stderr, "✔ installed hello v0.0.9\n");
    let ran = run(&flux(), dir.path(), &base, &["hello", "hi"]);
    assert_eq!(ran.stdout, "hello 0.0.9: hi\n");
    let unknown = run(
        &flux(),
        dir.path(),
        &base,
        &["plugin", "install", "hello@sha256:00"],
    );
    let (os, arch) = host();
    assert_eq!(
        unknown.stderr,
        format!("✗ digest \"sha256:00\" not found for plugin \"hello\" on {os}/{arch}\n")
    );
}

#[test]
fn a_wrong_checksum_installs_nothing() {
    let (dir, base) = setup();
    let out = run(&flux(), dir.path(), &base, &["plugin", "install", "broken"]);
    assert_eq!(out.code, 1);
    let got = sha256(&tar_gz("flux-broken", b"x"));
    assert_eq!(
        out.stderr,
        format!(
            "✗ checksum verification failed (expected: {}, got: {got})\n",
            sha256(b"something else")
        )
    );
    assert!(!dir.path().join("flux-broken").exists());
    assert!(!dir.path().join("flux-broken.yaml").exists());
}

#[test]
fn unknown_plugins_and_versions_are_reported_as_flux_does() {
    let (dir, base) = setup();
    let d = dir.path();
    let out = run(&flux(), d, &base, &["plugin", "install", "nope"]);
    assert_eq!(out.stderr, "✗ plugin \"nope\" not found in catalog\n");
    let out = run(&flux(), d, &base, &["plugin", "install", "hello@9.9.9"]);
    assert_eq!(
        out.stderr,
        "✗ version \"9.9.9\" not found for plugin \"hello\"\n"
    );
    let out = run(&flux(), d, &base, &["plugin", "list"]);
    assert_eq!(
        (out.stdout.as_str(), out.stderr.as_str()),
        ("", "No plugins found\n")
    );
    let out = run(&flux(), d, &base, &["plugin", "update"]);
    assert_eq!(out.stderr, "No plugins found\n");
}

/// Flux's CLI lists and updates what ours installed, and ours what Flux's installed.
#[test]
fn plugins_installed_by_either_cli_are_managed_by_the_other() {
    let Some(oracle) = std::env::var_os("FLUX_ORACLE").map(PathBuf::from) else {
        eprintln!("skipped: FLUX_ORACLE is unset (Flux v2.9.5's CLI)");
        return;
    };
    let (dir, base) = setup();
    let d = dir.path();
    let by_flux = run(&oracle, d, &base, &["plugin", "install", "hello@0.1.0"]);
    assert_eq!(by_flux.code, 0, "{}", by_flux.stderr);
    let ours = run(&flux(), d, &base, &["plugin", "list"]);
    let theirs = run(&oracle, d, &base, &["plugin", "list"]);
    assert_eq!(ours.stdout, theirs.stdout);
    let updated = run(&flux(), d, &base, &["plugin", "update"]);
    assert_eq!(updated.stderr, "✔ updated hello v0.1.0 → v0.2.0\n");
    let theirs = run(&oracle, d, &base, &["plugin", "update"]);
    assert_eq!(theirs.stderr, "✔ hello already up to date (v0.2.0)\n");
    let searched = run(&oracle, d, &base, &["plugin", "search"]);
    assert_eq!(
        searched.stdout,
        run(&flux(), d, &base, &["plugin", "search"]).stdout
    );

    // Both write the same receipt, but for the time.
    let ours = std::fs::read_to_string(d.join("flux-hello.yaml")).unwrap_or_default();
    let by_flux = run(&oracle, d, &base, &["plugin", "install", "hello"]);
    assert_eq!(by_flux.code, 0, "{}", by_flux.stderr);
    let theirs = std::fs::read_to_string(d.join("flux-hello.yaml")).unwrap_or_default();
    let without_time = |s: &str| s.lines().skip(1).collect::<Vec<_>>().join("\n");
    assert_eq!(without_time(&ours), without_time(&theirs));
    let mut buf = String::new();
    let _ = std::fs::File::open(d.join("flux-hello")).map(|mut f| f.read_to_string(&mut buf));
    assert_eq!(buf.as_bytes(), script("0.2.0"));
}
