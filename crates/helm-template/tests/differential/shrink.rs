//! Shrinking: every one-step-smaller variant of a case (a template, value, node or argument
//! dropped or replaced by a part of itself), tried in order until none still diverges.

use super::ast::{Case, ChartSpec, E, N, Trim, Y};

/// One-step-smaller variants of a case, most aggressive first.
pub fn candidates(c: &Case) -> Vec<Case> {
    let mut out = Vec::new();
    if c.user.is_some() {
        out.push(Case {
            user: None,
            ..c.clone()
        });
    }
    for ch in chart_variants(&c.chart) {
        out.push(Case {
            chart: ch,
            user: c.user.clone(),
        });
    }
    if let Some(u) = &c.user {
        for v in yaml_variants(u) {
            out.push(Case {
                user: Some(v),
                chart: c.chart.clone(),
            });
        }
    }
    out
}

fn chart_variants(c: &ChartSpec) -> Vec<ChartSpec> {
    let mut out = Vec::new();
    for i in 0..c.subcharts.len() {
        let mut x = c.clone();
        x.subcharts.remove(i);
        out.push(x);
    }
    for i in 0..c.templates.len() {
        let mut x = c.clone();
        x.templates.remove(i);
        out.push(x);
    }
    for i in 0..c.defines.len() {
        let mut x = c.clone();
        x.defines.remove(i);
        out.push(x);
    }
    if c.values.is_some() {
        out.push(ChartSpec {
            values: None,
            ..c.clone()
        });
    }
    for (i, (d, _)) in c.subcharts.iter().enumerate() {
        if d.alias.is_some() || d.condition.is_some() || !d.tags.is_empty() || !d.imports.is_empty()
        {
            let mut x = c.clone();
            let dd = &mut x.subcharts[i].0;
            dd.alias = None;
            dd.condition = None;
            dd.tags.clear();
            dd.imports.clear();
            out.push(x);
        }
    }
    for i in 0..c.templates.len() {
        for v in nodes_variants(&c.templates[i].1) {
            let mut x = c.clone();
            x.templates[i].1 = v;
            out.push(x);
        }
    }
    for i in 0..c.defines.len() {
        for v in nodes_variants(&c.defines[i].1) {
            let mut x = c.clone();
            x.defines[i].1 = v;
            out.push(x);
        }
    }
    if let Some(vals) = &c.values {
        for v in yaml_variants(vals) {
            out.push(ChartSpec {
                values: Some(v),
                ..c.clone()
            });
        }
    }
    for i in 0..c.subcharts.len() {
        for v in chart_variants(&c.subcharts[i].1) {
            let mut x = c.clone();
            x.subcharts[i].1 = v;
            out.push(x);
        }
    }
    out
}

fn yaml_variants(y: &Y) -> Vec<Y> {
    let mut out = Vec::new();
    match y {
        Y::Scalar(_) => {}
        Y::Seq(l) => {
            for i in 0..l.len() {
                let mut x = l.clone();
                x.remove(i);
                out.push(Y::Seq(x));
            }
            for i in 0..l.len() {
                for v in yaml_variants(&l[i]) {
                    let mut x = l.clone();
                    x[i] = v;
                    out.push(Y::Seq(x));
                }
            }
        }
        Y::Map(m) => {
            for i in 0..m.len() {
                let mut x = m.clone();
                x.remove(i);
                out.push(Y::Map(x));
            }
            for i in 0..m.len() {
                for v in yaml_variants(&m[i].1) {
                    let mut x = m.clone();
                    x[i].1 = v;
                    out.push(Y::Map(x));
                }
            }
        }
    }
    out
}

fn nodes_variants(ns: &[N]) -> Vec<Vec<N>> {
    let mut out = Vec::new();
    for i in 0..ns.len() {
        let mut x = ns.to_vec();
        x.remove(i);
        out.push(x);
    }
    for i in 0..ns.len() {
        for body in bodies(&ns[i]) {
            let mut x = ns[..i].to_vec();
            x.extend(body);
            x.extend_from_slice(&ns[i + 1..]);
            out.push(x);
        }
        for v in node_variants(&ns[i]) {
            let mut x = ns.to_vec();
            x[i] = v;
            out.push(x);
        }
    }
    out
}

