//! Real Git servers on loopback for the e2e tests: `git daemon` (git://), `git http-backend` behind nginx +
//! fcgiwrap with basic auth on `/private/`, and `sshd` with key auth. Each [`GitServers`] owns a temporary
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
             scgi_temp_path {r}/nginx/scgi;\n server {{ listen 127.0.0.1:{http_port};\n{}{} }} }}\n",
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
        wait_port(ssh_port, "sshd");
        let host_pub = std::fs::read_to_string(root.join("host_key.pub")).unwrap();
        let mut parts = host_pub.split_whitespace();
        let known_hosts = format!(
            "[127.0.0.1]:{ssh_port} {} {}\n",
            parts.next().unwrap_or_default(),
            parts.next().unwrap_or_default()
        );
        let client_key = std::fs::read_to_string(root.join("client_key")).unwrap();
        Self {
            dir,
            children,
            http_port,
            daemon_port,
            ssh_port,
            client_key,
            known_hosts,
        }
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
