//! GitRepository `spec.proxySecretRef` end to end: a small HTTP proxy in the test (Basic proxy auth, `CONNECT`
//! tunnels and absolute-form requests) carries the ref listing and the fetch of an HTTPS remote and of a plain
//! HTTP one; a small SOCKS5 proxy (user/password) carries an HTTPS remote. The proxies' own records prove the
//! traffic went through them; a dead proxy address fails the fetch, a Secret without `address` (or no Secret)
//! fails as Flux does, and an ssh:// remote with a proxy is refused rather than connected directly.

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use base64::Engine;

use crate::git_servers::GitServers;
use crate::harness::{eventually, free_port, shared};
use crate::source_git::{Env, artifact_files, fill_app, gitrepo, head};

const PROXY_USER: &str = "proxy-user";
const PROXY_PASSWORD: &str = "proxy p@ss";

/// An HTTP proxy on loopback that demands Basic proxy auth, tunnels `CONNECT host:port` and records each
/// request line it sees first on a connection (`407 <line>` when it refused it).
struct ForwardProxy {
    port: u16,
    seen: Arc<Mutex<Vec<String>>>,
}

/// Reads one request head (up to the blank line) byte by byte, so nothing after it is consumed.
fn read_head(s: &mut TcpStream) -> Option<String> {
    let mut head = Vec::new();
    let mut byte = [0u8; 1];
    while !head.ends_with(b"\r\n\r\n") {
        if s.read(&mut byte).ok()? == 0 {
            return None;
        }
        head.push(byte[0]);
    }
    Some(String::from_utf8_lossy(&head).into_owned())
}

fn header<'h>(head: &'h str, name: &str) -> Option<&'h str> {
    head.lines().find_map(|l| {
        let (k, v) = l.split_once(':')?;
        k.eq_ignore_ascii_case(name).then(|| v.trim())
    })
}

fn serve_connection(mut client: TcpStream, seen: Arc<Mutex<Vec<String>>>) {
    let expected = format!(
        "Basic {}",
        base64::engine::general_purpose::STANDARD.encode(format!("{PROXY_USER}:{PROXY_PASSWORD}"))
    );
    loop {
        let Some(head) = read_head(&mut client) else {
            return;
        };
        let line = head.lines().next().unwrap_or_default().to_string();
        if header(&head, "Proxy-Authorization") != Some(expected.as_str()) {
            seen.lock().unwrap().push(format!("407 {line}"));
            let _ = client.write_all(
                b"HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm=\"e2e\"\r\nContent-Length: 0\r\n\r\n",
            );
            let has_body = header(&head, "Content-Length").is_some_and(|v| v != "0")
                || header(&head, "Transfer-Encoding").is_some();
            if has_body {
                return;
            }
            continue;
        }
        seen.lock().unwrap().push(line.clone());
        // `CONNECT host:port HTTP/1.1` opens a tunnel; `GET http://host:port/path HTTP/1.1` goes on as is (nginx
        // accepts the absolute form). Either way the rest of the connection is then piped both ways.
        let mut parts = line.split_whitespace();
        let connect = parts.next() == Some("CONNECT");
        let target = parts.next().unwrap_or_default();
        let authority = if connect {
            Some(target)
        } else {
            target
                .strip_prefix("http://")
                .and_then(|r| r.split('/').next())
        };
        let Some(authority) = authority else {
            let _ = client.write_all(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n");
            return;
        };
        let Ok(mut upstream) = TcpStream::connect(authority) else {
            let _ = client.write_all(b"HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n");
            return;
        };
        let sent = if connect {
            client.write_all(b"HTTP/1.1 200 Connection established\r\n\r\n")
        } else {
            upstream.write_all(head.as_bytes())
        };
        if sent.is_err() {
            return;
        }
        let (Ok(mut up_read), Ok(mut client_write)) = (upstream.try_clone(), client.try_clone())
        else {
            return;
        };
        let back = std::thread::spawn(move || {
            let _ = std::io::copy(&mut up_read, &mut client_write);
            let _ = client_write.shutdown(std::net::Shutdown::Both);
        });
        let _ = std::io::copy(&mut client, &mut upstream);
        let _ = upstream.shutdown(std::net::Shutdown::Both);
        let _ = back.join();
        return;
    }
}

impl ForwardProxy {
    fn start() -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind proxy");
        let port = listener.local_addr().expect("proxy addr").port();
        let seen = Arc::new(Mutex::new(Vec::new()));
        let record = seen.clone();
        std::thread::spawn(move || {
            for conn in listener.incoming().flatten() {
                let record = record.clone();
                std::thread::spawn(move || serve_connection(conn, record));
            }
        });
        Self { port, seen }
    }

    fn seen(&self) -> Vec<String> {
        self.seen.lock().unwrap().clone()
    }
}

