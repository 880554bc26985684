//! Setup of what runs around the API server: the local `git` user, the test CA and server certificate, nginx
//! (TLS front), sshd with the deploy-key gate script, and waiting for their ports.

use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use crate::harness::eventually;

use super::util::run;

/// The gate every deploy key is forced through: `gate.sh <owner/repo:ro|rw>...`.
const GATE: &str = r#"#!/bin/sh
# Forced command of the emulator's deploy keys: runs git-upload-pack / git-receive-pack on the repositories
# this key is registered on, nothing else.
cmd="$SSH_ORIGINAL_COMMAND"
# The repositories belong to root; this runs as `git`.
export GIT_CONFIG_GLOBAL="@SSH@/gitconfig"
case "$cmd" in
  "git-upload-pack "*) verb=git-upload-pack; arg=${cmd#git-upload-pack } ;;
  "git upload-pack "*) verb=git-upload-pack; arg=${cmd#git upload-pack } ;;
  "git-receive-pack "*) verb=git-receive-pack; arg=${cmd#git-receive-pack } ;;
  "git receive-pack "*) verb=git-receive-pack; arg=${cmd#git receive-pack } ;;
  *) echo "emulator: only git-upload-pack and git-receive-pack are allowed" >&2; exit 1 ;;
esac
arg=$(printf '%s' "$arg" | sed -e "s/^'//" -e "s/'\$//" -e 's#^/*##' -e 's#/*$##' -e 's#\.git$##')
for grant in "$@"; do
  repo=${grant%:*}
  mode=${grant##*:}
  if [ "$repo" = "$arg" ]; then
    if [ "$verb" = git-receive-pack ] && [ "$mode" != rw ]; then
      echo "ERROR: The key you are authenticating with has been marked as read only." >&2
      exit 1
    fi
    exec "$verb" "@REPOS@/$repo.git"
  fi
done
echo "ERROR: Repository not found." >&2
exit 1
"#;

/// Makes sure a local user `git` exists, with a usable shell and an unlocked account (sshd refuses locked
/// ones when PAM is off).
pub(super) fn ensure_git_user() {
    let exists = || {
        Command::new("getent")
            .args(["passwd", "git"])
            .stdout(Stdio::null())
            .status()
            .is_ok_and(|s| s.success())
    };
    // Several emulators may race here (useradd then fails on the lock): try again until the user exists.
    for _ in 0..50 {
        if exists() {
            return;
        }
        let _ = Command::new("useradd")
            .args([
                "--system",
                "--shell",
                "/bin/sh",
                "--home-dir",
                "/",
                "--no-create-home",
            ])
            .args(["--password", "*", "git"])
            .stderr(Stdio::null())
            .status();
        if !exists() {
            std::thread::sleep(Duration::from_millis(200));
        }
    }
    assert!(
        exists(),
        "a local user `git` is needed for the emulator's sshd"
    );
}

pub(super) fn wait_port(port: u16, what: &str) {
    eventually(Duration::from_secs(10), what, || {
        std::net::TcpStream::connect(("127.0.0.1", port)).is_ok()
    });
}

pub(super) fn make_certs(root: &Path) {
    let ec = [
        "-newkey",
        "ec",
        "-pkeyopt",
        "ec_paramgen_curve:prime256v1",
        "-nodes",
    ];
    run(Command::new("openssl")
        .args(["req", "-x509"])
        .args(ec)
        .args(["-days", "7", "-subj", "/CN=Flux e2e provider emulator CA"])
        .args(["-addext", "basicConstraints=critical,CA:TRUE"])
        .args(["-addext", "keyUsage=critical,keyCertSign,cRLSign"])
        .arg("-keyout")
        .arg(root.join("ca.key"))
        .arg("-out")
        .arg(root.join("ca.crt")));
    run(Command::new("openssl")
        .arg("req")
        .args(ec)
        .args(["-subj", "/CN=127.0.0.1"])
        .arg("-keyout")
        .arg(root.join("server.key"))
        .arg("-out")
        .arg(root.join("server.csr")));
    std::fs::write(
        root.join("server.ext"),
        "subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature,keyEncipherment\n\
         extendedKeyUsage=serverAuth\nsubjectKeyIdentifier=hash\nauthorityKeyIdentifier=keyid,issuer\n",
    )
    .expect("write server.ext");
    run(Command::new("openssl")
        .args(["x509", "-req", "-days", "7", "-CAcreateserial"])
        .arg("-in")
        .arg(root.join("server.csr"))
        .arg("-CA")
        .arg(root.join("ca.crt"))
        .arg("-CAkey")
        .arg(root.join("ca.key"))
        .arg("-extfile")
        .arg(root.join("server.ext"))
        .arg("-out")
        .arg(root.join("server.crt")));
}

/// Writes the nginx configuration (TLS on `https_port`, proxying to the API server on `api_port`) and starts
/// nginx.
pub(super) fn spawn_nginx(root: &Path, https_port: u16, api_port: u16) -> Child {
    let r = root.display();
    let conf = format!(
        "user root; worker_processes 1; daemon off; pid {r}/nginx.pid; error_log {r}/nginx-error.log;\n\
         events {{}}\nhttp {{ access_log {r}/access.log; client_body_temp_path {r}/nginx/body; \
         fastcgi_temp_path {r}/nginx/fcgi; proxy_temp_path {r}/nginx/proxy; uwsgi_temp_path {r}/nginx/uwsgi; \
         scgi_temp_path {r}/nginx/scgi;\n server {{ listen 127.0.0.1:{https_port} ssl; \
         ssl_certificate {r}/server.crt; ssl_certificate_key {r}/server.key; client_max_body_size 0;\n  \
         location / {{ proxy_pass http://127.0.0.1:{api_port}; proxy_http_version 1.1; \
         proxy_set_header Host $http_host; proxy_request_buffering off; proxy_buffering off; \
         proxy_read_timeout 600s; proxy_send_timeout 600s; }} }} }}\n"
    );
    std::fs::write(root.join("nginx.conf"), conf).expect("write nginx.conf");
    Command::new("nginx")
        .args(["-c", &root.join("nginx.conf").display().to_string()])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("nginx starts")
}

/// sshd: user `git`, keys from the emulator's authorized_keys only. Writes the gate script, its git config, an
/// empty `authorized_keys`, a host key and the configuration, and starts sshd on `ssh_port`.
pub(super) fn spawn_sshd(root: &Path, ssh_port: u16) -> Child {
    let ssh = root.join("ssh");
    let gate = GATE
        .replace("@REPOS@", &root.join("repos").display().to_string())
        .replace("@SSH@", &ssh.display().to_string());
    std::fs::write(ssh.join("gitconfig"), "[safe]\n\tdirectory = *\n").expect("write gitconfig");
    std::fs::write(ssh.join("gate.sh"), gate).expect("write gate");
    run(Command::new("chmod").arg("755").arg(ssh.join("gate.sh")));
    std::fs::write(ssh.join("authorized_keys"), "").expect("write authorized_keys");
    let _ = std::fs::create_dir_all("/run/sshd");
    run(Command::new("ssh-keygen")
        .args(["-q", "-t", "ed25519", "-N", "", "-f"])
        .arg(ssh.join("host_key")));
    let s = ssh.display();
    let sshd_conf = format!(
        "Port {ssh_port}\nListenAddress 127.0.0.1\nHostKey {s}/host_key\nAuthorizedKeysFile {s}/authorized_keys\n\
         PidFile {s}/sshd.pid\nUsePAM no\nStrictModes no\nPasswordAuthentication no\nPermitRootLogin no\n\
         KbdInteractiveAuthentication no\nAllowUsers git\nAcceptEnv GIT_PROTOCOL\nPrintMotd no\n"
    );
    std::fs::write(ssh.join("sshd_config"), sshd_conf).expect("write sshd_config");
    let sshd_log = std::fs::File::create(ssh.join("sshd.log")).expect("sshd log");
    Command::new("/usr/sbin/sshd")
        .args(["-D", "-e", "-f"])
        .arg(ssh.join("sshd_config"))
        .stdout(Stdio::null())
        .stderr(sshd_log)
        .spawn()
        .expect("sshd starts")
}
