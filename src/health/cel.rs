//! Flux's CEL environment and a Kustomization's `spec.healthCheckExprs`, with the evaluation order and
//! error wording of fluxcd/pkg `runtime/cel`.

use std::collections::HashMap;
use std::collections::hash_map::Entry;
use std::sync::{Arc, LazyLock};

use cel::objects::Key;
use cel::{Context, Env, Program};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::fields;
use super::kstatus;
use super::{Health, Status};

/// One `spec.healthCheckExprs[]` entry: how to read the status of custom resources of one group (or of one
/// kind in it). Empty strings count as unset, as in Flux's API.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct HealthCheckExpr {
    /// Only the group is matched; the version is ignored.
    pub api_version: String,
    /// Unset: the entry covers the whole group. A kind-specific entry beats a group-wide one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// True when the object has reached its desired state.
    pub current: String,
    /// True while the object is still converging; checked first.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub in_progress: Option<String>,
    /// True when the object will not converge; checked before `current`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failed: Option<String>,
}

/// An expression that does not compile, worded as Flux words it. Flux puts this message (prefixed with
/// `Reconciliation failed terminally due to configuration error: `) on the `Ready` and `Stalled` conditions
/// with reason `InvalidCELExpression`, and does not retry until the spec changes.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum InvalidExpression {
    /// Two entries cover the same group (or the same group and kind).
    #[error("duplicate custom health check for GroupKind {group_kind} at healthchecks[{index}]")]
    Duplicate { index: usize, group_kind: String },
    /// An entry without the required `current` expression.
    #[error(
        "failed to create custom status evaluator for healthchecks[{index}]: expression Current not specified"
    )]
    MissingCurrent { index: usize },
    /// One of an entry's expressions does not parse; `field` is `Current`, `Failed` or `InProgress`.
    #[error(
        "failed to create custom status evaluator for healthchecks[{index}]: failed to parse the expression {field}: {cause}"
    )]
    HealthCheck {
        index: usize,
        field: &'static str,
        cause: ParseError,
    },
    /// A `readyExpr` that does not parse or uses a variable other than `self` and `dep`.
    #[error(transparent)]
    ReadyExpr(ParseError),
}

/// CEL source that does not parse, with the parser's `ERROR: <input>:line:col: …` report.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("failed to parse the CEL expression '{expr}': {issues}")]
pub struct ParseError {
    pub(super) expr: String,
    pub(super) issues: String,
}

/// Flux's CEL environment: the standard library plus the strings and encoders extensions. (Flux also loads
/// `sets`, which the `cel` crate does not provide.) Built once: it is immutable and shared by every program.
pub(super) static ENV: LazyLock<Arc<Env>> = LazyLock::new(|| {
    let mut env = Env::stdlib();
    for (name, result) in [
        ("strings", env.add_extension(cel::extensions::strings)),
        ("encoders", env.add_extension(cel::extensions::encoders)),
    ] {
        if let Err(e) = result {
            tracing::warn!(extension = name, error = %e, "CEL extension unavailable");
        }
    }
    Arc::new(env)
});

/// A parsed program with its source kept for error messages.
#[derive(Debug)]
pub(super) struct Expression {
    pub(super) source: String,
    pub(super) program: Program,
}

impl Expression {
    pub(super) fn parse(source: &str) -> Result<Self, ParseError> {
        let program = ENV.compile(source).map_err(|issues| ParseError {
            expr: source.to_string(),
            issues: issues.to_string(),
        })?;
        Ok(Expression {
            source: source.to_string(),
            program,
        })
    }

    pub(super) fn eval_bool(&self, ctx: &Context) -> Result<bool, String> {
        match self.program.execute(ctx) {
            Ok(cel::Value::Bool(b)) => Ok(b),
            Ok(_) => Err(format!(
                "failed to evaluate CEL expression as boolean: '{}'",
                self.source
            )),
            Err(e) => Err(format!(
                "failed to evaluate the CEL expression '{}': {e}",
                self.source
            )),
        }
    }
}

/// The result of one CEL expression evaluated in Flux's environment with `vars` bound to JSON values: the
/// entry point for expressions outside health checks (a Provider's `commitStatusExpr`, a Receiver's resource
/// filters). Errors name the expression.
pub fn evaluate(source: &str, vars: &[(&str, &Value)]) -> Result<cel::Value, String> {
    let expr = Expression::parse(source).map_err(|e| e.to_string())?;
    let mut ctx = Context::with_env(Arc::clone(&ENV));
    for (name, value) in vars {
        ctx.add_variable_from_value(*name, to_cel(value));
    }
    expr.program
        .execute(&ctx)
        .map_err(|e| format!("failed to evaluate the CEL expression '{source}': {e}"))
}