fn bodies(n: &N) -> Vec<Vec<N>> {
    match n {
        N::If(_, br, els) => br.iter().map(|b| b.1.clone()).chain(els.clone()).collect(),
        N::Range(_, _, _, b, els) | N::With(_, _, b, els) => {
            std::iter::once(b.clone()).chain(els.clone()).collect()
        }
        _ => Vec::new(),
    }
}

fn node_variants(n: &N) -> Vec<N> {
    let mut out = Vec::new();
    match n {
        N::Text(t) if t.len() > 1 => out.push(N::Text(t[..1].to_string())),
        N::Out(t, e) => {
            if t.0 || t.1 {
                out.push(N::Out(Trim::default(), e.clone()));
            }
            out.extend(expr_variants(e).into_iter().map(|v| N::Out(*t, v)));
        }
        N::Assign(t, v, d, e) => {
            out.extend(
                expr_variants(e)
                    .into_iter()
                    .map(|x| N::Assign(*t, v.clone(), *d, x)),
            );
        }
        N::If(t, br, els) => {
            if els.is_some() {
                out.push(N::If(*t, br.clone(), None));
            }
            if br.len() > 1 {
                for i in 0..br.len() {
                    let mut x = br.clone();
                    x.remove(i);
                    out.push(N::If(*t, x, els.clone()));
                }
            }
            for i in 0..br.len() {
                for c in expr_variants(&br[i].0) {
                    let mut x = br.clone();
                    x[i].0 = c;
                    out.push(N::If(*t, x, els.clone()));
                }
                for b in nodes_variants(&br[i].1) {
                    let mut x = br.clone();
                    x[i].1 = b;
                    out.push(N::If(*t, x, els.clone()));
                }
            }
            if let Some(e) = els {
                for b in nodes_variants(e) {
                    out.push(N::If(*t, br.clone(), Some(b)));
                }
            }
        }
        N::Range(t, vars, e, body, els) => {
            if els.is_some() {
                out.push(N::Range(*t, vars.clone(), e.clone(), body.clone(), None));
            }
            for x in expr_variants(e) {
                out.push(N::Range(*t, vars.clone(), x, body.clone(), els.clone()));
            }
            for b in nodes_variants(body) {
                out.push(N::Range(*t, vars.clone(), e.clone(), b, els.clone()));
            }
        }
        N::With(t, e, body, els) => {
            if els.is_some() {
                out.push(N::With(*t, e.clone(), body.clone(), None));
            }
            for x in expr_variants(e) {
                out.push(N::With(*t, x, body.clone(), els.clone()));
            }
            for b in nodes_variants(body) {
                out.push(N::With(*t, e.clone(), b, els.clone()));
            }
        }
        _ => {}
    }
    out
}

fn expr_variants(e: &E) -> Vec<E> {
    let mut out = Vec::new();
    match e {
        E::Atom(_) => {}
        E::Call(f, args) => {
            out.extend(args.iter().cloned());
            for i in 0..args.len() {
                for v in expr_variants(&args[i]) {
                    let mut x = args.clone();
                    x[i] = v;
                    out.push(E::Call(f.clone(), x));
                }
            }
        }
        E::Pipe(h, stages) => {
            out.push((**h).clone());
            for (i, (f, args)) in stages.iter().enumerate() {
                let mut a = args.clone();
                a.push((**h).clone());
                if stages.len() == 1 {
                    out.push(E::Call(f.clone(), a));
                }
                let _ = i;
            }
            for v in expr_variants(h) {
                out.push(E::Pipe(Box::new(v), stages.clone()));
            }
            for (i, (f, args)) in stages.iter().enumerate() {
                for j in 0..args.len() {
                    for v in expr_variants(&args[j]) {
                        let mut s = stages.clone();
                        let mut a = args.clone();
                        a[j] = v;
                        s[i] = (f.clone(), a);
                        out.push(E::Pipe(h.clone(), s));
                    }
                }
            }
        }
    }
    out
}
