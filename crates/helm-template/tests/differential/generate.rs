//! The random case generator: values of every YAML type, templates from a grammar of Go template
//! constructs and sprig/Helm functions, subcharts with globals, conditions, tags, aliases and
//! import-values. Everything comes from one [`Rng`], so a seed reproduces a case.

use super::ast::{Case, ChartSpec, Dep, E, N, Trim, Y};
use super::rng::Rng;

use super::vocabulary::T::*;
use super::vocabulary::*;

struct Gen<'a> {
    rng: &'a mut Rng,
    /// Variables in scope, with their types.
    vars: Vec<(String, T)>,
    /// Inside `with`/`range`, where `.` is not the root.
    moved_dot: bool,
    /// Named templates the chart defines (for `include`).
    defines: Vec<String>,
    /// Values paths (after `.Values`) that exist, with their types.
    paths: Vec<(String, T)>,
    depth: usize,
}

impl Gen<'_> {
    fn root(&self, field: &str) -> String {
        if self.moved_dot {
            format!("$.{field}")
        } else {
            format!(".{field}")
        }
    }

    fn path_of(&mut self, t: T) -> Option<E> {
        let c: Vec<String> = self
            .paths
            .iter()
            .filter(|(_, pt)| t == X || *pt == t)
            .map(|(p, _)| p.clone())
            .collect();
        if c.is_empty() {
            return None;
        }
        let p = self.rng.pick(&c).clone();
        Some(E::Atom(format!("{}{p}", self.root("Values"))))
    }

    fn var_of(&mut self, t: T) -> Option<E> {
        let c: Vec<String> = self
            .vars
            .iter()
            .filter(|(_, vt)| t == X || *vt == t)
            .map(|(v, _)| v.clone())
            .collect();
        if c.is_empty() {
            return None;
        }
        Some(E::Atom(self.rng.pick(&c).clone()))
    }

    fn atom(&mut self, t: T) -> E {
        if self.rng.chance(20)
            && let Some(v) = self.var_of(t)
        {
            return v;
        }
        if self.rng.chance(50)
            && let Some(p) = self.path_of(t)
        {
            return p;
        }
        match t {
            S => match self.rng.below(8) {
                0 => E::Atom(self.root("Release.Name")),
                1 => E::Atom(self.root("Chart.Name")),
                2 => E::Atom(self.root("Capabilities.KubeVersion.Version")),
                3 => E::Atom(self.root("Template.Name")),
                _ => E::Atom(self.rng.pick(STRS).to_string()),
            },
            I => E::Atom(self.rng.pick(INTS).to_string()),
            I64 => E::Call(
                "int64".into(),
                vec![E::Atom(self.rng.pick(INTS).to_string())],
            ),
            F => E::Atom(self.rng.pick(FLOATS).to_string()),
            B => match self.rng.below(4) {
                0 => E::Atom(self.root("Release.IsInstall")),
                _ => E::Atom(self.rng.pick(&["true", "false"]).to_string()),
            },
            L => E::Call(
                "list".into(),
                (0..self.rng.below(3)).map(|_| self.atom(X)).collect(),
            ),
            M => {
                if self.rng.chance(30) {
                    E::Atom(self.root("Values"))
                } else {
                    E::Call(
                        "dict".into(),
                        (0..self.rng.below(3))
                            .flat_map(|_| {
                                let k = format!("\"{}\"", self.rng.pick(KEYS));
                                [E::Atom(k), self.atom(X)]
                            })
                            .collect(),
                    )
                }
            }
            X => match self.rng.below(10) {
                0 => E::Atom(
                    self.rng
                        .pick(&[
                            "$.Capabilities.KubeVersion",
                            "$.Capabilities.HelmVersion.Version",
                            "$.Capabilities.KubeVersion.Major",
                            "$.Release.Revision",
                            "$.Chart.AppVersion",
                        ])
                        .to_string(),
                ),
                // (not `.`: where it is the root, helm prints a pointer address)
                2 => {
                    // a key that may be missing: gives nil
                    let k = *self.rng.pick(KEYS);
                    E::Atom(format!("{}.{k}", self.root("Values")))
                }
                _ => {
                    let t = *self.rng.pick(&[S, I, F, B, L, M, X]);
                    if t == X {
                        self.path_of(X)
                            .unwrap_or(E::Atom(format!("{}.name", self.root("Values"))))
                    } else {
                        self.atom(t)
                    }
                }
            },
        }
    }

    fn expr(&mut self, t: T) -> E {
        if self.depth >= 2 || self.rng.chance(45) {
            return self.atom(t);
        }
        let cands: Vec<&(&str, &[T], T)> = FUNCS
            .iter()
            .filter(|f| t == X || f.2 == t)
            .filter(|f| f.0 != "include" || !self.defines.is_empty())
            .collect();
        if cands.is_empty() {
            return self.atom(t);
        }
        self.depth += 1;
        let (name, params, _) = **self.rng.pick(&cands);
        let mut a: Vec<E> = match name {
            "include" => {
                let d = self.rng.pick(&self.defines).clone();
                let dot = if self.rng.chance(50) { "$" } else { "." };
                vec![E::Atom(format!("{d:?}")), E::Atom(dot.into())]
            }
            "tpl" => vec![
                E::Atom(self.rng.pick(TPLS).to_string()),
                E::Atom("$".into()),
            ],
            "printf" => {
                let f = self.rng.pick(&[
                    "\"%v\"",
                    "\"%s\"",
                    "\"%d\"",
                    "\"%q\"",
                    "\"%T\"",
                    "\"%5.2f\"",
                    "\"%x\"",
                    "\"%+v\"",
                    "\"%#v\"",
                    "\"%g\"",
                    "\"%e\"",
                ]);
                vec![E::Atom(f.to_string()), self.expr(X)]
            }
            "eq" | "ne" | "lt" | "ge" => {
                let at = *self.rng.pick(&[S, I, F, B]);
                let at = if name == "lt" || name == "ge" && at == B {
                    F
                } else {
                    at
                };
                vec![self.expr(at), self.expr(at)]
            }
            "semverCompare" => vec![
                E::Atom(
                    self.rng
                        .pick(&["\">=1.0.0\"", "\"^1.2\"", "\"<1.30.0-0\"", "\"~1.36\""])
                        .to_string(),
                ),
                E::Atom(
                    self.rng
                        .pick(&["\"1.2.3\"", "\"v1.36.0\"", "\"1.30.0-rc.1\""])
                        .to_string(),
                ),
            ],
            "index" => {
                let k = if self.rng.chance(30) {
                    self.rng.pick(ODD_KEYS).to_string()
                } else {
                    format!("\"{}\"", self.rng.pick(KEYS))
                };
                vec![self.expr(M), E::Atom(k)]
            }
            "list" | "cat" | "print" => (0..self.rng.below(4)).map(|_| self.expr(X)).collect(),
            "dig" => vec![
                E::Atom(format!("\"{}\"", self.rng.pick(KEYS))),
                E::Atom(format!("\"{}\"", self.rng.pick(KEYS))),
                self.expr(X),
                self.expr(M),
            ],
            // Mutating a map reachable from its new value makes a cycle that crashes helm
            // (a Go stack overflow): mutate fresh dicts, with scalar values.
            "set" | "unset" | "merge" | "mergeOverwrite" => {
                let dict = |g: &mut Self| {
                    let k = format!("\"{}\"", g.rng.pick(KEYS));
                    let ty = *g.rng.pick(&[S, I, F, B]);
                    E::Call("dict".into(), vec![E::Atom(k), g.atom(ty)])
                };
                match name {
                    "set" => {
                        let ty = *self.rng.pick(&[S, I, F, B]);
                        vec![
                            dict(self),
                            E::Atom(format!("\"{}\"", self.rng.pick(KEYS))),
                            self.atom(ty),
                        ]
                    }
                    "unset" => vec![dict(self), E::Atom(format!("\"{}\"", self.rng.pick(KEYS)))],
                    _ => vec![dict(self), self.expr(M)],
                }
            }
            _ => params.iter().map(|&pt| self.expr(pt)).collect(),
        };
        self.depth -= 1;
        // Sometimes write the last argument as a pipeline head.
        if !a.is_empty() && self.rng.chance(30) {
            let last = a.pop().unwrap_or(E::Atom("nil".into()));
            return E::Pipe(Box::new(last), vec![(name.to_string(), a)]);
        }
        E::Call(name.to_string(), a)
    }

    fn trim(&mut self) -> Trim {
        Trim(self.rng.chance(30), self.rng.chance(30))
    }

    fn text(&mut self) -> String {
        self.rng
            .pick(&[
                "", " ", "\n", "x", "- ", "  \n", ": ", "\t", ",", "\n\n", "a b\n",
            ])
            .to_string()
    }

    fn nodes(&mut self, budget: usize) -> Vec<N> {
        let mut out = Vec::new();
        let n = 1 + self.rng.below(budget.clamp(1, 4));
        let scope = self.vars.len();
        for _ in 0..n {
            out.push(self.node(budget.saturating_sub(2)));
        }
        self.vars.truncate(scope);
        out
    }

    fn node(&mut self, budget: usize) -> N {
        let k = if budget == 0 {
            self.rng.below(3)
        } else {
            self.rng.below(10)
        };
        match k {
            0 => N::Text(self.text()),
            1..=3 => {
                let t = self.trim();
                N::Out(t, self.expr(X))
            }
            4 => {
                let v = format!("$v{}", self.vars.len());
                let t = self.trim();
                let ty = *self.rng.pick(&[S, I, F, B, L, M]);
                let e = self.expr(ty);
                self.vars.push((v.clone(), ty));
                N::Assign(t, v, true, e)
            }
            5 | 6 => {
                let t = self.trim();
                let mut br = Vec::new();
                for _ in 0..1 + self.rng.below(3) {
                    let ty = if self.rng.chance(50) { B } else { X };
                    let c = self.expr(ty);
                    br.push((c, self.nodes(budget / 2)));
                }
                let els = self.rng.chance(50).then(|| self.nodes(budget / 2));
                N::If(t, br, els)
            }
            7 | 8 => {
                let t = self.trim();
                let ty = *self.rng.pick(&[L, L, M, I]);
                // ranging over a computed int could loop for ever: only small literals
                let e = if ty == I {
                    E::Atom(self.rng.pick(&["0", "1", "3", "-1"]).to_string())
                } else {
                    self.expr(ty)
                };
                let n = self.vars.len();
                let vars: Vec<String> = match self.rng.below(if ty == I { 2 } else { 3 }) {
                    0 => vec![],
                    1 => vec![format!("$v{n}")],
                    _ => vec![format!("$k{n}"), format!("$v{n}")],
                };
                let (saved, moved) = (self.vars.len(), self.moved_dot);
                let key_ty = if ty == M { S } else { I };
                match vars.len() {
                    1 => self.vars.push((vars[0].clone(), X)),
                    2 => {
                        self.vars.push((vars[0].clone(), key_ty));
                        self.vars.push((vars[1].clone(), X));
                    }
                    _ => {}
                }
                self.moved_dot = true;
                let body = self.nodes(budget / 2);
                self.vars.truncate(saved);
                let els = self.rng.chance(30).then(|| self.nodes(budget / 3));
                self.moved_dot = moved;
                N::Range(t, vars, e, body, els)
            }
            _ => {
                if self.rng.chance(20) {
                    let t = self.trim();
                    return N::Comment(t, "note".into());
                }
                let t = self.trim();
                let e = self.expr(X);
                let moved = self.moved_dot;
                self.moved_dot = true;
                let body = self.nodes(budget / 2);
                self.moved_dot = moved;
                let els = self.rng.chance(30).then(|| self.nodes(budget / 3));
                N::With(t, e, body, els)
            }
        }
    }
}

