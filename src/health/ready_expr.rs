//! `dependsOn[].readyExpr`: a boolean CEL expression over the dependant (`self`) and the dependency (`dep`).

use std::sync::Arc;

use cel::common::ast::{EntryExpr, Expr, MapExpr, StructExpr};
use cel::{Context, IdedExpr};
use serde_json::Value;

use super::cel::{ENV, Expression, InvalidExpression, ParseError, to_cel};

/// A compiled `dependsOn[].readyExpr`.
#[derive(Debug)]
pub struct ReadyExpr {
    expr: Expression,
}

/// Compiles a `readyExpr`. Only `self` (the dependant Kustomization) and `dep` (the dependency) may be
/// referenced, as Flux declares nothing else. The caller wraps an error as Flux does:
/// `failed to evaluate dependency <name>: <error>` (a terminal error).
pub fn compile_ready_expr(expr: &str) -> Result<ReadyExpr, InvalidExpression> {
    let parsed = Expression::parse(expr).map_err(InvalidExpression::ReadyExpr)?;
    let mut undeclared = Vec::new();
    free_variables(
        parsed.program.expression(),
        &mut Vec::new(),
        &mut undeclared,
    );
    if !undeclared.is_empty() {
        let info = parsed.program.source_info();
        let issues = undeclared
            .iter()
            .map(|(name, id)| {
                let at = info.offset_for(*id).map_or(0, |(start, _)| start as usize);
                undeclared_issue(expr, name, at)
            })
            .collect::<Vec<_>>()
            .join("\n");
        return Err(InvalidExpression::ReadyExpr(ParseError {
            expr: expr.to_string(),
            issues,
        }));
    }
    Ok(ReadyExpr { expr: parsed })
}

/// Identifiers a `readyExpr` may use without declaring them: Flux's two variables, plus the type names and
/// function namespaces (`int`, `base64`, …) the parser leaves as bare identifiers.
const READY_EXPR_NAMES: &[&str] = &[
    "self",
    "dep",
    "int",
    "uint",
    "double",
    "bool",
    "string",
    "bytes",
    "list",
    "map",
    "null_type",
    "type",
    "dyn",
    "optional",
    "base64",
    "math",
    "strings",
    "google",
];

/// Collects identifiers that are neither bound by an enclosing macro (`exists(c, …)` binds `c`) nor in
/// [`READY_EXPR_NAMES`], with the node id for locating them; each name once, in source order.
fn free_variables<'a>(e: &'a IdedExpr, bound: &mut Vec<&'a str>, out: &mut Vec<(&'a str, u64)>) {
    match &e.expr {
        Expr::Ident(name) => {
            // Macro expansion introduces accumulators named `@…`; they are never user variables.
            let known = name.starts_with('@')
                || bound.contains(&name.as_str())
                || READY_EXPR_NAMES.contains(&name.as_str());
            if !known && !out.iter().any(|(n, _)| n == name) {
                out.push((name, e.id));
            }
        }
        Expr::Call(call) => {
            if let Some(target) = &call.target {
                free_variables(target, bound, out);
            }
            for arg in &call.args {
                free_variables(arg, bound, out);
            }
        }
        Expr::Comprehension(c) => {
            free_variables(&c.iter_range, bound, out);
            free_variables(&c.accu_init, bound, out);
            let depth = bound.len();
            bound.push(&c.iter_var);
            bound.extend(c.iter_var2.as_deref());
            bound.push(&c.accu_var);
            for part in [&c.loop_cond, &c.loop_step, &c.result] {
                free_variables(part, bound, out);
            }
            bound.truncate(depth);
        }
        Expr::List(list) => {
            for item in &list.elements {
                free_variables(item, bound, out);
            }
        }
        Expr::Map(MapExpr { entries }) | Expr::Struct(StructExpr { entries, .. }) => {
            for entry in entries {
                match &entry.expr {
                    EntryExpr::StructField(field) => free_variables(&field.value, bound, out),
                    EntryExpr::MapEntry(pair) => {
                        free_variables(&pair.key, bound, out);
                        free_variables(&pair.value, bound, out);
                    }
                }
            }
        }
        Expr::Select(select) => free_variables(&select.operand, bound, out),
        Expr::Literal(_) | Expr::Unspecified => {}
    }
}

