//! The shape of a generated case: YAML value trees, Go template syntax trees and charts, each
//! printable as the text written to disk and small enough to shrink piece by piece.

use std::fmt::Write as _;

/// A YAML node, kept as written so YAML 1.1/1.2 spellings (`yes`, `0x1F`, `~`) survive.
#[derive(Clone, Debug)]
pub enum Y {
    /// A scalar exactly as it appears in the file.
    Scalar(String),
    /// A block sequence.
    Seq(Vec<Y>),
    /// A block mapping (keys as written, may repeat).
    Map(Vec<(String, Y)>),
}

impl Y {
    /// The document text, block style.
    pub fn to_yaml(&self) -> String {
        let mut s = String::new();
        match self {
            Y::Map(m) if m.is_empty() => s.push_str("{}\n"),
            Y::Seq(l) if l.is_empty() => s.push_str("[]\n"),
            Y::Scalar(x) => {
                s.push_str(x);
                s.push('\n');
            }
            _ => emit(self, 0, &mut s),
        }
        s
    }
}

fn flow(y: &Y) -> String {
    match y {
        Y::Scalar(s) => s.clone(),
        Y::Seq(l) => format!("[{}]", l.iter().map(flow).collect::<Vec<_>>().join(", ")),
        Y::Map(m) => format!(
            "{{{}}}",
            m.iter()
                .map(|(k, v)| format!("{k}: {}", flow(v)))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}

fn emit(y: &Y, ind: usize, out: &mut String) {
    let pad = " ".repeat(ind);
    match y {
        Y::Map(m) => {
            for (k, v) in m {
                match v {
                    Y::Map(c) if !c.is_empty() => {
                        let _ = writeln!(out, "{pad}{k}:");
                        emit(v, ind + 2, out);
                    }
                    Y::Seq(c) if !c.is_empty() => {
                        let _ = writeln!(out, "{pad}{k}:");
                        emit(v, ind, out);
                    }
                    _ => {
                        let _ = writeln!(out, "{pad}{k}: {}", flow(v));
                    }
                }
            }
        }
        Y::Seq(l) => {
            for v in l {
                let _ = writeln!(out, "{pad}- {}", flow(v));
            }
        }
        Y::Scalar(s) => {
            let _ = writeln!(out, "{pad}{s}");
        }
    }
}

/// An expression inside an action.
#[derive(Clone, Debug)]
pub enum E {
    /// Literal or field/variable reference text (`"x"`, `3`, `.Values.a`, `$v`, `.`).
    Atom(String),
    /// A function call with arguments.
    Call(String, Vec<E>),
    /// `head | f a | g`: each stage is a call whose last argument is the piped value.
    Pipe(Box<E>, Vec<(String, Vec<E>)>),
}

impl E {
    fn text(&self, nested: bool) -> String {
        match self {
            E::Atom(a) => a.clone(),
            E::Call(f, args) if args.is_empty() => f.clone(),
            E::Call(f, args) => {
                let s = format!(
                    "{f} {}",
                    args.iter()
                        .map(|a| a.text(true))
                        .collect::<Vec<_>>()
                        .join(" ")
                );
                if nested { format!("({s})") } else { s }
            }
            E::Pipe(h, stages) => {
                let mut s = h.text(false);
                for (f, args) in stages {
                    s.push_str(" | ");
                    s.push_str(&E::Call(f.clone(), args.clone()).text(false));
                }
                if nested { format!("({s})") } else { s }
            }
        }
    }

    /// The expression as written in an action.
    pub fn to_text(&self) -> String {
        self.text(false)
    }
}

/// Whether an action's delimiters trim whitespace (`{{-`, `-}}`).
#[derive(Clone, Copy, Debug, Default)]
pub struct Trim(pub bool, pub bool);

impl Trim {
    fn open(&self) -> &'static str {
        if self.0 { "{{- " } else { "{{ " }
    }
    fn close(&self) -> &'static str {
        if self.1 { " -}}" } else { " }}" }
    }
}

/// A template node.
#[derive(Clone, Debug)]
pub enum N {
    /// Plain text.
    Text(String),
    /// `{{ expr }}`.
    Out(Trim, E),
    /// `{{ $v := expr }}` (or `=` when `.2` is false).
    Assign(Trim, String, bool, E),
    /// `{{ if a }}…{{ else if b }}…{{ else }}…{{ end }}`.
    If(Trim, Vec<(E, Vec<N>)>, Option<Vec<N>>),
    /// `{{ range $k, $v := e }}…{{ else }}…{{ end }}`.
    Range(Trim, Vec<String>, E, Vec<N>, Option<Vec<N>>),
    /// `{{ with e }}…{{ else }}…{{ end }}`.
    With(Trim, E, Vec<N>, Option<Vec<N>>),
    /// `{{/* c */}}`.
    Comment(Trim, String),
}

/// Writes nodes as template text.
pub fn nodes_text(ns: &[N]) -> String {
    let mut s = String::new();
    for n in ns {
        node_text(n, &mut s);
    }
    s
}