/// A SOCKS5 proxy on loopback (RFC 1928) that demands user/password auth (RFC 1929), serves `CONNECT` to an
/// IPv4 address or a domain name, and records `CONNECT host:port` for each tunnel.
struct SocksProxy {
    port: u16,
    seen: Arc<Mutex<Vec<String>>>,
}

impl SocksProxy {
    fn start() -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind socks proxy");
        let port = listener.local_addr().expect("socks addr").port();
        let seen = Arc::new(Mutex::new(Vec::new()));
        let record = seen.clone();
        std::thread::spawn(move || {
            for conn in listener.incoming().flatten() {
                let record = record.clone();
                std::thread::spawn(move || {
                    let _ = socks_session(conn, &record);
                });
            }
        });
        Self { port, seen }
    }

    fn seen(&self) -> Vec<String> {
        self.seen.lock().unwrap().clone()
    }
}

fn read_exact<const N: usize>(s: &mut TcpStream) -> std::io::Result<[u8; N]> {
    let mut b = [0u8; N];
    s.read_exact(&mut b)?;
    Ok(b)
}

fn read_vec(s: &mut TcpStream, n: usize) -> std::io::Result<Vec<u8>> {
    let mut b = vec![0u8; n];
    s.read_exact(&mut b)?;
    Ok(b)
}

fn socks_session(mut client: TcpStream, seen: &Mutex<Vec<String>>) -> std::io::Result<()> {
    let [version, n_methods] = read_exact::<2>(&mut client)?;
    let methods = read_vec(&mut client, n_methods as usize)?;
    if version != 5 || !methods.contains(&2) {
        return client.write_all(&[5, 0xff]);
    }
    client.write_all(&[5, 2])?;
    let [_, user_len] = read_exact::<2>(&mut client)?;
    let user = read_vec(&mut client, user_len as usize)?;
    let [pass_len] = read_exact::<1>(&mut client)?;
    let pass = read_vec(&mut client, pass_len as usize)?;
    if user != PROXY_USER.as_bytes() || pass != PROXY_PASSWORD.as_bytes() {
        seen.lock().unwrap().push("refused credentials".into());
        return client.write_all(&[1, 1]);
    }
    client.write_all(&[1, 0])?;
    let [_, command, _, address_type] = read_exact::<4>(&mut client)?;
    let host = match address_type {
        1 => std::net::Ipv4Addr::from(read_exact::<4>(&mut client)?).to_string(),
        3 => {
            let [len] = read_exact::<1>(&mut client)?;
            String::from_utf8_lossy(&read_vec(&mut client, len as usize)?).into_owned()
        }
        _ => return client.write_all(&[5, 8, 0, 1, 0, 0, 0, 0, 0, 0]),
    };
    let port = u16::from_be_bytes(read_exact::<2>(&mut client)?);
    if command != 1 {
        return client.write_all(&[5, 7, 0, 1, 0, 0, 0, 0, 0, 0]);
    }
    seen.lock().unwrap().push(format!("CONNECT {host}:{port}"));
    let Ok(mut upstream) = TcpStream::connect((host.as_str(), port)) else {
        return client.write_all(&[5, 5, 0, 1, 0, 0, 0, 0, 0, 0]);
    };
    client.write_all(&[5, 0, 0, 1, 127, 0, 0, 1, 0, 0])?;
    let (mut up_read, mut client_write) = (upstream.try_clone()?, client.try_clone()?);
    let back = std::thread::spawn(move || {
        let _ = std::io::copy(&mut up_read, &mut client_write);
        let _ = client_write.shutdown(std::net::Shutdown::Both);
    });
    let _ = std::io::copy(&mut client, &mut upstream);
    let _ = upstream.shutdown(std::net::Shutdown::Both);
    let _ = back.join();
    Ok(())
}

