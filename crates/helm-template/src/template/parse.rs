//! Parses tokens into a tree, following Go's text/template/parse grammar.

use std::collections::BTreeMap;
use std::fmt;
use std::rc::Rc;

use super::exec::FuncDef;
use super::lex::{Tok, Token, lex};

/// A parsed list of nodes.
pub(crate) type List = Vec<Node>;

#[derive(Debug, Clone)]
pub(crate) enum Node {
    /// A byte range of the tree's source: text is not copied out of it.
    Text(std::ops::Range<usize>),
    Action(Pipe),
    If(Branch),
    With(Branch),
    Range(Branch),
    Template {
        pos: usize,
        name: String,
        pipe: Option<Pipe>,
    },
    Break,
    Continue,
}

#[derive(Debug, Clone)]
pub(crate) struct Branch {
    pub pipe: Pipe,
    pub list: List,
    pub else_list: Option<List>,
}

#[derive(Debug, Clone)]
pub(crate) struct Pipe {
    pub pos: usize,
    pub decl: Vec<String>,
    pub is_assign: bool,
    pub cmds: Vec<Command>,
}

#[derive(Debug, Clone)]
pub(crate) struct Command {
    pub pos: usize,
    pub args: Vec<Arg>,
}

/// A chain of field names (`.a.b.c`) kept as one string `a.b.c`: one allocation rather than one
/// per name, since parse trees are large, short-lived and dominated by field references. Names
/// come from the lexer and never hold a dot.
#[derive(Debug, Clone, Default)]
pub(crate) struct Fields(Box<str>);

impl Fields {
    fn one(name: &str) -> Fields {
        Fields(name.into())
    }
    fn extend<'x>(&mut self, names: impl IntoIterator<Item = &'x str>) {
        let mut s = String::from(std::mem::take(&mut self.0));
        for n in names {
            if !s.is_empty() {
                s.push('.');
            }
            s.push_str(n);
        }
        self.0 = s.into();
    }
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    pub fn len(&self) -> usize {
        if self.0.is_empty() {
            0
        } else {
            1 + self.0.bytes().filter(|b| *b == b'.').count()
        }
    }
    pub fn iter(&self) -> impl Iterator<Item = &str> {
        (!self.0.is_empty())
            .then(|| self.0.split('.'))
            .into_iter()
            .flatten()
    }
}

impl fmt::Display for Fields {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0.is_empty() {
            return Ok(());
        }
        write!(f, ".{}", self.0)
    }
}

#[derive(Debug, Clone)]
pub(crate) enum Arg {
    Field(usize, Fields),
    Var(usize, String, Fields),
    Chain(usize, Box<Arg>, Fields),
    /// A function: its name, borrowed from the function table, and its definition, looked up
    /// once here rather than on every call.
    Ident(usize, &'static str, FuncDef),
    Pipe(usize, Box<Pipe>),
    Str(usize, Rc<str>),
    Number(usize, Number, String),
    Bool(usize, bool),
    Nil(usize),
    Dot(usize),
}

#[derive(Debug, Clone, Copy)]
pub(crate) enum Number {
    Int(i64),
    Float(f64),
}

impl Arg {
    pub fn pos(&self) -> usize {
        match self {
            Arg::Field(p, _)
            | Arg::Var(p, _, _)
            | Arg::Chain(p, _, _)
            | Arg::Ident(p, _, _)
            | Arg::Pipe(p, _)
            | Arg::Str(p, _)
            | Arg::Number(p, _, _)
            | Arg::Bool(p, _)
            | Arg::Nil(p)
            | Arg::Dot(p) => *p,
        }
    }
}

impl fmt::Display for Arg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Arg::Field(_, fs) => write!(f, "{fs}"),
            Arg::Var(_, v, fs) => write!(f, "{v}{fs}"),
            Arg::Chain(_, a, fs) => write!(f, "{a}{fs}"),
            Arg::Ident(_, n, _) => f.write_str(n),
            Arg::Pipe(_, p) => write!(f, "({p})"),
            // Go prints the literal quoted; Rust's escaping agrees for the strings charts use
            Arg::Str(_, s) => write!(f, "{s:?}"),
            Arg::Number(_, _, raw) => f.write_str(raw),
            Arg::Bool(_, b) => write!(f, "{b}"),
            Arg::Nil(_) => f.write_str("nil"),
            Arg::Dot(_) => f.write_str("."),
        }
    }
}

