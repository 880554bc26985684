//! `flux get`: tables of Flux objects with their revision, suspension and readiness. The flags shared by every
//! `get` subcommand, the status selector and Flux's table layout live here.

pub mod source_git;

use super::Global;
use super::printer::Printer;

/// Flags of every `flux get` command.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// List the requested object(s) across all namespaces.
    #[arg(short = 'A', long = "all-namespaces", global = true)]
    pub all_namespaces: bool,

    /// Skip the header when printing the results.
    #[arg(long = "no-header", global = true)]
    pub no_header: bool,

    /// After listing the requested objects, watch for changes.
    #[arg(short = 'w', long, global = true)]
    pub watch: bool,

    /// Specify the status condition name and the desired state to filter the get result, e.g. ready=false.
    #[arg(long = "status-selector", global = true)]
    pub status_selector: Option<String>,

    /// Filter objects by label selector.
    #[arg(short = 'l', long = "label-selector", global = true)]
    pub label_selector: Option<String>,

    #[command(subcommand)]
    pub command: Command,
}

/// `flux get` subcommands.
#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// Get source statuses.
    #[command(subcommand)]
    Sources(SourcesCommand),
}

/// `flux get sources` subcommands.
#[derive(Debug, clap::Subcommand)]
pub enum SourcesCommand {
    /// Get all source statuses.
    All,
    /// Get GitRepository source statuses.
    Git,
}

/// A parsed `--status-selector`: condition type, wanted status, and whether it must differ.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatusSelector {
    pub type_: String,
    pub status: String,
    pub negate: bool,
}

impl StatusSelector {
    /// Parses `type=status` or `type!=status`.
    pub fn parse(raw: &str) -> anyhow::Result<Self> {
        let (type_, status, negate) = if let Some((t, s)) = raw.split_once("!=") {
            (t, s, true)
        } else if let Some((t, s)) = raw.split_once('=') {
            (t, s, false)
        } else {
            anyhow::bail!(
                "expected status selector in type=status or type!=status format, but found: {raw}"
            );
        };
        Ok(Self {
            type_: type_.to_string(),
            status: status.to_string(),
            negate,
        })
    }

    /// Whether an object's conditions match.
    pub fn matches(
        &self,
        conditions: &[k8s_openapi::apimachinery::pkg::apis::meta::v1::Condition],
    ) -> bool {
        let found = conditions
            .iter()
            .find(|c| c.type_.eq_ignore_ascii_case(&self.type_))
            .map(|c| c.status.eq_ignore_ascii_case(&self.status));
        match found {
            Some(eq) => eq != self.negate,
            None => self.negate,
        }
    }
}

/// Renders rows like Flux's tables: cells padded to the column width and separated by tabs; data rows end with a
/// tab, the header with a space.
pub fn render_table(header: &[&str], rows: &[Vec<String>], with_header: bool) -> String {
    let cols = header.len();
    let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    for row in rows {
        for (i, cell) in row.iter().enumerate().take(cols) {
            widths[i] = widths[i].max(cell.chars().count());
        }
    }
    let pad = |s: &str, w: usize| format!("{s}{}", " ".repeat(w.saturating_sub(s.chars().count())));
    let mut out = String::new();
    if with_header {
        let cells: Vec<String> = header
            .iter()
            .enumerate()
            .map(|(i, h)| pad(h, widths[i]))
            .collect();
        out.push_str(&cells.join("\t"));
        out.push_str(" \n");
    }
    for row in rows {
        let cells: Vec<String> = row
            .iter()
            .enumerate()
            .map(|(i, c)| pad(c, widths[i]))
            .collect();
        out.push_str(&cells.join("\t"));
        out.push_str("\t\n");
    }
    out
}

/// Runs `flux get …`.
pub async fn run(args: Args, global: &Global, out: &Printer) -> anyhow::Result<()> {
    let selector = args
        .status_selector
        .as_deref()
        .map(StatusSelector::parse)
        .transpose()?;
    match args.command {
        Command::Sources(SourcesCommand::Git) => {
            source_git::run(&args_view(&args, selector), global, out, false).await
        }
        Command::Sources(SourcesCommand::All) => {
            source_git::run(&args_view(&args, selector), global, out, true).await
        }
    }
}

/// The validated flags handed to each kind.
pub struct View {
    pub all_namespaces: bool,
    pub no_header: bool,
    pub watch: bool,
    pub status: Option<StatusSelector>,
    pub labels: Option<String>,
}

fn args_view(args: &Args, status: Option<StatusSelector>) -> View {
    View {
        all_namespaces: args.all_namespaces,
        no_header: args.no_header,
        watch: args.watch,
        status,
        labels: args.label_selector.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn selector_without_operator_is_refused_like_flux() {
        assert_eq!(
            StatusSelector::parse("Ready").unwrap_err().to_string(),
            "expected status selector in type=status or type!=status format, but found: Ready"
        );
    }

    #[test]
    fn table_layout_matches_flux() {
        let t = render_table(&["NAME", "READY"], &[vec!["a".into(), "True".into()]], true);
        assert_eq!(t, "NAME\tREADY \na   \tTrue \t\n");
    }
}
