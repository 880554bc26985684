//! Real Git servers on loopback for the e2e tests: `git daemon` (git://), `git http-backend` behind nginx +
//! fcgiwrap with basic auth on `/private/` (over HTTP and, with a private CA, HTTPS, and HTTPS with client
//! certificates required), and `sshd` with key auth. Each [`GitServers`] owns a temporary
//! directory with its bare repositories, logs and keys; processes stop when it is dropped.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use crate::harness::{eventually, free_port};

/// User and password accepted on `/private/`.
pub const HTTP_USER: &str = "flux";
/// Password of [`HTTP_USER`].
pub const HTTP_PASSWORD: &str = "s3cret-pass";

/// The running servers and where their repositories live.
pub struct GitServers {
    pub dir: tempfile::TempDir,
    children: Vec<Child>,
    pub http_port: u16,
    /// The same repositories over HTTPS, with a certificate for 127.0.0.1 signed by [`GitServers::ca_pem`].
    pub https_port: u16,
    /// PEM of the private CA that signed the HTTPS certificate (a Secret's `ca.crt`).
    pub ca_pem: String,
    /// The same repositories over HTTPS with a client certificate signed by the client CA required (mutual TLS).
    pub mtls_port: u16,
    /// Client certificate and key (PEM) the mutual TLS server accepts (a Secret's `tls.crt` / `tls.key`).
    pub client_cert: String,
    pub client_key_pem: String,
    /// A client certificate and key of another CA, which the mutual TLS server refuses.
    pub other_client_cert: String,
    pub other_client_key_pem: String,
    pub daemon_port: u16,
    pub ssh_port: u16,
    /// Private key (OpenSSH PEM) authorised on sshd.
    pub client_key: String,
    /// `known_hosts` line of the sshd host key.
    pub known_hosts: String,
}

