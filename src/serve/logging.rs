//! Log output of `flux serve`: JSON lines with the keys Flux's zap logger writes (`level`, `ts`, `msg`, plus
//! each field), or human-readable text, at the chosen level.

use std::fmt;
use std::io::IsTerminal;

use tracing::{Event, Subscriber};
use tracing_subscriber::EnvFilter;
use tracing_subscriber::fmt::format::Writer;
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
        Encoding::Json => builder.event_format(ZapJson).try_init(),
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
                fields.insert("controller".into(), span.name().into());
                if let Some(ext) = span
                    .extensions()
                    .get::<tracing_subscriber::fmt::FormattedFields<N>>()
                {
                    for pair in ext.fields.split(' ') {
                        if let Some((k, v)) = pair.split_once('=') {
                            fields.insert(k.into(), v.trim_matches('"').into());
                        }
                    }
                }
            }
        }
        fields.extend(visitor.0);
        writeln!(writer, "{}", serde_json::Value::Object(fields))
    }
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

    #[test]
    fn console_logs_are_plain_off_a_terminal_or_with_no_color() {
        assert!(!colours_wanted(false, None));
        assert!(!colours_wanted(true, Some("1".into())));
        assert!(colours_wanted(true, Some("".into())));
        assert!(colours_wanted(true, None));
    }
}