/// The type a scalar written in YAML has once Helm has read it.
fn scalar_type(s: &str) -> T {
    match s {
        "true" | "false" | "True" => B,
        "null" | "~" | "Null" | "" => X,
        _ if s.starts_with(['"', '\'']) => S,
        _ if s.parse::<f64>().is_ok() && !s.contains('_') => F,
        _ => X,
    }
}

/// Collects `.a.b` paths of a values tree (identifier keys only) with their types.
fn collect_paths(y: &Y, prefix: &str, out: &mut Vec<(String, T)>) {
    if let Y::Map(m) = y {
        for (k, v) in m {
            if !k.chars().all(|c| c.is_ascii_alphanumeric())
                || k.starts_with(|c: char| c.is_ascii_digit())
            {
                continue;
            }
            let p = format!("{prefix}.{k}");
            let t = match v {
                Y::Scalar(s) => scalar_type(s),
                Y::Seq(_) => L,
                Y::Map(_) => M,
            };
            out.push((p.clone(), t));
            collect_paths(v, &p, out);
        }
    }
}

/// A random YAML value of depth at most `depth`.
pub fn yaml(rng: &mut Rng, depth: usize) -> Y {
    match if depth == 0 { 0 } else { rng.below(6) } {
        // values that make helm refuse the file are rare, so most cases get to render
        0..=2 if rng.below(2000) == 0 => {
            Y::Scalar(rng.pick(&[".inf", "-.inf", ".nan", "1e400"]).to_string())
        }
        0..=2 => Y::Scalar(rng.pick(SCALARS).to_string()),
        3 => Y::Seq((0..rng.below(4)).map(|_| yaml(rng, depth - 1)).collect()),
        _ => yaml_map(rng, depth - 1),
    }
}

