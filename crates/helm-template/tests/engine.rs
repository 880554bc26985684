//! The public API on in-memory charts: loading from files and archives, rendering, hooks, notes,
//! and precise errors instead of panics.

use std::collections::BTreeMap;
use std::io::Write as _;
use std::path::Path;

use helm_template::{
    Error, File, MemFs, Options, load_archive, load_files, load_path, parse_values, render,
};

fn files(list: &[(&str, &str)]) -> Vec<File> {
    list.iter()
        .map(|(n, d)| File {
            name: (*n).to_string(),
            data: d.as_bytes().to_vec(),
        })
        .collect()
}

const CHART: &str = "apiVersion: v2\nname: demo\nversion: 0.1.0\nappVersion: \"1.0\"\n";

fn demo() -> Vec<File> {
    files(&[
        ("Chart.yaml", CHART),
        ("values.yaml", "replicas: 2\nname: web\n"),
        (
            "templates/cm.yaml",
            "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Values.name }}\ndata:\n  replicas: {{ .Values.replicas | quote }}\n",
        ),
        (
            "templates/svc.yaml",
            "apiVersion: v1\nkind: Service\nmetadata:\n  name: {{ .Release.Name }}\n",
        ),
        (
            "templates/hook.yaml",
            "apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: migrate\n  annotations:\n    helm.sh/hook: pre-upgrade,post-install\n    helm.sh/hook-weight: \"3\"\n    helm.sh/hook-delete-policy: hook-succeeded\n",
        ),
        (
            "templates/NOTES.txt",
            "Thanks for installing {{ .Release.Name }}.",
        ),
    ])
}

#[test]
fn renders_manifests_hooks_and_notes_from_memory() {
    let chart = load_files(demo()).unwrap();
    let values = parse_values("name: api\n").unwrap();
    let opts = Options {
        release_name: "rel".into(),
        ..Options::default()
    };
    let out = render(&chart, &values, &opts).unwrap();
    let kinds: Vec<&str> = out.manifests.iter().map(|m| m.kind.as_str()).collect();
    assert_eq!(kinds, vec!["ConfigMap", "Service"]);
    assert_eq!(out.manifests[0].name, "api");
    assert_eq!(out.hooks.len(), 1);
    assert_eq!(
        out.hooks[0].events,
        vec!["pre-upgrade".to_string(), "post-install".to_string()]
    );
    assert_eq!(out.hooks[0].weight, 3);
    assert_eq!(
        out.hooks[0].delete_policies,
        vec!["hook-succeeded".to_string()]
    );
    assert_eq!(out.notes, "Thanks for installing rel.");
    let text = out.to_helm_output(&opts);
    assert!(
        text.starts_with("---\n# Source: demo/templates/cm.yaml\napiVersion: v1\nkind: ConfigMap"),
        "{text}"
    );
    assert!(text.ends_with("---\n# Source: demo/templates/hook.yaml\napiVersion: batch/v1\nkind: Job\nmetadata:\n  name: migrate\n  annotations:\n    helm.sh/hook: pre-upgrade,post-install\n    helm.sh/hook-weight: \"3\"\n    helm.sh/hook-delete-policy: hook-succeeded\n\n"), "helm v4 keeps a document's trailing newline: {text}");
}