fn run(cmd: &mut Command) -> String {
    let out = cmd.output().expect("command runs");
    assert!(
        out.status.success(),
        "{cmd:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Runs git in `dir` with a fixed identity.
pub fn git(dir: &Path, args: &[&str]) -> String {
    run(Command::new("git")
        .args([
            "-c",
            "user.email=e2e@example.com",
            "-c",
            "user.name=e2e",
            "-c",
            "init.defaultBranch=master",
        ])
        .args(args)
        .current_dir(dir))
}

fn wait_port(port: u16, what: &str) {
    eventually(Duration::from_secs(10), what, || {
        std::net::TcpStream::connect(("127.0.0.1", port)).is_ok()
    });
}

/// A client CA (`client-ca.crt`) and a client certificate it signed (`client.crt`, `client.key`), and a client
/// certificate of another CA (`other-client.crt`, `other-client.key`), in `root`.
fn issue_client_certificates(root: &Path) {
    let ec = [
        "-newkey",
        "ec",
        "-pkeyopt",
        "ec_paramgen_curve:prime256v1",
        "-nodes",
    ];
    for (ca, subject) in [
        ("client-ca", "flux-e2e-client-ca"),
        ("other-ca", "flux-e2e-other-ca"),
    ] {
        run(Command::new("openssl")
            .args([
                "req",
                "-x509",
                "-days",
                "2",
                "-subj",
                &format!("/CN={subject}"),
            ])
            .args(ec)
            .args([
                "-keyout",
                &format!("{ca}.key"),
                "-out",
                &format!("{ca}.crt"),
            ])
            .current_dir(root));
    }
    std::fs::write(
        root.join("client.ext"),
        "basicConstraints=CA:FALSE\nkeyUsage=digitalSignature\nextendedKeyUsage=clientAuth\n",
    )
    .unwrap();
    for (name, ca) in [("client", "client-ca"), ("other-client", "other-ca")] {
        run(Command::new("openssl")
            .args(["req", "-subj", "/CN=flux-e2e-client"])
            .args(ec)
            .args([
                "-keyout",
                &format!("{name}.key"),
                "-out",
                &format!("{name}.csr"),
            ])
            .current_dir(root));
        run(Command::new("openssl")
            .args(["x509", "-req", "-days", "2", "-in", &format!("{name}.csr")])
            .args(["-CA", &format!("{ca}.crt"), "-CAkey", &format!("{ca}.key")])
            .args(["-CAcreateserial", "-extfile", "client.ext"])
            .args(["-out", &format!("{name}.crt")])
            .current_dir(root));
    }
}

/// A private CA (`ca.crt`) and a server certificate for 127.0.0.1 signed by it (`tls.crt`, `tls.key`) in `root`.
pub fn issue_certificate(root: &Path) {
    let ec = [
        "-newkey",
        "ec",
        "-pkeyopt",
        "ec_paramgen_curve:prime256v1",
        "-nodes",
    ];
    run(Command::new("openssl")
        .args(["req", "-x509", "-days", "2", "-subj", "/CN=flux-e2e-ca"])
        .args(ec)
        .args(["-keyout", "ca.key", "-out", "ca.crt"])
        .current_dir(root));
    run(Command::new("openssl")
        .args(["req", "-subj", "/CN=127.0.0.1"])
        .args(ec)
        .args(["-keyout", "tls.key", "-out", "tls.csr"])
        .current_dir(root));
    std::fs::write(
        root.join("tls.ext"),
        "subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\nkeyUsage=digitalSignature\nextendedKeyUsage=serverAuth\n",
    )
    .unwrap();
    run(Command::new("openssl")
        .args([
            "x509", "-req", "-days", "2", "-in", "tls.csr", "-CA", "ca.crt", "-CAkey", "ca.key",
        ])
        .args(["-CAcreateserial", "-extfile", "tls.ext", "-out", "tls.crt"])
        .current_dir(root));
}

impl GitServers {
    pub fn start() -> Self {
        let dir = tempfile::tempdir().expect("tempdir");
        let root = dir.path().to_path_buf();
        let repos = root.join("repos");
        std::fs::create_dir_all(&repos).unwrap();
        let mut children = Vec::new();

        // git daemon
        let daemon_port = free_port();
        let log = std::fs::File::create(root.join("daemon.log")).unwrap();
        children.push(
            Command::new("git")
                .args([
                    "daemon",
                    "--export-all",
                    "--reuseaddr",
                    "--verbose",
                    "--listen=127.0.0.1",
                ])
                .arg(format!("--port={daemon_port}"))
                .arg(format!("--base-path={}", repos.display()))
                .arg(&repos)
                .stdout(Stdio::null())
                .stderr(log)
                .spawn()
                .expect("git daemon starts"),
        );

        // fcgiwrap + nginx with git http-backend
        let sock = root.join("fcgi.sock");
        children.push(
            Command::new("fcgiwrap")
                .args(["-s", &format!("unix:{}", sock.display())])
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .expect("fcgiwrap starts"),
        );
        for d in ["body", "fcgi", "proxy", "uwsgi", "scgi"] {
            std::fs::create_dir_all(root.join("nginx").join(d)).unwrap();
        }
        std::fs::write(
            root.join("htpasswd"),
            format!("{HTTP_USER}:{{PLAIN}}{HTTP_PASSWORD}\n"),
        )
        .unwrap();
        let http_port = free_port();
        let https_port = free_port();
        let mtls_port = free_port();
        issue_certificate(&root);
        issue_client_certificates(&root);
        let r = root.display();
        let backend = |prefix: &str, auth: &str| {
            format!(
                "location ~ ^{prefix}(/.*)$ {{ {auth} include /etc/nginx/fastcgi_params; \
                 fastcgi_param SCRIPT_FILENAME /usr/lib/git-core/git-http-backend; \
                 fastcgi_param GIT_PROJECT_ROOT {r}/repos; fastcgi_param GIT_HTTP_EXPORT_ALL \"\"; \
                 fastcgi_param PATH_INFO $1; fastcgi_param REMOTE_USER $remote_user; \
                 fastcgi_pass unix:{r}/fcgi.sock; }}\n"
            )
        };
        let conf = format!(
            "user root; worker_processes 1; daemon off; pid {r}/nginx.pid; error_log {r}/nginx-error.log;\n\
             events {{}}\nhttp {{ access_log {r}/access.log; client_body_temp_path {r}/nginx/body; \
             fastcgi_temp_path {r}/nginx/fcgi; proxy_temp_path {r}/nginx/proxy; uwsgi_temp_path {r}/nginx/uwsgi; \
             scgi_temp_path {r}/nginx/scgi;\n server {{ listen 127.0.0.1:{http_port};\n{}{} }}\n              server {{ listen 127.0.0.1:{https_port} ssl; ssl_certificate {r}/tls.crt;              ssl_certificate_key {r}/tls.key;\n{}{} }}\n              server {{ listen 127.0.0.1:{mtls_port} ssl; ssl_certificate {r}/tls.crt;              ssl_certificate_key {r}/tls.key; ssl_verify_client on; ssl_client_certificate {r}/client-ca.crt;\n{}{} }} }}\n",
            backend(
                "/private",
                &format!("auth_basic \"git\"; auth_basic_user_file {r}/htpasswd;")
            ),
            backend("/public", ""),
            backend(
                "/private",
                &format!("auth_basic \"git\"; auth_basic_user_file {r}/htpasswd;")
            ),
            backend("/public", ""),
            backend(
                "/private",
                &format!("auth_basic \"git\"; auth_basic_user_file {r}/htpasswd;")
            ),
            backend("/public", ""),
        );
        std::fs::write(root.join("nginx.conf"), conf).unwrap();
        children.push(
            Command::new("nginx")
                .args(["-c", &root.join("nginx.conf").display().to_string()])
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .expect("nginx starts"),
        );

        // sshd with a fresh host key and one authorised client key
        let _ = std::fs::create_dir_all("/run/sshd");
        run(Command::new("ssh-keygen")
            .args(["-q", "-t", "ed25519", "-N", "", "-f"])
            .arg(root.join("host_key")));
        run(Command::new("ssh-keygen")
            .args(["-q", "-t", "ed25519", "-N", "", "-f"])
            .arg(root.join("client_key")));
        std::fs::copy(root.join("client_key.pub"), root.join("authorized_keys")).unwrap();
        let ssh_port = free_port();
        let sshd_conf = format!(
            "Port {ssh_port}\nListenAddress 127.0.0.1\nHostKey {r}/host_key\nAuthorizedKeysFile {r}/authorized_keys\n\
             PidFile {r}/sshd.pid\nUsePAM no\nStrictModes no\nPasswordAuthentication no\nPermitRootLogin prohibit-password\n\
             KbdInteractiveAuthentication no\n"
        );
        std::fs::write(root.join("sshd_config"), sshd_conf).unwrap();
        let sshd_log = std::fs::File::create(root.join("sshd.log")).unwrap();
        children.push(
            Command::new("/usr/sbin/sshd")
                .args(["-D", "-e", "-f"])
                .arg(root.join("sshd_config"))
                .stdout(Stdio::null())
                .stderr(sshd_log)
                .spawn()
                .expect("sshd starts"),
        );
        wait_port(daemon_port, "git daemon");
        wait_port(http_port, "nginx");
        wait_port(https_port, "nginx (https)");
        wait_port(mtls_port, "nginx (mutual TLS)");
        wait_port(ssh_port, "sshd");
        let host_pub = std::fs::read_to_string(root.join("host_key.pub")).unwrap();
        let mut parts = host_pub.split_whitespace();
        let known_hosts = format!(
            "[127.0.0.1]:{ssh_port} {} {}\n",
            parts.next().unwrap_or_default(),
            parts.next().unwrap_or_default()
        );
        let client_key = std::fs::read_to_string(root.join("client_key")).unwrap();
        let ca_pem = std::fs::read_to_string(root.join("ca.crt")).unwrap();
        let read = |f: &str| std::fs::read_to_string(root.join(f)).unwrap();
        Self {
            mtls_port,
            client_cert: read("client.crt"),
            client_key_pem: read("client.key"),
            other_client_cert: read("other-client.crt"),
            other_client_key_pem: read("other-client.key"),
            dir,
            children,
            http_port,
            https_port,
            ca_pem,
            daemon_port,
            ssh_port,
            client_key,
            known_hosts,
        }
    }

    /// Lets `public` (an `authorized_keys` line) log in over SSH too, like adding a deploy key.
    pub fn authorize_key(&self, public: &str) {
        use std::io::Write;
        let mut f = std::fs::OpenOptions::new()
            .append(true)
            .open(self.dir.path().join("authorized_keys"))
            .unwrap();
        writeln!(f, "{}", public.trim_end()).unwrap();
    }

    pub fn repos(&self) -> PathBuf {
        self.dir.path().join("repos")
    }

    /// Creates a bare repository `name` from a working tree built by `fill`, and returns the working tree
    /// (push new commits from it with [`GitServers::push`]).
    pub fn create_repo(&self, name: &str, fill: impl FnOnce(&Path)) -> PathBuf {
        let work = self.dir.path().join("work").join(name);
        std::fs::create_dir_all(&work).unwrap();
        git(&work, &["init", "-q"]);
        fill(&work);
        git(&work, &["add", "-A"]);
        git(&work, &["commit", "-q", "-m", "Initial commit"]);
        let bare = self.repos().join(format!("{name}.git"));
        run(Command::new("git")
            .args(["clone", "-q", "--bare"])
            .arg(&work)
            .arg(&bare));
        git(
            &work,
            &["remote", "add", "origin", &bare.display().to_string()],
        );
        work
    }

    /// Pushes every branch and tag of `work` to its bare repository.
    pub fn push(&self, work: &Path) {
        git(work, &["push", "-q", "--all", "origin"]);
        git(work, &["push", "-q", "--tags", "origin"]);
    }

    pub fn http_public_url(&self, name: &str) -> String {
        format!("http://127.0.0.1:{}/public/{name}.git", self.http_port)
    }
    pub fn https_public_url(&self, name: &str) -> String {
        format!("https://127.0.0.1:{}/public/{name}.git", self.https_port)
    }
    /// `/private/` on the server that requires a client certificate.
    pub fn mtls_private_url(&self, name: &str) -> String {
        format!("https://127.0.0.1:{}/private/{name}.git", self.mtls_port)
    }
    pub fn http_private_url(&self, name: &str) -> String {
        format!("http://127.0.0.1:{}/private/{name}.git", self.http_port)
    }
    pub fn ssh_url(&self, name: &str) -> String {
        format!(
            "ssh://root@127.0.0.1:{}{}/{name}.git",
            self.ssh_port,
            self.repos().display()
        )
    }
    pub fn daemon_url(&self, name: &str) -> String {
        format!("git://127.0.0.1:{}/{name}.git", self.daemon_port)
    }

    /// nginx access-log lines so far.
    pub fn access_log(&self) -> String {
        std::fs::read_to_string(self.dir.path().join("access.log")).unwrap_or_default()
    }

    /// Object downloads (`POST …/git-upload-pack`) served over HTTP for repository `name`.
    pub fn http_fetches(&self, name: &str) -> usize {
        let needle = format!("POST /public/{name}.git/git-upload-pack");
        let needle2 = format!("POST /private/{name}.git/git-upload-pack");
        self.access_log()
            .lines()
            .filter(|l| l.contains(&needle) || l.contains(&needle2))
            .count()
    }

    /// Ref advertisements served over HTTP for repository `name`.
    pub fn http_ref_listings(&self, name: &str) -> usize {
        let needle = format!("/{name}.git/info/refs?service=git-upload-pack");
        self.access_log()
            .lines()
            .filter(|l| l.contains(&needle))
            .count()
    }
}

impl Drop for GitServers {
    fn drop(&mut self) {
        for c in &mut self.children {
            let _ = Command::new("kill")
                .args(["-TERM", &c.id().to_string()])
                .status();
            let _ = c.wait();
        }
    }
}