fn node_text(n: &N, s: &mut String) {
    let tag = |t: &Trim, body: &str| format!("{}{body}{}", t.open(), t.close());
    match n {
        N::Text(t) => s.push_str(t),
        N::Out(t, e) => s.push_str(&tag(t, &e.to_text())),
        N::Assign(t, v, decl, e) => s.push_str(&tag(
            t,
            &format!("{v} {} {}", if *decl { ":=" } else { "=" }, e.to_text()),
        )),
        N::If(t, branches, els) => {
            for (i, (c, body)) in branches.iter().enumerate() {
                let kw = if i == 0 { "if" } else { "else if" };
                s.push_str(&tag(t, &format!("{kw} {}", c.to_text())));
                s.push_str(&nodes_text(body));
            }
            if let Some(e) = els {
                s.push_str(&tag(t, "else"));
                s.push_str(&nodes_text(e));
            }
            s.push_str(&tag(t, "end"));
        }
        N::Range(t, vars, e, body, els) => {
            let decl = if vars.is_empty() {
                String::new()
            } else {
                format!("{} := ", vars.join(", "))
            };
            s.push_str(&tag(t, &format!("range {decl}{}", e.to_text())));
            s.push_str(&nodes_text(body));
            if let Some(x) = els {
                s.push_str(&tag(t, "else"));
                s.push_str(&nodes_text(x));
            }
            s.push_str(&tag(t, "end"));
        }
        N::With(t, e, body, els) => {
            s.push_str(&tag(t, &format!("with {}", e.to_text())));
            s.push_str(&nodes_text(body));
            if let Some(x) = els {
                s.push_str(&tag(t, "else"));
                s.push_str(&nodes_text(x));
            }
            s.push_str(&tag(t, "end"));
        }
        N::Comment(t, c) => s.push_str(&format!(
            "{}/* {c} */{}",
            if t.0 { "{{- " } else { "{{" },
            if t.1 { " -}}" } else { "}}" }
        )),
    }
}

/// A dependency entry of a parent chart.
#[derive(Clone, Debug)]
pub struct Dep {
    /// The subchart's directory name and chart name.
    pub name: String,
    /// `alias`.
    pub alias: Option<String>,
    /// `condition`.
    pub condition: Option<String>,
    /// `tags`.
    pub tags: Vec<String>,
    /// `import-values`, as YAML flow text items.
    pub imports: Vec<String>,
}

/// A chart: metadata, default values, templates (name, defines, body nodes) and subcharts.
#[derive(Clone, Debug)]
pub struct ChartSpec {
    /// Chart name.
    pub name: String,
    /// `values.yaml`, if any.
    pub values: Option<Y>,
    /// Templates: file stem and body nodes.
    pub templates: Vec<(String, Vec<N>)>,
    /// Named templates in `_helpers.tpl`: name and body.
    pub defines: Vec<(String, Vec<N>)>,
    /// Subcharts with their dependency entries.
    pub subcharts: Vec<(Dep, ChartSpec)>,
}

/// A whole case: the chart and the user values (`-f`).
#[derive(Clone, Debug)]
pub struct Case {
    /// The chart.
    pub chart: ChartSpec,
    /// `-f user.yaml`, if any.
    pub user: Option<Y>,
}

impl ChartSpec {
    /// The chart's files as (relative path, content).
    pub fn files(&self, prefix: &str, out: &mut Vec<(String, String)>) {
        let mut meta = format!(
            "apiVersion: v2\nname: {}\nversion: 0.1.0\nappVersion: \"1.0\"\n",
            self.name
        );
        if !self.subcharts.is_empty() {
            meta.push_str("dependencies:\n");
            for (d, _) in &self.subcharts {
                let _ = writeln!(meta, "  - name: {}\n    version: 0.1.0", d.name);
                if let Some(a) = &d.alias {
                    let _ = writeln!(meta, "    alias: {a}");
                }
                if let Some(c) = &d.condition {
                    let _ = writeln!(meta, "    condition: {c}");
                }
                if !d.tags.is_empty() {
                    let _ = writeln!(meta, "    tags: [{}]", d.tags.join(", "));
                }
                if !d.imports.is_empty() {
                    let _ = writeln!(meta, "    import-values: [{}]", d.imports.join(", "));
                }
            }
        }
        out.push((format!("{prefix}Chart.yaml"), meta));
        if let Some(v) = &self.values {
            out.push((format!("{prefix}values.yaml"), v.to_yaml()));
        }
        if !self.defines.is_empty() {
            let mut h = String::new();
            for (n, body) in &self.defines {
                let _ = writeln!(
                    h,
                    "{{{{- define \"{n}\" -}}}}{}{{{{- end -}}}}",
                    nodes_text(body)
                );
            }
            out.push((format!("{prefix}templates/_helpers.tpl"), h));
        }
        for (stem, body) in &self.templates {
            let t = format!(
                "{{{{- define \"{n}.{stem}.body\" -}}}}\n{}\n{{{{- end -}}}}\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {stem}\ndata:\n  body: |2\n{{{{ include \"{n}.{stem}.body\" . | indent 4 }}}}\n",
                nodes_text(body),
                n = self.name,
            );
            out.push((format!("{prefix}templates/{stem}.yaml"), t));
        }
        for (d, c) in &self.subcharts {
            c.files(&format!("{prefix}charts/{}/", d.name), out);
        }
    }
}
