//! The flags of every `flux create` command we implement, each with values a user could type: valid ones,
//! invalid ones, empty ones and files that do not exist. The generator in main.rs draws from these.

/// How a flag takes its value.
pub enum Kind {
    /// `--flag=value` or `--flag value`, one of the listed values.
    Value(&'static [&'static str]),
    /// A boolean: `--flag`, `--flag=true`, `--flag=false` or a value that is not a boolean.
    Bool,
}

/// One flag of a command; `short` is its one-letter form where Flux has one.
pub struct Flag {
    pub long: &'static str,
    pub short: Option<char>,
    pub kind: Kind,
}

/// A `create` command: its words after `flux create` and its own flags.
pub struct Spec {
    pub words: &'static [&'static str],
    pub flags: Vec<Flag>,
}

const fn v(long: &'static str, values: &'static [&'static str]) -> Flag {
    Flag {
        long,
        short: None,
        kind: Kind::Value(values),
    }
}

const fn b(long: &'static str) -> Flag {
    Flag {
        long,
        short: None,
        kind: Kind::Bool,
    }
}

const fn short(mut f: Flag, c: char) -> Flag {
    f.short = Some(c);
    f
}

/// Names given as the first argument: valid, one character, upper case, leading or trailing dash, dots, 63
/// and 64 characters.
pub const NAMES: &[&str] = &[
    "podinfo",
    "podinfo",
    "podinfo",
    "podinfo",
    "podinfo",
    "podinfo",
    "podinfo",
    "my-app-2",
    "ab",
    "a1",
    "a",
    "0",
    "Podinfo",
    "-podinfo",
    "podinfo-",
    "pod.info",
    "pod_info",
    "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
];

/// Flags of every `create` command (`flux create`'s persistent ones and the root's namespace).
pub fn common() -> Vec<Flag> {
    vec![
        v(
            "interval",
            &["1m", "30s", "1h0m0s", "1m30s", "90s", "0s", "abc", "10"],
        ),
        v(
            "label",
            &[
                "app=podinfo",
                "app=podinfo",
                "team=a,env=dev",
                "team=a,env=dev",
                "app.kubernetes.io/name=podinfo",
                "bad",
                "a=b=c",
                "Bad Key=v",
                "k=bad value",
                "",
            ],
        ),
        short(
            v("namespace", &["default", "team-a", "Bad_NS", "apps"]),
            'n',
        ),
    ]
}

/// Flags of every `create source` command.
fn fetch_timeout() -> Flag {
    v("fetch-timeout", &["30s", "2m", "abc"])
}

/// The commands the test covers, with their flags.
pub fn all() -> Vec<Spec> {
    vec![
        Spec {
            words: &["source", "git"],
            flags: vec![
                v(
                    "url",
                    &[
                        "https://github.com/stefanprodan/podinfo",
                        "https://github.com/stefanprodan/podinfo",
                        "http://git.example.com/org/repo",
                        "ssh://git@github.com/stefanprodan/podinfo",
                        "git@github.com:stefanprodan/podinfo",
                        "ftp://example.com/repo",
                        "",
                    ],
                ),
                v("branch", &["main", "master", ""]),
                v("tag", &["v1.0.0", ""]),
                v("tag-semver", &[">=1.0.0", "6.x"]),
                v("ref-name", &["refs/heads/main", "refs/tags/v1"]),
                v(
                    "commit",
                    &["5f1e0a8b2c3d4e5f60718293a4b5c6d7e8f90123", "abc"],
                ),
                short(v("username", &["git", ""]), 'u'),
                short(v("password", &["s3cret", ""]), 'p'),
                v("secret-ref", &["git-creds", ""]),
                v("proxy-secret-ref", &["proxy", ""]),
                v(
                    "provider",
                    &["generic", "github", "aws", "azure", "gitlab", ""],
                ),
                v("ca-file", &["ca.crt", "missing.crt"]),
                v("private-key-file", &["id_ed25519", "missing-key"]),
                b("recurse-submodules"),
                short(b("silent"), 's'),
                v("ignore-paths", &["deploy/,docs/", "charts", ""]),
                v("sparse-checkout-paths", &["deploy,apps", "x"]),
                v("ssh-key-algorithm", &["rsa", "ecdsa", "ed25519", "dsa"]),
                v("ssh-rsa-bits", &["2048", "4096", "1000", "abc"]),
                v("ssh-ecdsa-curve", &["p256", "p384", "p521", "p999"]),
                fetch_timeout(),
            ],
        },
        Spec {
            words: &["source", "helm"],
            flags: vec![
                v(
                    "url",
                    &[
                        "https://stefanprodan.github.io/podinfo",
                        "https://stefanprodan.github.io/podinfo",
                        "oci://ghcr.io/stefanprodan/charts",
                        "http://charts.example.com",
                        "ftp://charts.example.com",
                        "",
                    ],
                ),
                short(v("username", &["user", ""]), 'u'),
                short(v("password", &["s3cret", ""]), 'p'),
                v("cert-file", &["tls.crt", "missing.crt"]),
                v("key-file", &["tls.key", "missing.key"]),
                v("ca-file", &["ca.crt", "missing.crt"]),
                v("secret-ref", &["helm-creds", ""]),
                b("pass-credentials"),
                v(
                    "oci-provider",
                    &["aws", "azure", "gcp", "generic", "foo", ""],
                ),
                fetch_timeout(),
            ],
        },
        Spec {
            words: &["source", "bucket"],
            flags: vec![
                v("bucket-name", &["podinfo", "podinfo", ""]),
                v(
                    "endpoint",
                    &[
                        "minio.minio.svc.cluster.local:9000",
                        "s3.amazonaws.com",
                        "http://minio:9000",
                        "",
                    ],
                ),
                v("provider", &["generic", "aws", "gcp", "azure", "s3", ""]),
                v("access-key", &["myaccesskey", ""]),
                v("secret-key", &["mysecretkey", ""]),
                v("region", &["us-east-1", ""]),
                b("insecure"),
                v("secret-ref", &["bucket-creds", ""]),
                v("proxy-secret-ref", &["proxy", ""]),
                v("ignore-paths", &["deploy/,docs/", "charts", ""]),
                fetch_timeout(),
            ],
        },
        Spec {
            words: &["source", "chart"],
            flags: vec![
                v(
                    "source",
                    &[
                        "HelmRepository/podinfo",
                        "HelmRepository/podinfo",
                        "GitRepository/podinfo",
                        "Bucket/charts",
                        "OCIRepository/podinfo",
                        "podinfo",
                        "HelmRepository/",
                        "HelmRepository/podinfo.flux-system",
                        "",
                    ],
                ),
                v("chart", &["podinfo", "./charts/podinfo", ""]),
                v("chart-version", &[">=6.0.0", "6.x", ""]),
                v(
                    "reconcile-strategy",
                    &["Revision", "ChartVersion", "Foo", ""],
                ),
                v("verify-provider", &["cosign", "notation", "foo"]),
                v("verify-secret-ref", &["cosign-pub"]),
                v(
                    "verify-issuer",
                    &["^https://token.actions.githubusercontent.com$"],
                ),
                v("verify-subject", &["^https://github.com/org/.*$"]),
                fetch_timeout(),
            ],
        },
        Spec {
            words: &["kustomization"],
            flags: vec![
                v(
                    "source",
                    &[
                        "GitRepository/podinfo",
                        "podinfo",
                        "podinfo",
                        "OCIRepository/podinfo.apps",
                        "Bucket/podinfo",
                        "HelmRepository/podinfo",
                        "podinfo.other",
                        "GitRepository/",
                        "",
                    ],
                ),
                v(
                    "path",
                    &["./deploy", "deploy/prod", "../outside", "/abs", ""],
                ),
                b("prune"),
                b("wait"),
                v(
                    "health-check",
                    &["Deployment/podinfo.apps", "Deployment/podinfo", "bad"],
                ),
                v("health-check-timeout", &["1m", "3m0s", "abc"]),
                v("depends-on", &["infra", "apps/infra", "a,b", ""]),
                v("decryption-provider", &["sops", "foo", ""]),
                v("decryption-secret", &["sops-keys"]),
                v("kubeconfig-secret-ref", &["remote"]),
                v("service-account", &["deployer"]),
                v("target-namespace", &["apps", ""]),
                v("retry-interval", &["2m", "abc"]),
            ],
        },
        Spec {
            words: &["helmrelease"],
            flags: vec![
                v(
                    "source",
                    &[
                        "HelmRepository/podinfo",
                        "HelmRepository/podinfo",
                        "GitRepository/podinfo.apps",
                        "Bucket/charts",
                        "Foo/x",
                        "podinfo",
                        "",
                    ],
                ),
                v("chart", &["podinfo", "./charts/podinfo", ""]),
                v("chart-version", &[">=6.0.0", ""]),
                v(
                    "chart-ref",
                    &[
                        "OCIRepository/podinfo",
                        "HelmChart/podinfo.apps",
                        "Foo/x",
                        "",
                    ],
                ),
                v("crds", &["Skip", "Create", "CreateReplace", "Foo"]),
                v("target-namespace", &["apps", ""]),
                b("create-target-namespace"),
                v("depends-on", &["infra", "apps/infra", "a,b"]),
                v("release-name", &["podinfo-release"]),
                v("storage-namespace", &["helm-store"]),
                v("service-account", &["deployer"]),
                v("reconcile-strategy", &["Revision", "ChartVersion", "Foo"]),
                v("values", &["values.yaml", "missing.yaml"]),
                v(
                    "values-from",
                    &["Secret/values", "ConfigMap/values", "Foo/x"],
                ),
                v("kubeconfig-secret-ref", &["remote"]),
                v("chart-interval", &["5m", "abc"]),
            ],
        },
        Spec {
            words: &["secret", "git"],
            flags: vec![
                v(
                    "url",
                    &[
                        "https://github.com/stefanprodan/podinfo",
                        "https://github.com/stefanprodan/podinfo",
                        "http://git.example.com/org/repo",
                        "ssh://git@127.0.0.1:1/org/repo",
                        "ftp://example.com/repo",
                        "",
                    ],
                ),
                short(v("username", &["git", ""]), 'u'),
                short(v("password", &["s3cret", ""]), 'p'),
                v("bearer-token", &["tok3n", ""]),
                v("ca-crt-file", &["ca.crt", "missing.crt"]),
                v("private-key-file", &["id_ed25519", "missing-key"]),
                v("ssh-key-algorithm", &["rsa", "ecdsa", "ed25519", "dsa"]),
                v("ssh-rsa-bits", &["2048", "1000", "abc"]),
                v("ssh-ecdsa-curve", &["p256", "p521", "p999"]),
            ],
        },
        Spec {
            words: &["secret", "githubapp"],
            flags: vec![
                v("app-id", &["123456", "123456", ""]),
                v("app-installation-id", &["7890", ""]),
                v("app-installation-owner", &["my-org", ""]),
                v("app-private-key", &["app.pem", "app.pem", "missing.pem"]),
                v("app-base-url", &["https://github.example.com/api/v3", ""]),
            ],
        },
        Spec {
            words: &["secret", "proxy"],
            flags: vec![
                v(
                    "address",
                    &["http://proxy.example.com:8080", "https://proxy:3128", ""],
                ),
                short(v("username", &["proxyuser", ""]), 'u'),
                short(v("password", &["s3cret", ""]), 'p'),
            ],
        },
        Spec {
            words: &["secret", "notation"],
            flags: vec![
                v(
                    "trust-policy-file",
                    &[
                        "trustpolicy.json",
                        "trustpolicy.json",
                        "trustpolicy.json",
                        "trustpolicy-x509.json",
                        "trustpolicy-invalid.json",
                        "trustpolicy-not-object.json",
                        "trustpolicy-bad-store.json",
                        "trustpolicy-overlap.json",
                        "missing.json",
                        "",
                    ],
                ),
                v(
                    "ca-cert-file",
                    &[
                        "ca.crt",
                        "ca.crt",
                        "ca.pem",
                        "ca.crt,ca.pem",
                        "tls.key",
                        "missing.crt",
                        "",
                    ],
                ),
            ],
        },
        Spec {
            words: &["secret", "tls"],
            flags: vec![
                v("ca-crt-file", &["ca.crt", "missing.crt"]),
                v("tls-crt-file", &["tls.crt", "tls.crt", "missing.crt"]),
                v("tls-key-file", &["tls.key", "tls.key", "missing.key"]),
            ],
        },
        Spec {
            words: &["tenant"],
            flags: vec![
                v(
                    "with-namespace",
                    &["apps", "apps,web", "frontend", "Bad NS", ""],
                ),
                v("cluster-role", &["cluster-admin", "view", ""]),
                v("with-service-account", &["deployer", "bad account", ""]),
                b("skip-namespace"),
            ],
        },
        Spec {
            words: &["secret", "helm"],
            flags: vec![
                short(v("username", &["user", ""]), 'u'),
                short(v("password", &["s3cret", ""]), 'p'),
                v("ca-crt-file", &["ca.crt", "missing.crt"]),
                v("tls-crt-file", &["tls.crt", "missing.crt"]),
                v("tls-key-file", &["tls.key", "missing.key"]),
            ],
        },
        Spec {
            words: &["image", "repository"],
            flags: vec![
                v(
                    "image",
                    &[
                        "ghcr.io/stefanprodan/podinfo",
                        "ghcr.io/stefanprodan/podinfo",
                        "alpine",
                        "localhost:5000/app",
                        "ghcr.io/Org/app",
                        "a",
                        "",
                    ],
                ),
                v("secret-ref", &["image-pull", ""]),
                v("cert-ref", &["registry-cert", ""]),
                v("scan-timeout", &["30s", "2m", "0s", "abc"]),
            ],
        },
        Spec {
            words: &["image", "policy"],
            flags: vec![
                v("image-ref", &["podinfo", "podinfo", ""]),
                v("select-semver", &[">=1.0.0", "6.x", ""]),
                v("select-alpha", &["asc", "desc", "up", ""]),
                v("select-numeric", &["asc", "desc", "up", ""]),
                v(
                    "filter-regex",
                    &["^main-[a-f0-9]+-(?P<ts>[0-9]+)", "^v", "(", ""],
                ),
                v("filter-extract", &["$ts", "${ts}", "$other", "${ts", ""]),
                v(
                    "reflect-digest",
                    &["Always", "IfNotPresent", "Never", "Sometimes", ""],
                ),
            ],
        },
        Spec {
            words: &["image", "update"],
            flags: vec![
                v("git-repo-ref", &["flux-system", "flux-system", ""]),
                v("git-repo-namespace", &["flux-system", ""]),
                v("git-repo-path", &["./clusters/my-cluster", ""]),
                v("checkout-branch", &["main", "main", ""]),
                v("push-branch", &["image-updates", ""]),
                v(
                    "commit-template",
                    &["{{range .Updated.Images}}{{println .}}{{end}}", ""],
                ),
                v("author-name", &["flux", "flux", ""]),
                v(
                    "author-email",
                    &["flux@example.com", "flux@example.com", ""],
                ),
                v("signing-key-secret", &["signing-key", ""]),
                v("signing-key-type", &["gpg", "ssh", "pgp", ""]),
            ],
        },
    ]
}
