//! Log output of `flux serve`: JSON lines with the keys Flux's zap logger writes (`level`, `ts`, `msg`, plus
//! each field), or human-readable text, at the chosen level.

use std::fmt;
use std::io::IsTerminal;

use tracing::{Event, Subscriber};
use tracing_subscriber::EnvFilter;
use tracing_subscriber::fmt::format::{JsonFields, Writer};
use tracing_subscriber::fmt::{FmtContext, FormatEvent, FormatFields};
use tracing_subscriber::registry::LookupSpan;

/// `--log-encoding` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Encoding {
    /// One JSON object per line.
    Json,
    /// Human-readable lines.
    Console,
}

/// Installs the global subscriber. `level` is `debug`, `info`, `error` (or `trace`).
pub fn init(level: &str, encoding: Encoding) {
    let filter = EnvFilter::try_new(format!(
        "{level},kube_lease_manager=warn,hyper=warn,tower=warn"
    ))
    .unwrap_or_else(|_| EnvFilter::new("info"));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    let _ = match encoding {
        // Span fields are kept as JSON (not in the console's coloured `k=v` text) so each lands as its own key.
        Encoding::Json => builder
            .with_ansi(false)
            .fmt_fields(JsonFields::new())
            .event_format(ZapJson)
            .try_init(),
        Encoding::Console => builder
            .with_ansi(colours_wanted(
                std::io::stderr().is_terminal(),
                std::env::var_os("NO_COLOR"),
            ))
            .try_init(),
    };
}

/// Colours only on a terminal, and never when `NO_COLOR` is set to anything non-empty (no-color.org): a log
/// redirected to a file stays plain text.
fn colours_wanted(terminal: bool, no_color: Option<std::ffi::OsString>) -> bool {
    terminal && no_color.is_none_or(|v| v.is_empty())
}

/// Formats events like zap's production JSON encoder.
struct ZapJson;

impl<S, N> FormatEvent<S, N> for ZapJson
where
    S: Subscriber + for<'a> LookupSpan<'a>,
    N: for<'a> FormatFields<'a> + 'static,
{
    fn format_event(
        &self,
        ctx: &FmtContext<'_, S, N>,
        mut writer: Writer<'_>,
        event: &Event<'_>,
    ) -> fmt::Result {
        let mut fields = serde_json::Map::new();
        fields.insert(
            "level".into(),
            event
                .metadata()
                .level()
                .as_str()
                .to_ascii_lowercase()
                .into(),
        );
        fields.insert(
            "ts".into(),
            k8s_openapi::jiff::Timestamp::now().to_string().into(),
        );
        let mut visitor = JsonVisitor(serde_json::Map::new());
        event.record(&mut visitor);
        let msg = visitor.0.remove("message").unwrap_or_default();
        fields.insert("msg".into(), msg);
        if let Some(scope) = ctx.event_scope() {
            for span in scope.from_root() {
                if let Some(ext) = span
                    .extensions()
                    .get::<tracing_subscriber::fmt::FormattedFields<N>>()
                    && let Ok(serde_json::Value::Object(span_fields)) =
                        serde_json::from_str::<serde_json::Value>(&ext.fields)
                {
                    fields.extend(span_fields);
                }
            }
        }
        fields.extend(visitor.0);
        object_key(&mut fields);
        writeln!(writer, "{}", serde_json::Value::Object(fields))
    }
}

/// zap's controller-runtime lines name the reconciled object under its kind too
/// (`"HelmRelease":{"name":"x","namespace":"y"}`), beside `controllerKind`, `name` and `namespace`.
fn object_key(fields: &mut serde_json::Map<String, serde_json::Value>) {
    let Some(kind) = fields.get("controllerKind").and_then(|k| k.as_str()) else {
        return;
    };
    let kind = kind.to_string();
    let mut object = serde_json::Map::new();
    for key in ["name", "namespace"] {
        if let Some(v) = fields.get(key) {
            object.insert(key.into(), v.clone());
        }
    }
    fields.insert(kind, object.into());
}

struct JsonVisitor(serde_json::Map<String, serde_json::Value>);

impl tracing::field::Visit for JsonVisitor {
    fn record_str(&mut self, field: &tracing::field::Field, value: &str) {
        self.0.insert(field.name().into(), value.into());
    }
    fn record_i64(&mut self, field: &tracing::field::Field, value: i64) {
        self.0.insert(field.name().into(), value.into());
    }
    fn record_u64(&mut self, field: &tracing::field::Field, value: u64) {
        self.0.insert(field.name().into(), value.into());
    }
    fn record_bool(&mut self, field: &tracing::field::Field, value: bool) {
        self.0.insert(field.name().into(), value.into());
    }
    fn record_debug(&mut self, field: &tracing::field::Field, value: &dyn fmt::Debug) {
        self.0
            .insert(field.name().into(), format!("{value:?}").into());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A line logged inside a reconcile carries the keys `flux logs` filters on, and no terminal escapes.
    #[test]
    fn json_lines_carry_the_reconciled_object() {
        use std::sync::{Arc, Mutex};
        #[derive(Clone, Default)]
        struct Buffer(Arc<Mutex<Vec<u8>>>);
        impl std::io::Write for Buffer {
            fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
                self.0
                    .lock()
                    .map_err(|_| std::io::ErrorKind::Other)?
                    .extend_from_slice(b);
                Ok(b.len())
            }
            fn flush(&mut self) -> std::io::Result<()> {
                Ok(())
            }
        }
        let buffer = Buffer::default();
        let out = buffer.clone();
        let subscriber = tracing_subscriber::fmt()
            .with_writer(move || out.clone())
            .with_ansi(false)
            .fmt_fields(JsonFields::new())
            .event_format(ZapJson)
            .finish();
        let hr: crate::api::helm::HelmRelease = serde_json::from_value(serde_json::json!({
            "apiVersion": "helm.toolkit.fluxcd.io/v2", "kind": "HelmRelease",
            "metadata": {"name": "web", "namespace": "apps"},
            "spec": {"interval": "1m"}
        }))
        .expect("a HelmRelease");
        tracing::subscriber::with_default(subscriber, || {
            let span = crate::controllers::runtime::reconcile_span(&hr);
            let _in = span.enter();
            tracing::error!(reason = "InstallFailed", "install failed: boom");
        });
        let text = String::from_utf8(buffer.0.lock().expect("buffer").clone()).expect("UTF-8");
        assert!(!text.contains('\u{1b}'), "{text}");
        let line: serde_json::Value = serde_json::from_str(text.trim()).expect("one JSON line");
        assert_eq!(line["level"], "error");
        assert_eq!(line["msg"], "install failed: boom");
        assert_eq!(line["controller"], "helmrelease");
        assert_eq!(line["controllerGroup"], "helm.toolkit.fluxcd.io");
        assert_eq!(line["controllerKind"], "HelmRelease");
        assert_eq!(line["name"], "web");
        assert_eq!(line["namespace"], "apps");
        assert_eq!(
            line["HelmRelease"],
            serde_json::json!({"name": "web", "namespace": "apps"})
        );
        assert_eq!(line["reason"], "InstallFailed");
    }

    #[test]
    fn console_logs_are_plain_off_a_terminal_or_with_no_color() {
        assert!(!colours_wanted(false, None));
        assert!(!colours_wanted(true, Some("1".into())));
        assert!(colours_wanted(true, Some("".into())));
        assert!(colours_wanted(true, None));
    }
}
