//! Go's text/template: a set of named templates parsed from sources, executed against values.

pub(crate) mod builtins;
pub(crate) mod exec;
pub(crate) mod gofmt;
pub(crate) mod lex;
pub(crate) mod parse;
pub(crate) mod value;

use std::rc::Rc;

use exec::{Exec, Funcs, MissingKey};
use parse::{Tree, Trees, is_empty_tree};
pub use value::Value;

/// A set of templates sharing one namespace of `define`d names.
pub(crate) struct Set {
    pub trees: Rc<Trees>,
    pub funcs: Rc<Funcs>,
    pub missing_key: MissingKey,
    /// Maps whose Go type is `common.Values` (see [`Exec::named_maps`]).
    pub named_maps: Rc<Vec<value::Map>>,
}

impl Set {
    /// An empty set using `funcs`.
    pub fn new(funcs: Rc<Funcs>) -> Set {
        Set {
            trees: Rc::new(Trees::new()),
            funcs,
            missing_key: MissingKey::Zero,
            named_maps: Rc::new(Vec::new()),
        }
    }

    /// Parses `src` as the template `name` (Go's `t.New(name).Parse(src)`).
    ///
    /// Errors are Go's parse errors: `template: name:line: message`.
    pub fn parse(&mut self, name: &str, src: impl Into<Rc<str>>) -> Result<(), String> {
        add_parsed(Rc::make_mut(&mut self.trees), &self.funcs, name, src.into())
    }

    /// Executes the template `name` with `data`.
    pub fn execute(
        &self,
        name: &str,
        data: Value,
        host: Option<Rc<dyn std::any::Any>>,
    ) -> Result<String, String> {
        let mut ex = Exec::new(self.trees.clone(), &self.funcs, self.missing_key);
        ex.host = host;
        ex.named_maps = self.named_maps.clone();
        ex.execute(name, data)
    }
}

/// Parses `src` under `name` into `trees`, applying Go's rules for redefinitions.
pub(crate) fn add_parsed(
    trees: &mut Trees,
    funcs: &Funcs,
    name: &str,
    src: Rc<str>,
) -> Result<(), String> {
    let is_func = |n: &str| funcs.get_key_value(n).map(|(k, d)| (*k, *d));
    let parsed = parse::parse(&src, &is_func).map_err(|e| {
        let line = 1 + src[..e.pos.min(src.len())].matches('\n').count();
        format!("template: {name}:{line}: {}", e.msg)
    })?;
    let mut seen = std::collections::BTreeSet::new();
    let mut entries = vec![(name.to_string(), parsed.root)];
    entries.extend(parsed.defines);
    for (n, root) in entries {
        if !is_empty_tree(&root, &src) && !seen.insert(n.clone()) {
            return Err(format!(
                "template: {name}: template: multiple definition of template {n:?}"
            ));
        }
        let empty = is_empty_tree(&root, &src);
        if empty
            && trees
                .get(&n)
                .is_some_and(|old| !is_empty_tree(&old.root, &old.src))
        {
            continue;
        }
        trees.insert(
            n,
            Rc::new(Tree {
                parse_name: name.to_string(),
                src: src.clone(),
                root,
            }),
        );
    }
    Ok(())
}

#[cfg(test)]
mod tests;
