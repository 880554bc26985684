//! Executes a parsed template tree against a value, with Go text/template semantics.

use std::collections::BTreeMap;
use std::rc::Rc;

use super::gofmt;
use super::parse::{Arg, Branch, Command, Fields, List, Node, Number, Pipe, Tree, Trees};
use super::value::Value;

/// A template function: receives the executor (for `include`/`tpl`) and the evaluated arguments.
pub(crate) type FuncImpl = fn(&mut Exec<'_>, Vec<Value>) -> Result<Value, String>;

/// A registered function with its arity.
#[derive(Clone, Copy, Debug)]
pub(crate) struct FuncDef {
    pub f: FuncImpl,
    pub min: usize,
    /// `None`: variadic.
    pub max: Option<usize>,
}

/// The function table of a template set.
pub(crate) type Funcs = BTreeMap<&'static str, FuncDef>;

/// Why execution stopped.
#[derive(Debug)]
pub(crate) enum Fail {
    /// An execution error: the full Go-style message.
    Err(String),
    Break,
    Continue,
}

type R<T> = Result<T, Fail>;

/// Nesting limit for `template`/`include` (Go allows 100000 on growable stacks; ours is fixed).
const MAX_DEPTH: usize = 150;

/// Behaviour for a missing map key.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum MissingKey {
    Zero,
    Error,
}

/// Executor state: the template set, variables, and the template being run.
pub(crate) struct Exec<'a> {
    pub trees: Rc<Trees>,
    pub funcs: &'a Funcs,
    pub missing_key: MissingKey,
    vars: Vec<(String, Value)>,
    depth: usize,
    name: String,
    tree: Rc<Tree>,
    /// Per-name include counters (Helm stops runaway recursion at 1000).
    pub include_counts: BTreeMap<String, usize>,
    /// Data available to Helm's functions (set by the chart engine).
    pub host: Option<Rc<dyn std::any::Any>>,
    /// Maps whose Go type is Helm's named `common.Values` (each scope, its `.Values` and
    /// `.Template`), not `map[string]interface{}`: `typeOf` names them, `dig` refuses them.
    pub named_maps: Rc<Vec<crate::template::value::Map>>,
}

impl<'a> Exec<'a> {
    /// The Go type name of `v`, knowing which maps are `common.Values`.
    pub fn go_type_name(&self, v: &Value) -> String {
        match v {
            Value::Map(m) if self.is_common_values(m) => "common.Values".into(),
            other => other.type_name(),
        }
    }

    /// A scope, its `.Template`, the root `.Values`, or the `.Values` of the scope `$` is
    /// (a subchart's `.Values` is a plain map seen from its parent, as in Go).
    fn is_common_values(&self, m: &crate::template::value::Map) -> bool {
        if self.named_maps.iter().any(|n| Rc::ptr_eq(n, m)) {
            return true;
        }
        let root = self.vars.first().map(|(_, v)| v);
        match root {
            Some(Value::Map(scope)) if self.named_maps.iter().any(|n| Rc::ptr_eq(n, scope)) => {
                matches!(scope.borrow().get("Values"), Some(Value::Map(v)) if Rc::ptr_eq(v, m))
            }
            _ => false,
        }
    }