fn yaml_map(rng: &mut Rng, depth: usize) -> Y {
    let n = rng.below(5);
    let mut m: Vec<(String, Y)> = Vec::new();
    for _ in 0..n {
        let k = if rng.chance(5) {
            rng.pick(ODD_KEYS).to_string()
        } else {
            rng.pick(KEYS).to_string()
        };
        if m.iter().any(|(x, _)| *x == k) && !rng.chance(3) {
            continue;
        }
        m.push((k, yaml(rng, depth)));
    }
    Y::Map(m)
}

fn values(rng: &mut Rng, subs: &[String]) -> Y {
    let mut m = match yaml_map(rng, 3) {
        Y::Map(m) => m,
        _ => Vec::new(),
    };
    if rng.chance(40) {
        m.push(("global".into(), yaml_map(rng, 2)));
    }
    if rng.chance(30) {
        m.push((
            "tags".into(),
            Y::Map(vec![(
                "t1".into(),
                Y::Scalar(rng.pick(&["true", "false", "null"]).to_string()),
            )]),
        ));
    }
    for s in subs {
        if rng.chance(50) {
            let mut sm = match yaml_map(rng, 2) {
                Y::Map(m) => m,
                _ => Vec::new(),
            };
            if rng.chance(50) {
                sm.push((
                    "enabled".into(),
                    Y::Scalar(rng.pick(&["true", "false", "null", "\"yes\""]).to_string()),
                ));
            }
            m.push((
                s.clone(),
                if rng.chance(10) {
                    Y::Scalar("null".into())
                } else {
                    Y::Map(sm)
                },
            ));
        }
    }
    Y::Map(m)
}