/// Converts JSON to CEL values. Integral numbers become `int` as in Go's unstructured objects, so
/// `status.replicas == 1` and `metadata.generation == status.observedGeneration` compare as users expect.
pub(super) fn to_cel(value: &Value) -> cel::Value {
    match value {
        Value::Null => cel::Value::Null,
        Value::Bool(b) => cel::Value::Bool(*b),
        Value::Number(n) => match (n.as_i64(), n.as_u64()) {
            (Some(i), _) => cel::Value::Int(i),
            (None, Some(u)) => cel::Value::UInt(u),
            (None, None) => cel::Value::Float(n.as_f64().unwrap_or(f64::NAN)),
        },
        Value::String(s) => cel::Value::String(Arc::new(s.clone())),
        Value::Array(items) => cel::Value::List(Arc::new(items.iter().map(to_cel).collect())),
        Value::Object(map) => {
            let map: HashMap<Key, cel::Value> = map
                .iter()
                .map(|(k, v)| (Key::from(k.clone()), to_cel(v)))
                .collect();
            cel::Value::Map(cel::objects::Map { map: Arc::new(map) })
        }
    }
}

/// The three expressions of one entry, evaluated in Flux's order: inProgress, failed, current.
#[derive(Debug)]
struct Evaluator {
    current: Expression,
    failed: Option<Expression>,
    in_progress: Option<Expression>,
}

impl Evaluator {
    fn compile(index: usize, hc: &HealthCheckExpr) -> Result<Self, InvalidExpression> {
        if hc.current.is_empty() {
            return Err(InvalidExpression::MissingCurrent { index });
        }
        let parse = |field: &'static str, source: &str| {
            Expression::parse(source).map_err(|cause| InvalidExpression::HealthCheck {
                index,
                field,
                cause,
            })
        };
        let optional = |field, source: &Option<String>| match source.as_deref() {
            None | Some("") => Ok(None),
            Some(s) => parse(field, s).map(Some),
        };
        let current = parse("Current", &hc.current)?;
        let failed = optional("Failed", &hc.failed)?;
        let in_progress = optional("InProgress", &hc.in_progress)?;
        Ok(Evaluator {
            current,
            failed,
            in_progress,
        })
    }

    /// Verdicts carry no message: Flux's CEL reader sets none.
    fn evaluate(&self, obj: &Value) -> Health {
        // A spec change the controller has not seen yet makes any status stale, whatever the expressions say.
        let generation = fields::field(obj, &["metadata", "generation"]).and_then(Value::as_i64);
        let observed =
            fields::field(obj, &["status", "observedGeneration"]).and_then(Value::as_i64);
        if let (Some(g), Some(o)) = (generation, observed)
            && g != o
        {
            return Health::in_progress("");
        }
        let mut ctx = Context::with_env(Arc::clone(&ENV));
        // Flux exposes the object's top-level fields (`status`, `metadata`, …) as variables; `self` is
        // added so expressions written against the whole object work too.
        let root = to_cel(obj);
        if let cel::Value::Map(map) = &root {
            for (key, value) in map.map.iter() {
                if let Key::String(name) = key {
                    ctx.add_variable_from_value(name.as_str(), value.clone());
                }
            }
        }
        ctx.add_variable_from_value("self", root);
        let steps = [
            (self.in_progress.as_ref(), Status::InProgress),
            (self.failed.as_ref(), Status::Failed),
            (Some(&self.current), Status::Current),
        ];
        for (expr, status) in steps {
            let Some(expr) = expr else { continue };
            match expr.eval_bool(&ctx) {
                Ok(true) => return Health::new(status, ""),
                Ok(false) => {}
                Err(e) => return Health::unknown(e),
            }
        }
        Health::in_progress("")
    }
}

/// Compiled `spec.healthCheckExprs`. Compile once per reconcile; [`Expressions::status`] is then cheap
/// enough to call on every watch event. `Expressions::default()` has no entries and defers to kstatus.
#[derive(Debug, Default)]
pub struct Expressions {
    by_kind: HashMap<(String, String), Evaluator>,
    by_group: HashMap<String, Evaluator>,
}