    /// A new executor over `trees`.
    pub fn new(trees: Rc<Trees>, funcs: &'a Funcs, missing_key: MissingKey) -> Exec<'a> {
        let tree = Rc::new(Tree {
            parse_name: String::new(),
            src: "".into(),
            root: Vec::new(),
        });
        Exec {
            trees,
            funcs,
            missing_key,
            vars: Vec::new(),
            depth: 0,
            name: String::new(),
            tree,
            include_counts: BTreeMap::new(),
            named_maps: Rc::new(Vec::new()),
            host: None,
        }
    }

    /// Runs the template `name` with `data`, returning its output.
    pub fn execute(&mut self, name: &str, data: Value) -> Result<String, String> {
        let Some(tree) = self.trees.get(name).cloned() else {
            return Err(format!(
                "template: no template {name:?} associated with template \"gotpl\""
            ));
        };
        if self.depth >= MAX_DEPTH {
            return Err(format!(
                "template: {name}: exceeded maximum template depth ({MAX_DEPTH})"
            ));
        }
        let saved_vars = std::mem::replace(&mut self.vars, vec![("$".to_string(), data.clone())]);
        let saved_name = std::mem::replace(&mut self.name, name.to_string());
        let saved_tree = std::mem::replace(&mut self.tree, tree.clone());
        self.depth += 1;
        let mut out = String::new();
        let r = self.walk_list(&mut out, &data, &tree.root);
        self.depth -= 1;
        self.vars = saved_vars;
        self.name = saved_name;
        self.tree = saved_tree;
        match r {
            Ok(()) => Ok(out),
            Err(Fail::Err(e)) => Err(e),
            Err(_) => Err("template: break or continue outside range".into()),
        }
    }

    fn location(&self, pos: usize) -> String {
        let src = &self.tree.src;
        let pos = pos.min(src.len());
        let before = &src[..pos];
        let line = 1 + before.matches('\n').count();
        // Go reports the byte offset from the start of the line (0-based)
        let col = match before.rfind('\n') {
            Some(k) => pos - k - 1,
            None => pos,
        };
        format!("{}:{line}:{col}", self.tree.parse_name)
    }

    /// `context` is only formatted when an error actually happens: building it eagerly for every
    /// call and field access used to be a large share of execution time.
    fn error(
        &self,
        pos: usize,
        context: &dyn std::fmt::Display,
        msg: impl std::fmt::Display,
    ) -> Fail {
        Fail::Err(format!(
            "template: {}: executing {:?} at <{}>: {}",
            self.location(pos),
            self.name,
            context,
            msg
        ))
    }

    fn walk_list(&mut self, out: &mut String, dot: &Value, list: &List) -> R<()> {
        for node in list {
            self.walk(out, dot, node)?;
        }
        Ok(())
    }

    fn walk(&mut self, out: &mut String, dot: &Value, node: &Node) -> R<()> {
        match node {
            Node::Text(t) => {
                // `self.tree` is the tree being walked (`execute` and `template` switch it)
                out.push_str(self.tree.src.get(t.clone()).unwrap_or_default());
                Ok(())
            }
            Node::Action(pipe) => {
                let v = self.eval_pipeline(dot, pipe)?;
                if pipe.decl.is_empty() {
                    self.print_value(out, pipe, &v)?;
                }
                Ok(())
            }
            Node::If(b) => self.walk_if_with(out, dot, b, false),
            Node::With(b) => self.walk_if_with(out, dot, b, true),
            Node::Range(b) => self.walk_range(out, dot, b),
            Node::Break => Err(Fail::Break),
            Node::Continue => Err(Fail::Continue),
            Node::Template { pos, name, pipe } => {
                let Some(tree) = self.trees.get(name).cloned() else {
                    let ctx = match pipe {
                        Some(p) => format!("{{{{template {name:?} {p}}}}}"),
                        None => format!("{{{{template {name:?}}}}}"),
                    };
                    return Err(self.error(*pos, &ctx, format!("template {name:?} not defined")));
                };
                if self.depth >= MAX_DEPTH {
                    return Err(self.error(
                        *pos,
                        name,
                        format!("exceeded maximum template depth ({MAX_DEPTH})"),
                    ));
                }
                let new_dot = match pipe {
                    Some(p) => self.eval_pipeline(dot, p)?,
                    None => Value::Nil,
                };
                let saved_vars =
                    std::mem::replace(&mut self.vars, vec![("$".to_string(), new_dot.clone())]);
                let saved_name = std::mem::replace(&mut self.name, name.clone());
                let saved_tree = std::mem::replace(&mut self.tree, tree.clone());
                self.depth += 1;
                let r = self.walk_list(out, &new_dot, &tree.root);
                self.depth -= 1;
                self.vars = saved_vars;
                self.name = saved_name;
                self.tree = saved_tree;
                r
            }
        }
    }

    fn print_value(&self, out: &mut String, pipe: &Pipe, v: &Value) -> R<()> {
        match v {
            Value::Nil => out.push_str("<no value>"),
            // fmt.Stringer, reached through an addressable struct as Go's printValue does
            Value::Object(o) if o.methods.contains_key("String") => {
                if let Some(Ok(Value::Str(text))) = o.methods.get("String").map(|m| m(&[])) {
                    out.push_str(&text);
                }
            }
            Value::Object(o)
                if o.display.is_none()
                    && !o.map_like
                    && !o.methods.is_empty()
                    && o.fields.is_empty() =>
            {
                return Err(self.error(
                    pipe.pos,
                    pipe,
                    format!("can't print {} of type {}", pipe, o.type_name),
                ));
            }
            other => out.push_str(&gofmt::sprint_value(other)),
        }
        Ok(())
    }

    fn walk_if_with(&mut self, out: &mut String, dot: &Value, b: &Branch, with: bool) -> R<()> {
        let mark = self.vars.len();
        let r = (|| {
            let val = self.eval_pipeline(dot, &b.pipe)?;
            if val.is_true() {
                if with {
                    self.walk_list(out, &val, &b.list)
                } else {
                    self.walk_list(out, dot, &b.list)
                }
            } else if let Some(e) = &b.else_list {
                self.walk_list(out, dot, e)
            } else {
                Ok(())
            }
        })();
        self.vars.truncate(mark);
        r
    }

    fn walk_range(&mut self, out: &mut String, dot: &Value, b: &Branch) -> R<()> {
        let mark = self.vars.len();
        let r = self.walk_range_inner(out, dot, b);
        self.vars.truncate(mark);
        match r {
            Err(Fail::Break) => Ok(()),
            other => other,
        }
    }

    fn walk_range_inner(&mut self, out: &mut String, dot: &Value, b: &Branch) -> R<()> {
        let val = self.eval_pipeline(dot, &b.pipe)?;
        // Ranging over an integer is lazy: `range 1000000000` must not allocate first.
        let items: Box<dyn Iterator<Item = (Value, Value)>> = match &val {
            Value::List(_) | Value::StrList(_) | Value::Bytes(_) => Box::new(
                val.as_list()
                    .unwrap_or_default()
                    .into_iter()
                    .enumerate()
                    .map(|(i, v)| (Value::Int(i as i64), v)),
            ),
            Value::Map(m) => Box::new(
                m.borrow()
                    .iter()
                    .map(|(k, v)| (Value::str(k.as_str()), v.clone()))
                    .collect::<Vec<_>>()
                    .into_iter(),
            ),
            // Go map types with methods (Helm's `files`) range like maps
            Value::Object(o) if o.is_go_map() => Box::new(
                o.fields
                    .iter()
                    .map(|(k, v)| (Value::str(k.as_str()), v.clone()))
                    .collect::<Vec<_>>()
                    .into_iter(),
            ),
            Value::Object(o) if o.type_name == "common.VersionSet" => Box::new(
                o.fields
                    .values()
                    .enumerate()
                    .map(|(i, v)| (Value::Int(i as i64), v.clone()))
                    .collect::<Vec<_>>()
                    .into_iter(),
            ),
            Value::Int(n) | Value::Int64(n) => {
                if b.pipe.decl.len() > 1 {
                    return Err(self.error(
                        b.pipe.pos,
                        &b.pipe,
                        format!("can't use {n} to iterate over more than one variable"),
                    ));
                }
                Box::new((0..*n).map(|i| (Value::Int(i), Value::Int(i))))
            }
            Value::Nil => Box::new(std::iter::empty()),
            other => {
                return Err(self.error(
                    b.pipe.pos,
                    &b.pipe,
                    format!("range can't iterate over {}", gofmt::sprint_value(other)),
                ));
            }
        };
        let mut items = items.peekable();
        if items.peek().is_none() {
            if let Some(e) = &b.else_list {
                return self.walk_list(out, dot, e);
            }
            return Ok(());
        }
        let mark = self.vars.len();
        for (index, elem) in items {
            let n = b.pipe.decl.len();
            if n > 0 {
                if b.pipe.is_assign {
                    if n > 1 {
                        self.set_var(&b.pipe.decl[0], index.clone());
                        self.set_var(&b.pipe.decl[1], elem.clone());
                    } else {
                        self.set_var(&b.pipe.decl[0], elem.clone());
                    }
                } else {
                    let len = self.vars.len();
                    self.vars[len - 1].1 = elem.clone();
                    if n > 1 {
                        self.vars[len - 2].1 = index.clone();
                    }
                }
            }
            let r = self.walk_list(out, &elem, &b.list);
            self.vars.truncate(mark);
            match r {
                Ok(()) | Err(Fail::Continue) => {}
                Err(e) => return Err(e),
            }
        }
        Ok(())
    }

    fn set_var(&mut self, name: &str, v: Value) {
        if let Some(slot) = self.vars.iter_mut().rev().find(|(n, _)| n == name) {
            slot.1 = v;
        }
    }

    fn var_value(&self, name: &str) -> Value {
        self.vars
            .iter()
            .rev()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    }

    pub(crate) fn eval_pipeline(&mut self, dot: &Value, pipe: &Pipe) -> R<Value> {
        let mut value: Option<Value> = None;
        for cmd in &pipe.cmds {
            value = Some(self.eval_command(dot, cmd, value)?);
        }
        let value = value.unwrap_or_default();
        for d in &pipe.decl {
            if pipe.is_assign {
                self.set_var(d, value.clone());
            } else {
                self.vars.push((d.clone(), value.clone()));
            }
        }
        Ok(value)
    }

    fn not_a_function(&self, cmd: &Command, final_: &Option<Value>) -> R<()> {
        if cmd.args.len() > 1 || final_.is_some() {
            return Err(self.error(
                cmd.args[0].pos(),
                &cmd.args[0],
                format!("can't give argument to non-function {}", cmd.args[0]),
            ));
        }
        Ok(())
    }

    fn eval_command(&mut self, dot: &Value, cmd: &Command, final_: Option<Value>) -> R<Value> {
        let first = &cmd.args[0];
        match first {
            Arg::Field(pos, fields) => {
                self.eval_field_chain(dot, dot.clone(), *pos, first, fields, &cmd.args, final_)
            }
            Arg::Chain(pos, inner, fields) => {
                if matches!(**inner, Arg::Nil(_)) {
                    return Err(self.error(
                        *pos,
                        first,
                        format!("indirection through explicit nil in {first}"),
                    ));
                }
                let recv = self.eval_arg(dot, inner)?;
                self.eval_field_chain(dot, recv, *pos, first, fields, &cmd.args, final_)
            }
            Arg::Ident(_, name, def) => {
                self.eval_function(dot, name, *def, cmd.pos, cmd, &cmd.args, final_)
            }
            Arg::Pipe(_, p) => {
                self.not_a_function(cmd, &final_)?;
                let mark = self.vars.len();
                let r = self.eval_pipeline(dot, p);
                self.vars.truncate(mark);
                r
            }
            Arg::Var(pos, name, fields) => {
                let v = self.var_value(name);
                if fields.is_empty() {
                    self.not_a_function(cmd, &final_)?;
                    return Ok(v);
                }
                self.eval_field_chain(dot, v, *pos, first, fields, &cmd.args, final_)
            }
            Arg::Nil(pos) => Err(self.error(*pos, &"nil", "nil is not a command")),
            other => {
                self.not_a_function(cmd, &final_)?;
                self.eval_arg(dot, other)
            }
        }
    }

    /// Evaluates an argument in a function's argument position.
    fn eval_arg(&mut self, dot: &Value, arg: &Arg) -> R<Value> {
        match arg {
            Arg::Dot(_) => Ok(dot.clone()),
            Arg::Nil(_) => Ok(Value::Nil),
            Arg::Bool(_, b) => Ok(Value::Bool(*b)),
            Arg::Str(_, s) => Ok(Value::Str(s.clone())),
            Arg::Number(_, n, _) => Ok(match n {
                Number::Int(i) => Value::Int(*i),
                Number::Float(f) => Value::Float(*f),
            }),
            Arg::Field(pos, fields) => self.eval_field_chain(
                dot,
                dot.clone(),
                *pos,
                arg,
                fields,
                std::slice::from_ref(arg),
                None,
            ),
            Arg::Var(pos, name, fields) => {
                let v = self.var_value(name);
                if fields.is_empty() {
                    return Ok(v);
                }
                self.eval_field_chain(dot, v, *pos, arg, fields, std::slice::from_ref(arg), None)
            }
            Arg::Chain(pos, inner, fields) => {
                if matches!(**inner, Arg::Nil(_)) {
                    return Err(self.error(
                        *pos,
                        arg,
                        format!("indirection through explicit nil in {arg}"),
                    ));
                }
                let recv = self.eval_arg(dot, inner)?;
                self.eval_field_chain(
                    dot,
                    recv,
                    *pos,
                    arg,
                    fields,
                    std::slice::from_ref(arg),
                    None,
                )
            }
            Arg::Pipe(_, p) => {
                let mark = self.vars.len();
                let r = self.eval_pipeline(dot, p);
                self.vars.truncate(mark);
                r
            }
            Arg::Ident(pos, name, def) => {
                self.eval_function(dot, name, *def, *pos, arg, std::slice::from_ref(arg), None)
            }
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn eval_field_chain(
        &mut self,
        dot: &Value,
        mut recv: Value,
        pos: usize,
        ctx: &dyn std::fmt::Display,
        fields: &Fields,
        args: &[Arg],
        final_: Option<Value>,
    ) -> R<Value> {
        let n = fields.len();
        // a value read out of a map is an `interface {}` to Go (its errors say so)
        let mut from_map = false;
        for (i, f) in fields.iter().enumerate() {
            let last = i + 1 == n;
            let (a, fin) = if last {
                (args, final_.clone())
            } else {
                (&args[..0], None)
            };
            let next_from_map = matches!(recv, Value::Map(_));
            recv = self.eval_field(dot, f, pos, ctx, a, fin, recv, from_map)?;
            from_map = next_from_map;
        }
        Ok(recv)
    }

    #[allow(clippy::too_many_arguments)]
    fn eval_field(
        &mut self,
        dot: &Value,
        name: &str,
        pos: usize,
        ctx: &dyn std::fmt::Display,
        args: &[Arg],
        final_: Option<Value>,
        recv: Value,
        from_map: bool,
    ) -> R<Value> {
        let has_args = args.len() > 1 || final_.is_some();
        match &recv {
            Value::Nil => {
                if from_map {
                    return Err(self.error(
                        pos,
                        ctx,
                        format!("nil pointer evaluating interface {{}}.{name}"),
                    ));
                }
                if self.missing_key == MissingKey::Error {
                    return Err(self.error(
                        pos,
                        ctx,
                        format!("nil data; no entry for key {name:?}"),
                    ));
                }
                Ok(Value::Nil)
            }
            Value::Map(m) => {
                if has_args {
                    return Err(self.error(
                        pos,
                        ctx,
                        format!("{name} is not a method but has arguments"),
                    ));
                }
                let got = m.borrow().get(name).cloned();
                match got {
                    Some(v) => Ok(v),
                    None if self.missing_key == MissingKey::Error => {
                        Err(self.error(pos, ctx, format!("map has no entry for key {name:?}")))
                    }
                    None => Ok(Value::Nil),
                }
            }
            Value::Object(o) => {
                if let Some(m) = o.methods.get(name).cloned() {
                    let mut vals = Vec::new();
                    for a in args.iter().skip(1) {
                        vals.push(self.eval_arg(dot, a)?);
                    }
                    if let Some(f) = final_ {
                        vals.push(f);
                    }
                    return m(&vals).map_err(|e| {
                        if e.starts_with("wrong number of args") {
                            self.error(pos, ctx, e)
                        } else {
                            self.error(pos, ctx, format!("error calling {name}: {e}"))
                        }
                    });
                }
                if let Some(v) = o.fields.get(name) {
                    if has_args {
                        return Err(self.error(
                            pos,
                            ctx,
                            format!("{name} has arguments but cannot be invoked as function"),
                        ));
                    }
                    return Ok(v.clone());
                }
                let t = if from_map {
                    "interface {}".to_string()
                } else {
                    o.type_name.to_string()
                };
                Err(self.error(pos, ctx, format!("can't evaluate field {name} in type {t}")))
            }
            other => {
                let t = if from_map {
                    "interface {}".to_string()
                } else {
                    other.type_name()
                };
                Err(self.error(pos, ctx, format!("can't evaluate field {name} in type {t}")))
            }
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn eval_function(
        &mut self,
        dot: &Value,
        name: &str,
        def: FuncDef,
        pos: usize,
        ctx: &dyn std::fmt::Display,
        args: &[Arg],
        final_: Option<Value>,
    ) -> R<Value> {
        let argn = args.len() - 1 + usize::from(final_.is_some());
        if argn < def.min || def.max.is_some_and(|m| argn > m) {
            let msg = match def.max {
                Some(m) if m == def.min => {
                    format!("wrong number of args for {name}: want {m} got {argn}")
                }
                _ => format!(
                    "wrong number of args for {name}: want at least {} got {argn}",
                    def.min
                ),
            };
            return Err(self.error(pos, ctx, msg));
        }
        // and/or short-circuit
        if name == "and" || name == "or" {
            let want = name == "or";
            let mut last = Value::Nil;
            for a in &args[1..] {
                last = self.eval_arg(dot, a)?;
                if last.is_true() == want {
                    return Ok(last);
                }
            }
            if let Some(f) = final_ {
                last = f;
            }
            return Ok(last);
        }
        let mut vals = Vec::with_capacity(argn);
        for (i, a) in args[1..].iter().enumerate() {
            let v = self.eval_arg(dot, a)?;
            // A field that holds nil, written as an argument, is a nil `interface{}` to Go,
            // which a `map[string]interface{}` parameter refuses; piped in (or through a
            // variable or a call) it is an invalid value, which becomes a nil map.
            if matches!(v, Value::Nil) && is_field_access(a) && takes_map_at(name, i, argn) {
                return Err(self.error(
                    pos,
                    a,
                    "wrong type for value; expected map[string]interface {}; got interface {}"
                        .to_string(),
                ));
            }
            vals.push(v);
        }
        if let Some(f) = final_ {
            vals.push(f);
        }
        (def.f)(self, vals).map_err(|e| self.error(pos, ctx, format!("error calling {name}: {e}")))
    }

    /// Runs a function by name (used by sprig helpers that call others).
    pub fn depth(&self) -> usize {
        self.depth
    }
}

/// A field chain (`.a.b`, `$.a`, `$x.a`, `(…).a`): what Go evaluates to a zero `interface{}`
/// when the key holds nil or is missing.
fn is_field_access(a: &Arg) -> bool {
    match a {
        Arg::Field(..) | Arg::Chain(..) => true,
        Arg::Var(_, _, fields) => !fields.is_empty(),
        _ => false,
    }
}

/// Whether sprig's `name` takes a `map[string]interface{}` at argument `i` of `n`.
fn takes_map_at(name: &str, i: usize, n: usize) -> bool {
    match name {
        "keys" | "merge" | "mergeOverwrite" | "mustMerge" | "mustMergeOverwrite" => true,
        "values" | "hasKey" | "get" | "set" | "unset" | "pick" | "omit" => i == 0,
        "pluck" => i > 0,
        "dig" => i + 1 == n,
        _ => false,
    }
}