#[test]
fn loads_charts_and_subcharts_from_archives() {
    let mut sub = tar::Builder::new(Vec::new());
    for (name, data) in [
        (
            "sub/Chart.yaml",
            "apiVersion: v2\nname: sub\nversion: 0.2.0\n",
        ),
        (
            "sub/templates/cm.yaml",
            "kind: ConfigMap\nmetadata:\n  name: sub-{{ .Values.x }}\n",
        ),
        ("sub/values.yaml", "x: one\n"),
    ] {
        let mut h = tar::Header::new_gnu();
        h.set_size(data.len() as u64);
        h.set_mode(0o644);
        h.set_cksum();
        sub.append_data(&mut h, name, data.as_bytes()).unwrap();
    }
    let tar_bytes = sub.into_inner().unwrap();
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(&tar_bytes).unwrap();
    let tgz = gz.finish().unwrap();
    // the parent carries the subchart as charts/sub-0.2.0.tgz
    let mut parent = demo();
    parent.push(File {
        name: "charts/sub-0.2.0.tgz".into(),
        data: tgz.clone(),
    });
    let chart = load_files(parent).unwrap();
    assert_eq!(chart.dependencies.len(), 1);
    let out = render(
        &chart,
        &parse_values("sub:\n  x: two\n").unwrap(),
        &Options::default(),
    )
    .unwrap();
    assert!(
        out.manifests
            .iter()
            .any(|m| m.name == "sub-two" && m.source == "demo/charts/sub/templates/cm.yaml")
    );
    // and an archive loads on its own
    assert_eq!(load_archive(&tgz).unwrap().name(), "sub");
}

#[test]
fn loads_through_the_fs_trait_with_helmignore() {
    let mut m = BTreeMap::new();
    for f in demo() {
        m.insert(format!("charts/demo/{}", f.name), f.data);
    }
    m.insert("charts/demo/.helmignore".into(), b"*.txt\n".to_vec());
    let chart = load_path(&MemFs(m), Path::new("charts/demo")).unwrap();
    assert!(chart.templates.iter().all(|t| !t.name.ends_with(".txt")));
}

#[test]
fn malformed_inputs_give_errors_not_panics() {
    let cases: Vec<(Vec<File>, &str, &str)> = vec![
        (
            files(&[("values.yaml", "a: 1\n")]),
            "",
            "Chart.yaml file is missing",
        ),
        (
            files(&[("Chart.yaml", "apiVersion: v2\nversion: 1.0.0\n")]),
            "",
            "validation: chart.metadata.name is required",
        ),
        (
            files(&[("Chart.yaml", CHART), ("templates/x.yaml", "{{ nope }}")]),
            "",
            "parse error at (demo/templates/x.yaml:1): function \"nope\" not defined",
        ),
        (
            files(&[("Chart.yaml", CHART), ("templates/x.yaml", "{{ if }}")]),
            "",
            "parse error at (demo/templates/x.yaml:1): missing value for if",
        ),
        (
            files(&[
                ("Chart.yaml", CHART),
                ("templates/x.yaml", "{{ .Values.a.b.c }}"),
            ]),
            "a: 1\n",
            "template: demo/templates/x.yaml:1:10: executing \"demo/templates/x.yaml\" at <.Values.a.b.c>: can't evaluate field b in type interface {}",
        ),
        (
            files(&[
                ("Chart.yaml", CHART),
                ("templates/x.yaml", "{{ fail \"stop here\" }}"),
            ]),
            "",
            "execution error at (demo/templates/x.yaml:1:3): stop here",
        ),
        (
            files(&[("Chart.yaml", CHART), ("templates/x.yaml", "a: [\n")]),
            "",
            "YAML parse error on demo/templates/x.yaml",
        ),
        (
            files(&[(
                "Chart.yaml",
                "apiVersion: v2\nname: demo\nversion: 0.1.0\nkubeVersion: \">=1.40.0\"\n",
            )]),
            "",
            "chart requires kubeVersion: >=1.40.0 which is incompatible with Kubernetes v1.36.0",
        ),
    ];
    for (chart_files, values, want) in cases {
        let result = load_files(chart_files)
            .and_then(|c| render(&c, &parse_values(values)?, &Options::default()));
        match result {
            Ok(_) => panic!("expected an error containing {want:?}"),
            Err(e) => assert!(e.to_string().contains(want), "got {e:?}, want {want:?}"),
        }
    }
}

#[test]
fn the_api_types_can_cross_threads() {
    fn is_send<T: Send + Sync>() {}
    is_send::<helm_template::Chart>();
    is_send::<helm_template::Rendered>();
    is_send::<Error>();
    is_send::<Options>();
}