impl fmt::Display for Command {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, a) in self.args.iter().enumerate() {
            if i > 0 {
                f.write_str(" ")?;
            }
            write!(f, "{a}")?;
        }
        Ok(())
    }
}

impl fmt::Display for Pipe {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if !self.decl.is_empty() {
            f.write_str(&self.decl.join(", "))?;
            f.write_str(if self.is_assign { " = " } else { " := " })?;
        }
        for (i, c) in self.cmds.iter().enumerate() {
            if i > 0 {
                f.write_str(" | ")?;
            }
            write!(f, "{c}")?;
        }
        Ok(())
    }
}

/// The result of parsing one source: its main tree and the templates it defines.
pub(crate) struct Parsed {
    pub root: List,
    pub defines: Vec<(String, List)>,
}

/// A parse error with its byte offset.
pub(crate) struct ParseError {
    pub pos: usize,
    pub msg: String,
}

/// A function lookup: the table's spelling of the name and the function.
pub(crate) type FindFunc<'f> = &'f dyn Fn(&str) -> Option<(&'static str, FuncDef)>;

/// Parses `src`; `is_func` finds a known function.
pub(crate) fn parse(src: &str, is_func: FindFunc<'_>) -> Result<Parsed, ParseError> {
    let toks = lex(src).map_err(|(pos, msg)| ParseError { pos, msg })?;
    let mut p = Parser {
        toks,
        i: 0,
        defines: Vec::new(),
        vars: vec![vec!["$".to_string()]],
        range_depth: 0,
        is_func,
    };
    let root = p.parse_list(true)?;
    Ok(Parsed {
        root,
        defines: p.defines,
    })
}

struct Parser<'a, 's> {
    toks: Vec<Token<'s>>,
    i: usize,
    defines: Vec<(String, List)>,
    vars: Vec<Vec<String>>,
    range_depth: usize,
    is_func: FindFunc<'a>,
}

enum Stop {
    Eof,
    End,
    Else,
}

fn err<T>(pos: usize, msg: impl Into<String>) -> Result<T, ParseError> {
    Err(ParseError {
        pos,
        msg: msg.into(),
    })
}

impl<'s> Parser<'_, 's> {
    fn peek(&self) -> &Tok<'s> {
        &self.toks[self.i.min(self.toks.len() - 1)].tok
    }
    fn pos(&self) -> usize {
        self.toks[self.i.min(self.toks.len() - 1)].pos
    }
    fn next(&mut self) -> Token<'s> {
        let t = self.toks[self.i.min(self.toks.len() - 1)].clone();
        if self.i < self.toks.len() {
            self.i += 1;
        }
        t
    }
    fn skip_space(&mut self) {
        while matches!(self.peek(), Tok::Space) {
            self.i += 1;
        }
    }
    fn next_non_space(&mut self) -> Token<'s> {
        self.skip_space();
        self.next()
    }
    fn peek_non_space(&mut self) -> &Tok<'s> {
        self.skip_space();
        self.peek()
    }

    fn parse_list(&mut self, top: bool) -> Result<List, ParseError> {
        let (list, end) = self.parse_items(top)?;
        if top {
            return Ok(list);
        }
        match end {
            Stop::End => Ok(list),
            _ => err(self.pos(), "unexpected EOF"),
        }
    }

    /// Parses items until `{{end}}`, `{{else}}` or EOF.
    fn parse_items(&mut self, top: bool) -> Result<(List, Stop), ParseError> {
        let mut list = Vec::new();
        loop {
            let t = self.next();
            match t.tok {
                Tok::Eof => {
                    if !top {
                        return err(t.pos, "unexpected EOF");
                    }
                    return Ok((list, Stop::Eof));
                }
                Tok::Text(s) => list.push(Node::Text(t.pos..t.pos + s.len())),
                Tok::Left => {
                    let inner = self.next_non_space();
                    match inner.tok {
                        Tok::Comment => {
                            self.expect_right("comment")?;
                        }
                        Tok::Keyword("end") => {
                            self.expect_right("end")?;
                            if top {
                                return err(inner.pos, "unexpected {{end}}");
                            }
                            return Ok((list, Stop::End));
                        }
                        Tok::Keyword("else") => {
                            if top {
                                return err(inner.pos, "unexpected {{else}}");
                            }
                            return Ok((list, Stop::Else));
                        }
                        Tok::Keyword(k) => {
                            if let Some(n) = self.keyword(k, inner.pos, top)? {
                                list.push(n);
                            }
                        }
                        _ => {
                            self.i -= 1;
                            let pipe = self.pipeline("command", false)?;
                            list.push(Node::Action(pipe));
                        }
                    }
                }
                other => return err(t.pos, format!("unexpected {other:?}")),
            }
        }
    }

    fn expect_right(&mut self, ctx: &str) -> Result<(), ParseError> {
        let t = self.next_non_space();
        if t.tok != Tok::Right {
            return err(t.pos, format!("unexpected {:?} in {ctx}", t.tok));
        }
        Ok(())
    }

    fn keyword(&mut self, k: &str, pos: usize, top: bool) -> Result<Option<Node>, ParseError> {
        match k {
            "if" | "with" | "range" => Ok(Some(self.branch(k, pos)?)),
            "break" | "continue" => {
                if self.range_depth == 0 {
                    return err(pos, format!("{{{{{k}}}}} outside {{{{range}}}}"));
                }
                self.expect_right(k)?;
                Ok(Some(if k == "break" {
                    Node::Break
                } else {
                    Node::Continue
                }))
            }
            "template" => {
                self.skip_space();
                let pos = self.pos();
                let name = self.template_name("template clause")?;
                let pipe = if matches!(self.peek_non_space(), Tok::Right) {
                    self.next();
                    None
                } else {
                    Some(self.pipeline("template clause", false)?)
                };
                Ok(Some(Node::Template { pos, name, pipe }))
            }
            "define" | "block" => {
                if k == "define" && !top {
                    return err(pos, "unexpected <define> in command");
                }
                let name = self.template_name(&format!("{k} clause"))?;
                let pipe = if k == "block" {
                    Some(self.pipeline("block clause", false)?)
                } else {
                    self.expect_right("define clause")?;
                    None
                };
                let saved = std::mem::replace(&mut self.vars, vec![vec!["$".to_string()]]);
                let saved_range = std::mem::replace(&mut self.range_depth, 0);
                let body = self.parse_list(false)?;
                self.vars = saved;
                self.range_depth = saved_range;
                self.defines.push((name.clone(), body));
                if k == "block" {
                    Ok(Some(Node::Template { pos, name, pipe }))
                } else {
                    Ok(None)
                }
            }
            _ => err(pos, format!("unexpected keyword {k}")),
        }
    }

    fn template_name(&mut self, ctx: &str) -> Result<String, ParseError> {
        let t = self.next_non_space();
        match t.tok {
            Tok::Str(s) => Ok(s.to_string()),
            other => err(t.pos, format!("unexpected {other:?} in {ctx}")),
        }
    }

    fn branch(&mut self, k: &str, pos: usize) -> Result<Node, ParseError> {
        self.vars.push(Vec::new());
        let pipe = self.pipeline(k, k == "range")?;
        if k == "range" {
            self.range_depth += 1;
        }
        let (list, end) = self.parse_items(false)?;
        if k == "range" {
            self.range_depth -= 1;
        }
        let else_list = match end {
            Stop::End => None,
            Stop::Else => {
                // else, else if, else with
                let t = self.peek_non_space().clone();
                match t {
                    Tok::Keyword(kw)
                        if (kw == "if" && k == "if") || (kw == "with" && k == "with") =>
                    {
                        let p = self.pos();
                        self.next();
                        let inner = self.branch(kw, p)?;
                        // the nested branch consumed the shared {{end}}
                        Some(vec![inner])
                    }
                    _ => {
                        self.expect_right("else")?;
                        let (l, e) = self.parse_items(false)?;
                        match e {
                            Stop::End => Some(l),
                            _ => {
                                return err(self.pos(), format!("expected end; found else in {k}"));
                            }
                        }
                    }
                }
            }
            Stop::Eof => return err(pos, "unexpected EOF"),
        };
        self.vars.pop();
        let b = Branch {
            pipe,
            list,
            else_list,
        };
        Ok(match k {
            "if" => Node::If(b),
            "with" => Node::With(b),
            _ => Node::Range(b),
        })
    }

    fn has_var(&self, name: &str) -> bool {
        self.vars.iter().any(|s| s.iter().any(|v| v == name))
    }

    /// Parses a pipeline up to the closing delimiter (or `)` when nested).
    fn pipeline(&mut self, ctx: &str, allow_two: bool) -> Result<Pipe, ParseError> {
        let pos = self.pos();
        let mut decl = Vec::new();
        let mut is_assign = false;
        // declarations
        self.skip_space();
        if let Tok::Var(v) = self.peek().clone() {
            let save = self.i;
            self.next();
            self.skip_space();
            match self.peek().clone() {
                Tok::Declare | Tok::Assign => {
                    is_assign = matches!(self.peek(), Tok::Assign);
                    self.next();
                    decl.push(v.to_string());
                }
                Tok::Comma if allow_two => {
                    self.next();
                    self.skip_space();
                    if let Tok::Var(v2) = self.peek().clone() {
                        self.next();
                        self.skip_space();
                        if matches!(self.peek(), Tok::Declare | Tok::Assign) {
                            is_assign = matches!(self.peek(), Tok::Assign);
                            self.next();
                            decl.push(v.to_string());
                            decl.push(v2.to_string());
                        } else {
                            return err(self.pos(), "too many declarations in range");
                        }
                    } else {
                        return err(self.pos(), "missing variable in range declaration");
                    }
                }
                _ => self.i = save,
            }
        }
        if !is_assign {
            if let Some(last) = self.vars.last_mut() {
                last.extend(decl.iter().cloned());
            }
        } else {
            for d in &decl {
                if !self.has_var(d) {
                    return err(pos, format!("undefined variable \"{d}\""));
                }
            }
        }
        let mut cmds = Vec::new();
        loop {
            let t = self.peek_non_space().clone();
            match t {
                Tok::Right | Tok::RParen => {
                    let end = self.next();
                    if cmds.is_empty() {
                        return err(end.pos, format!("missing value for {ctx}"));
                    }
                    break;
                }
                _ => cmds.push(self.command()?),
            }
        }
        Ok(Pipe {
            pos,
            decl,
            is_assign,
            cmds,
        })
    }

    fn command(&mut self) -> Result<Command, ParseError> {
        let pos = self.pos();
        let mut args = Vec::new();
        loop {
            self.skip_space();
            let arg = self.operand()?;
            args.push(arg);
            match self.peek().clone() {
                Tok::Space => {
                    self.skip_space();
                    match self.peek() {
                        Tok::Right | Tok::RParen => break,
                        Tok::Pipe => {
                            self.next();
                            break;
                        }
                        _ => {}
                    }
                }
                Tok::Right | Tok::RParen => break,
                Tok::Pipe => {
                    self.next();
                    break;
                }
                other => return err(self.pos(), format!("unexpected {other:?} in operand")),
            }
        }
        Ok(Command { pos, args })
    }

    fn operand(&mut self) -> Result<Arg, ParseError> {
        let term = self.term()?;
        if let Tok::Field(_) = self.peek() {
            // Go positions a chain at its first trailing field
            let pos = self.pos();
            let mut fields = Vec::new();
            while let Tok::Field(f) = self.peek().clone() {
                self.next();
                fields.push(f);
            }
            return Ok(match term {
                Arg::Field(_, mut fs) => {
                    fs.extend(fields);
                    Arg::Field(pos, fs)
                }
                Arg::Var(_, v, mut fs) => {
                    fs.extend(fields);
                    Arg::Var(pos, v, fs)
                }
                Arg::Bool(..) | Arg::Str(..) | Arg::Number(..) | Arg::Nil(..) | Arg::Dot(..) => {
                    return err(pos, format!("unexpected . after term {term:?}"));
                }
                other => {
                    let mut fs = Fields::default();
                    fs.extend(fields);
                    Arg::Chain(pos, Box::new(other), fs)
                }
            });
        }
        Ok(term)
    }

    fn term(&mut self) -> Result<Arg, ParseError> {
        let t = self.next();
        Ok(match t.tok {
            Tok::Ident(name) => {
                let Some((name, def)) = (self.is_func)(name) else {
                    return err(t.pos, format!("function \"{name}\" not defined"));
                };
                Arg::Ident(t.pos, name, def)
            }
            Tok::Dot => Arg::Dot(t.pos),
            Tok::Nil => Arg::Nil(t.pos),
            Tok::Var(v) => {
                if !self.has_var(v) {
                    return err(t.pos, format!("undefined variable \"{v}\""));
                }
                Arg::Var(t.pos, v.to_string(), Fields::default())
            }
            Tok::Field(f) => Arg::Field(t.pos, Fields::one(f)),
            Tok::Bool(b) => Arg::Bool(t.pos, b),
            Tok::Char(c) => Arg::Number(t.pos, Number::Int(c), format!("{c}")),
            Tok::Number(n) => Arg::Number(
                t.pos,
                parse_number(n).map_err(|m| ParseError { pos: t.pos, msg: m })?,
                n.to_string(),
            ),
            Tok::LParen => {
                let p = self.pipeline("parenthesized pipeline", false)?;
                Arg::Pipe(t.pos, Box::new(p))
            }
            Tok::Str(s) => Arg::Str(t.pos, s),
            other => return err(t.pos, format!("unexpected {other:?} in operand")),
        })
    }
}