#[test]
fn fetches_go_through_the_proxy_of_proxy_secret_ref() {
    let _lock = shared();
    let servers = GitServers::start();
    let work = servers.create_repo("app", fill_app);
    let proxy = ForwardProxy::start();
    let env = Env::new("gitrepo-proxy");
    let ns = env.ns.clone();
    env.secret(
        "proxy",
        &[
            ("address", &format!("http://127.0.0.1:{}", proxy.port)),
            ("username", PROXY_USER),
            ("password", PROXY_PASSWORD),
        ],
    );
    // The private CA of the HTTPS server; the proxy only sees the tunnel.
    env.secret("ca", &[("ca.crt", &servers.ca_pem)]);
    let url = servers.https_public_url("app");
    let with_proxy =
        |name: &str| format!("  secretRef:\n    name: ca\n  proxySecretRef:\n    name: {name}\n");

    env.apply(&gitrepo("app", &url, &with_proxy("proxy")));
    let obj = env.wait_ready("app", "True", "artifact fetched through the proxy");
    assert_eq!(
        obj["status"]["artifact"]["revision"].as_str(),
        Some(format!("master@sha1:{}", head(&work)).as_str())
    );
    assert!(artifact_files(&obj).contains("deploy/app.yaml"));
    let seen = proxy.seen();
    let listing = format!("CONNECT 127.0.0.1:{} HTTP/1.1", servers.https_port);
    assert!(
        seen.iter().any(|l| l == &listing),
        "authenticated tunnel through the proxy: {seen:?}"
    );
    assert!(
        seen.iter().any(|l| l.starts_with("407 ")),
        "the proxy asked for credentials first: {seen:?}"
    );
    // The ref listing and the fetch each open one tunnel.
    assert!(
        seen.iter().filter(|l| l == &&listing).count() >= 2,
        "listing and fetch both proxied: {seen:?}"
    );
    let nginx = servers.access_log();
    assert!(
        nginx.contains("POST /public/app.git/git-upload-pack"),
        "the fetch reached the git server: {nginx}"
    );

    // A proxy that is not there: the git server is still up, yet the fetch fails.
    let dead = free_port();
    env.secret("dead", &[("address", &format!("http://127.0.0.1:{dead}"))]);
    env.apply(&gitrepo("app", &url, &with_proxy("dead")));
    eventually(
        Duration::from_secs(60),
        "Ready=False via a dead proxy",
        || {
            env.ready("app")
                .is_some_and(|(s, r, _)| s == "False" && r == "GitOperationFailed")
        },
    );

    // A plain-HTTP remote (which libgit2 would connect to directly) goes through the proxy too, in absolute form.
    env.apply(&gitrepo(
        "plain",
        &servers.http_public_url("app"),
        "  proxySecretRef:\n    name: proxy\n",
    ));
    let obj = env.wait_ready(
        "plain",
        "True",
        "plain-HTTP remote fetched through the proxy",
    );
    assert_eq!(
        obj["status"]["artifact"]["revision"].as_str(),
        Some(format!("master@sha1:{}", head(&work)).as_str())
    );
    let listing = format!(
        "GET http://127.0.0.1:{}/public/app.git/info/refs?service=git-upload-pack HTTP/1.1",
        servers.http_port
    );
    let seen = proxy.seen();
    assert!(
        seen.iter().any(|l| l == &listing),
        "the plain-HTTP listing went through the proxy: {seen:?}"
    );

    // A SOCKS5 proxy (which libgit2 does not speak) carries an HTTPS remote through our own transport.
    let socks = SocksProxy::start();
    env.secret(
        "socks",
        &[
            ("address", &format!("socks5://127.0.0.1:{}", socks.port)),
            ("username", PROXY_USER),
            ("password", PROXY_PASSWORD),
        ],
    );
    env.apply(&gitrepo("via-socks", &url, &with_proxy("socks")));
    let obj = env.wait_ready("via-socks", "True", "HTTPS remote fetched through SOCKS5");
    assert_eq!(
        obj["status"]["artifact"]["revision"].as_str(),
        Some(format!("master@sha1:{}", head(&work)).as_str())
    );
    let tunnel = format!("CONNECT 127.0.0.1:{}", servers.https_port);
    let seen = socks.seen();
    assert!(
        seen.iter().filter(|l| l == &&tunnel).count() >= 2,
        "listing and fetch both went through SOCKS5: {seen:?}"
    );

    // An ssh:// remote cannot be proxied: refused, and stalled until the spec changes.
    env.apply(&gitrepo(
        "ssh",
        &servers.ssh_url("app"),
        "  proxySecretRef:\n    name: proxy\n",
    ));
    eventually(
        Duration::from_secs(60),
        "ssh remote with a proxy refused",
        || {
            env.ready("ssh").is_some_and(|(s, r, m)| {
                s == "False"
                    && r == "UnsupportedConnectionType"
                    && m.contains("only http:// and https:// remotes")
            })
        },
    );

    // No address in the Secret, and no Secret at all: AuthenticationFailed with Flux's messages.
    env.secret("noaddr", &[("username", PROXY_USER)]);
    for (secret, needle) in [
        (
            "noaddr",
            format!(
                "failed to configure proxy options: secret '{ns}/noaddr': key 'address' not found"
            ),
        ),
        (
            "absent",
            format!("failed to configure proxy options: secret '{ns}/absent' not found"),
        ),
    ] {
        env.apply(&gitrepo("app", &url, &with_proxy(secret)));
        let mut last = None;
        let found = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            eventually(Duration::from_secs(60), &needle, || {
                last = env.ready("app");
                last.as_ref().is_some_and(|(s, r, m)| {
                    s == "False" && r == "AuthenticationFailed" && m.contains(&needle)
                })
            })
        }));
        assert!(found.is_ok(), "{needle}: last Ready {last:?}");
    }
}