/// Messages checked against helm v3.22.0 (`helm template x chart --set a=1 --set m.x=2`).
#[test]
fn execution_errors_read_like_go() {
    let cases = [
        (
            "{{ .Values.a.b.c }}",
            "at <.Values.a.b.c>: can't evaluate field b in type interface {}",
        ),
        (
            "{{ $x := 1 }}{{ $x.foo }}",
            "x.yaml:1:18: executing \"demo/templates/x.yaml\" at <$x.foo>: can't evaluate field foo in type int",
        ),
        (
            "{{ len 3 }}",
            "at <len 3>: error calling len: len of type int",
        ),
        (
            "{{ .Values.m.x 1 }}",
            "x.yaml:1:10: executing \"demo/templates/x.yaml\" at <.Values.m.x>: x is not a method but has arguments",
        ),
        (
            "{{ printf }}",
            "at <printf>: wrong number of args for printf: want at least 1 got 0",
        ),
        (
            "{{ include \"nope\" . }}",
            "at <include \"nope\" .>: error calling include: template: no template \"nope\" associated with template \"gotpl\"",
        ),
        (
            "{{ template \"nope\" }}",
            "x.yaml:1:12: executing \"demo/templates/x.yaml\" at <{{template \"nope\"}}>: template \"nope\" not defined",
        ),
        (
            "{{ .Chart.Nope }}",
            "at <.Chart.Nope>: can't evaluate field Nope in type interface {}",
        ),
        (
            "{{ .Files.Get }}",
            "x.yaml:1:9: executing \"demo/templates/x.yaml\" at <.Files.Get>: wrong number of args for Get: want 1 got 0",
        ),
        ("{{ nil }}", "at <nil>: nil is not a command"),
        (
            "{{ eq .Values.m.x \"x\" }}",
            "error calling eq: incompatible types for comparison: float64 and string",
        ),
        (
            "{{ toYaml }}",
            "at <toYaml>: wrong number of args for toYaml: want 1 got 0",
        ),
    ];
    for (src, want) in cases {
        let chart = load_files(files(&[("Chart.yaml", CHART), ("templates/x.yaml", src)])).unwrap();
        let err = render(
            &chart,
            &parse_values("a: 1\nm:\n  x: 2\n").unwrap(),
            &Options::default(),
        )
        .unwrap_err()
        .to_string();
        assert!(err.contains(want), "{src}: got {err:?}, want {want:?}");
    }
}

#[test]
fn api_versions_can_be_ranged_and_extended() {
    let chart = load_files(files(&[
        ("Chart.yaml", CHART),
        ("templates/x.yaml", "# {{ range $i, $v := .Capabilities.APIVersions }}{{ if eq $v \"example.com/v1\" }}{{ $i }} {{ $v }}{{ end }}{{ end }} {{ .Capabilities.APIVersions.Has \"example.com/v1\" }}\n"),
    ]))
    .unwrap();
    let opts = Options {
        api_versions: vec!["example.com/v1".into()],
        ..Options::default()
    };
    let out = render(&chart, &parse_values("").unwrap(), &opts).unwrap();
    let text = out.to_helm_output(&opts);
    assert!(
        text.contains(&format!(
            "# {} example.com/v1 true",
            helm_template::DEFAULT_API_VERSIONS.len()
        )),
        "{text}"
    );
}

#[test]
fn runaway_recursion_is_an_error_not_a_crash() {
    for src in [
        "{{ define \"a\" }}{{ include \"a\" . }}{{ end }}{{ include \"a\" . }}",
        "{{ define \"b\" }}{{ template \"b\" . }}{{ end }}{{ template \"b\" . }}",
    ] {
        let chart = load_files(files(&[("Chart.yaml", CHART), ("templates/x.yaml", src)])).unwrap();
        let err = render(&chart, &parse_values("").unwrap(), &Options::default())
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("nested reference") || err.contains("maximum template depth"),
            "{err}"
        );
    }
}