impl Expressions {
    /// Compiles a Kustomization's or HelmRelease's `spec.healthCheckExprs`.
    pub fn from_spec(
        exprs: &[crate::api::meta::HealthCheckExpression],
    ) -> Result<Self, InvalidExpression> {
        let exprs: Vec<HealthCheckExpr> = exprs
            .iter()
            .map(|e| HealthCheckExpr {
                api_version: e.api_version.clone(),
                kind: e.kind.clone(),
                current: e.current.clone(),
                in_progress: e.in_progress.clone(),
                failed: e.failed.clone(),
            })
            .collect();
        Self::compile(&exprs)
    }

    /// Validates and compiles every entry; the first invalid one is the error, reported by index.
    pub fn compile(exprs: &[HealthCheckExpr]) -> Result<Self, InvalidExpression> {
        let mut compiled = Expressions::default();
        for (index, hc) in exprs.iter().enumerate() {
            let group = fields::group_of(&hc.api_version).to_string();
            let kind = hc.kind.clone().filter(|k| !k.is_empty());
            // Go prints a GroupKind as `Kind.group`, or `Kind` for the core group.
            let group_kind = if group.is_empty() {
                kind.clone().unwrap_or_default()
            } else {
                format!("{}.{group}", kind.clone().unwrap_or_default())
            };
            let duplicate = || InvalidExpression::Duplicate { index, group_kind };
            match kind {
                Some(kind) => match compiled.by_kind.entry((group, kind)) {
                    Entry::Occupied(_) => return Err(duplicate()),
                    Entry::Vacant(slot) => {
                        slot.insert(Evaluator::compile(index, hc)?);
                    }
                },
                None => match compiled.by_group.entry(group) {
                    Entry::Occupied(_) => return Err(duplicate()),
                    Entry::Vacant(slot) => {
                        slot.insert(Evaluator::compile(index, hc)?);
                    }
                },
            }
        }
        Ok(compiled)
    }

    /// True when no entries were given.
    pub fn is_empty(&self) -> bool {
        self.by_kind.is_empty() && self.by_group.is_empty()
    }