fn paths_of(values: &[Option<&Y>]) -> Vec<(String, T)> {
    let mut out: Vec<(String, T)> = Vec::new();
    for v in values.iter().flatten() {
        let mut ps = Vec::new();
        collect_paths(v, "", &mut ps);
        for (p, t) in ps {
            match out.iter_mut().find(|(q, _)| *q == p) {
                Some((_, qt)) if *qt != t => *qt = X,
                Some(_) => {}
                None => out.push((p, t)),
            }
        }
    }
    out
}

fn chart(rng: &mut Rng, name: &str, level: usize, user: &mut Option<Y>) -> ChartSpec {
    let mut subcharts = Vec::new();
    if level == 0 {
        for i in 0..rng.below(3) {
            let sname = format!("sub{i}");
            let dep = Dep {
                name: sname.clone(),
                alias: rng.chance(20).then(|| format!("al{i}")),
                condition: rng.chance(40).then(|| format!("{sname}.enabled")),
                tags: if rng.chance(20) {
                    vec!["t1".into()]
                } else {
                    vec![]
                },
                imports: if rng.chance(20) {
                    vec![
                        rng.pick(&[
                            "{child: nested, parent: imported}",
                            "data",
                            "{child: a, parent: b}",
                        ])
                        .to_string(),
                    ]
                } else {
                    vec![]
                },
            };
            subcharts.push((dep, chart(rng, &sname, level + 1, &mut None)));
        }
    }
    let sub_keys: Vec<String> = subcharts
        .iter()
        .map(|(d, _)| d.alias.clone().unwrap_or(d.name.clone()))
        .collect();
    let mut values = rng.chance(85).then(|| values(rng, &sub_keys));
    if level > 0 && rng.chance(30) {
        let exports = Y::Map(vec![(
            "data".into(),
            Y::Map(vec![("fromsub".into(), Y::Scalar("1".into()))]),
        )]);
        if let Some(Y::Map(m)) = &mut values {
            m.push(("exports".into(), exports));
        }
    }
    if level == 0 && rng.chance(70) {
        *user = Some(self::values(rng, &sub_keys));
    }
    let paths = paths_of(&[user.as_ref(), values.as_ref()]);
    let defines: Vec<String> = (0..rng.below(3)).map(|i| format!("{name}.d{i}")).collect();
    let mut g = Gen {
        rng,
        vars: Vec::new(),
        moved_dot: false,
        defines: Vec::new(),
        paths,
        depth: 0,
    };
    let mut defs = Vec::new();
    for d in &defines {
        defs.push((d.clone(), g.nodes(3)));
        g.defines.push(d.clone());
    }
    let templates = (0..1 + g.rng.below(2))
        .map(|i| (format!("t{i}"), g.nodes(6)))
        .collect();
    ChartSpec {
        name: name.into(),
        values,
        templates,
        defines: defs,
        subcharts,
    }
}

/// The case for `seed`.
pub fn case(seed: u64) -> Case {
    let mut rng = Rng::new(seed);
    let mut user = None;
    let chart = chart(&mut rng, "top", 0, &mut user);
    Case { chart, user }
}