/// cel-go's report for an undeclared identifier at byte offset `at`: position, then the line with a caret.
fn undeclared_issue(source: &str, name: &str, at: usize) -> String {
    let before = source.get(..at).unwrap_or(source);
    let line_no = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before[line_start..].chars().count();
    let line = source[line_start..].lines().next().unwrap_or("");
    format!(
        "ERROR: <input>:{line_no}:{}: undeclared reference to '{name}' (in container '')\n | {line}\n | {}^",
        column + 1,
        ".".repeat(column)
    )
}

impl ReadyExpr {
    /// Evaluates with `self` and `dep` bound to the two objects. An error (missing field, non-boolean
    /// result) is Flux's wording: `failed to evaluate the CEL expression '<expr>': <cause>`.
    pub fn eval(&self, self_obj: &Value, dep: &Value) -> Result<bool, String> {
        let mut ctx = Context::with_env(Arc::clone(&ENV));
        ctx.add_variable_from_value("self", to_cel(self_obj));
        ctx.add_variable_from_value("dep", to_cel(dep));
        self.expr.eval_bool(&ctx)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn ready_expr_sees_self_and_dep() {
        let expr = compile_ready_expr(
            "dep.status.conditions.exists(c, c.type == 'Ready' && c.status == 'True') && \
             self.metadata.name != dep.metadata.name",
        )
        .unwrap();
        let me = json!({"metadata": {"name": "apps"}});
        let dep = json!({"metadata": {"name": "infra"}, "status": {"conditions": [{"type": "Ready", "status": "True"}]}});
        assert_eq!(expr.eval(&me, &dep), Ok(true));
        let dep = json!({"metadata": {"name": "infra"}, "status": {"conditions": []}});
        assert_eq!(expr.eval(&me, &dep), Ok(false));
    }

    #[test]
    fn ready_expr_must_be_boolean() {
        let expr = compile_ready_expr("dep.metadata.name").unwrap();
        let dep = json!({"metadata": {"name": "infra"}});
        assert_eq!(
            expr.eval(&json!({}), &dep),
            Err("failed to evaluate CEL expression as boolean: 'dep.metadata.name'".into())
        );
    }

    #[test]
    fn ready_expr_rejects_undeclared_variables() {
        let err = compile_ready_expr("other.ready == true").unwrap_err();
        assert_eq!(
            err.to_string(),
            "failed to parse the CEL expression 'other.ready == true': ERROR: <input>:1:1: undeclared reference to \
             'other' (in container '')\n | other.ready == true\n | ^"
        );
    }

    #[test]
    fn ready_expr_syntax_error() {
        let err = compile_ready_expr("dep.status.(").unwrap_err();
        assert!(
            err.to_string().starts_with(
                "failed to parse the CEL expression 'dep.status.(': ERROR: <input>:1:"
            )
        );
    }

    #[test]
    fn undeclared_variable_is_located_like_cel_go() {
        let err = compile_ready_expr("dep.ready &&\n  foo.bar").unwrap_err();
        assert_eq!(
            err.to_string(),
            "failed to parse the CEL expression 'dep.ready &&\n  foo.bar': ERROR: <input>:2:3: undeclared reference \
             to 'foo' (in container '')\n |   foo.bar\n | ..^"
        );
    }

    #[test]
    fn macro_variables_and_namespaces_are_not_undeclared() {
        let expr = compile_ready_expr(
            "dep.status.conditions.all(c, c.status == 'True') && base64.encode(b'a') == 'YQ==' && \
             [1, 2].map(x, x * 2).exists(y, y == 4)",
        )
        .unwrap();
        let dep = json!({"status": {"conditions": [{"status": "True"}]}});
        assert_eq!(expr.eval(&json!({}), &dep), Ok(true));
    }

    #[test]
    fn missing_field_is_an_evaluation_error() {
        let expr =
            compile_ready_expr("dep.status.lastAppliedRevision == self.status.lastAppliedRevision")
                .unwrap();
        let err = expr
            .eval(&json!({"status": {}}), &json!({"status": {}}))
            .unwrap_err();
        assert!(
            err.starts_with(
                "failed to evaluate the CEL expression 'dep.status.lastAppliedRevision =="
            ),
            "{err}"
        );
    }
}