    /// The object's health from the matching expression, or from kstatus ([`super::compute`]) when none
    /// matches. A failing expression (e.g. a field that does not exist yet) gives [`Status::Unknown`].
    pub fn status(&self, obj: &Value) -> Health {
        let (api_version, kind) = fields::type_of(obj);
        let group = fields::group_of(api_version);
        // Flux consults its Job reader before the CEL reader, so expressions never apply to batch Jobs.
        if group == "batch" && kind == "Job" {
            return kstatus::compute(obj);
        }
        let evaluator = self
            .by_kind
            .get(&(group.to_string(), kind.to_string()))
            .or_else(|| self.by_group.get(group));
        match evaluator {
            Some(evaluator) => evaluator.evaluate(obj),
            None => kstatus::compute(obj),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn widget(ready: &str) -> Value {
        json!({"apiVersion": "example.com/v1", "kind": "Widget",
            "metadata": {"name": "w", "generation": 1},
            "status": {"observedGeneration": 1, "phase": "Running",
                "conditions": [{"type": "Ready", "status": ready}]}})
    }

    fn hc(api_version: &str, kind: Option<&str>, current: &str) -> HealthCheckExpr {
        HealthCheckExpr {
            api_version: api_version.into(),
            kind: kind.map(String::from),
            current: current.into(),
            ..Default::default()
        }
    }

    #[test]
    fn current_expression_decides_current() {
        let exprs = Expressions::compile(&[hc(
            "example.com/v1",
            Some("Widget"),
            "status.conditions.filter(e, e.type == 'Ready').all(e, e.status == 'True')",
        )])
        .unwrap();
        assert_eq!(exprs.status(&widget("True")).status, Status::Current);
        assert_eq!(exprs.status(&widget("False")).status, Status::InProgress);
    }

    #[test]
    fn self_refers_to_the_object() {
        let exprs =
            Expressions::compile(&[hc("example.com/v1", None, "self.status.phase == 'Running'")])
                .unwrap();
        assert_eq!(exprs.status(&widget("False")).status, Status::Current);
    }

    #[test]
    fn failed_beats_current() {
        let mut entry = hc("example.com/v1", None, "true");
        entry.failed = Some("status.phase == 'Running'".into());
        let exprs = Expressions::compile(&[entry]).unwrap();
        assert_eq!(exprs.status(&widget("True")).status, Status::Failed);
    }

    #[test]
    fn in_progress_is_checked_first() {
        let mut entry = hc("example.com/v1", None, "true");
        entry.failed = Some("true".into());
        entry.in_progress = Some("status.phase == 'Running'".into());
        let exprs = Expressions::compile(&[entry]).unwrap();
        assert_eq!(exprs.status(&widget("True")).status, Status::InProgress);
    }

    #[test]
    fn kind_specific_entry_beats_group_wide_one_whatever_the_version() {
        let exprs = Expressions::compile(&[
            hc("example.com/v1", None, "false"),
            hc("example.com/v2beta1", Some("Widget"), "true"),
        ])
        .unwrap();
        assert_eq!(exprs.status(&widget("False")).status, Status::Current);
        let mut gadget = widget("True");
        gadget["kind"] = json!("Gadget");
        assert_eq!(exprs.status(&gadget).status, Status::InProgress);
    }

    #[test]
    fn other_groups_fall_back_to_kstatus() {
        let exprs = Expressions::compile(&[hc("other.io/v1", None, "false")]).unwrap();
        assert_eq!(exprs.status(&widget("True")).message, "Resource is Ready");
    }

    #[test]
    fn generation_lag_is_in_progress_before_any_expression() {
        let exprs = Expressions::compile(&[hc("example.com/v1", None, "true")]).unwrap();
        let mut obj = widget("True");
        obj["metadata"]["generation"] = json!(2);
        assert_eq!(exprs.status(&obj).status, Status::InProgress);
    }

    #[test]
    fn integers_compare_with_literals() {
        let exprs = Expressions::compile(&[hc(
            "example.com/v1",
            None,
            "metadata.generation == 1 && size(status.conditions) > 0",
        )])
        .unwrap();
        assert_eq!(exprs.status(&widget("True")).status, Status::Current);
    }

    #[test]
    fn failing_expression_is_unknown_with_flux_wording() {
        let exprs =
            Expressions::compile(&[hc("example.com/v1", None, "status.missing.field == 'x'")])
                .unwrap();
        let h = exprs.status(&widget("True"));
        assert_eq!(h.status, Status::Unknown);
        assert!(
            h.message.starts_with(
                "failed to evaluate the CEL expression 'status.missing.field == 'x'': "
            ),
            "{}",
            h.message
        );
    }

    #[test]
    fn invalid_expression_names_the_entry_and_field() {
        let mut entry = hc("example.com/v1", None, "true");
        entry.failed = Some("status.phase ==".into());
        let err = Expressions::compile(&[hc("a.io/v1", None, "true"), entry]).unwrap_err();
        let msg = err.to_string();
        assert!(
            msg.starts_with(
                "failed to create custom status evaluator for healthchecks[1]: failed to parse the expression \
                 Failed: failed to parse the CEL expression 'status.phase ==': ERROR: <input>:1:"
            ),
            "{msg}"
        );
    }

    #[test]
    fn missing_current_is_invalid() {
        let err = Expressions::compile(&[hc("example.com/v1", None, "")]).unwrap_err();
        assert_eq!(
            err.to_string(),
            "failed to create custom status evaluator for healthchecks[0]: expression Current not specified"
        );
    }

    #[test]
    fn duplicate_group_kind_is_invalid() {
        let err = Expressions::compile(&[
            hc("example.com/v1", Some("Widget"), "true"),
            hc("example.com/v2", Some("Widget"), "true"),
        ])
        .unwrap_err();
        assert_eq!(
            err.to_string(),
            "duplicate custom health check for GroupKind Widget.example.com at healthchecks[1]"
        );
        let err = Expressions::compile(&[
            hc("example.com/v1", None, "true"),
            hc("example.com/v1", None, "true"),
        ])
        .unwrap_err();
        assert_eq!(
            err.to_string(),
            "duplicate custom health check for GroupKind .example.com at healthchecks[1]"
        );
    }

    #[test]
    fn jobs_ignore_expressions() {
        let exprs = Expressions::compile(&[hc("batch/v1", None, "true")]).unwrap();
        let job = json!({"apiVersion": "batch/v1", "kind": "Job", "status": {}});
        assert_eq!(exprs.status(&job).status, Status::InProgress);
    }
}