fn parse_number(s: &str) -> Result<Number, String> {
    let clean: String = s.chars().filter(|c| *c != '_').collect();
    let (neg, body) = match clean.strip_prefix('-') {
        Some(b) => (true, b.to_string()),
        None => (false, clean.trim_start_matches('+').to_string()),
    };
    let lower = body.to_ascii_lowercase();
    let int = if let Some(h) = lower.strip_prefix("0x") {
        i64::from_str_radix(h, 16).ok()
    } else if let Some(o) = lower.strip_prefix("0o") {
        i64::from_str_radix(o, 8).ok()
    } else if let Some(b) = lower.strip_prefix("0b") {
        i64::from_str_radix(b, 2).ok()
    } else if lower.len() > 1 && lower.starts_with('0') && lower.bytes().all(|c| c.is_ascii_digit())
    {
        i64::from_str_radix(&lower[1..], 8).ok()
    } else {
        lower.parse::<i64>().ok()
    };
    if let Some(i) = int {
        return Ok(Number::Int(if neg { -i } else { i }));
    }
    match lower.parse::<f64>() {
        Ok(f) => {
            let f = if neg { -f } else { f };
            if f.fract() == 0.0 && f.abs() < 9.2e18 && !lower.contains(['.', 'e']) {
                Ok(Number::Int(f as i64))
            } else {
                Ok(Number::Float(f))
            }
        }
        Err(_) => Err(format!("bad number syntax: {s:?}")),
    }
}

/// The templates of a set, by name.
pub(crate) type Trees = BTreeMap<String, Rc<Tree>>;

/// One named template: its body and the source it was parsed from (for error positions).
pub(crate) struct Tree {
    pub parse_name: String,
    pub src: Rc<str>,
    pub root: List,
}

/// Go's `IsEmptyTree`: only whitespace text (and comments, already dropped).
pub(crate) fn is_empty_tree(list: &List, src: &str) -> bool {
    list.iter().all(|n| match n {
        Node::Text(t) => src.get(t.clone()).is_none_or(|t| t.trim().is_empty()),
        _ => false,
    })
}
