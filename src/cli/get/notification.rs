//! `flux get alerts`, `flux get alert-providers` and `flux get receivers`. Alerts and Providers are static
//! objects without status: Flux prints them Ready with a fixed message.

use super::{Table, View, list_kind};
use crate::api::FluxObject;
use crate::api::notification::{Alert, Provider, Receiver};
use crate::cli::Global;
use crate::cli::printer::Printer;

/// Flags of `flux get alerts|alert-providers|receivers`.
#[derive(Debug, Default, clap::Args)]
pub struct Args {
    /// Name of the object (all of them when omitted).
    pub name: Option<String>,
}

fn title(b: bool) -> String {
    if b { "True" } else { "False" }.to_string()
}

/// One `flux get alerts` row.
pub fn alert_row(o: &Alert) -> Vec<String> {
    vec![
        o.metadata.name.clone().unwrap_or_default(),
        title(o.is_suspended()),
        "True".to_string(),
        "Alert is Ready".to_string(),
    ]
}

/// One `flux get alert-providers` row.
pub fn provider_row(o: &Provider) -> Vec<String> {
    vec![
        o.metadata.name.clone().unwrap_or_default(),
        "True".to_string(),
        "Provider is Ready".to_string(),
    ]
}

/// One `flux get receivers` row.
pub fn receiver_row(o: &Receiver) -> Vec<String> {
    let (ready, message) = match o.ready_condition() {
        Some(c) => (c.status.clone(), c.message.clone()),
        None => ("False".to_string(), "waiting to be reconciled".to_string()),
    };
    vec![
        o.metadata.name.clone().unwrap_or_default(),
        title(o.is_suspended()),
        ready,
        message,
    ]
}

/// `flux get alerts`.
pub async fn alerts(args: Args, view: &View, global: &Global, out: &Printer) -> anyhow::Result<()> {
    let table = Table {
        kind: "Alert",
        header: vec!["NAME", "SUSPENDED", "READY", "MESSAGE"],
        row: &alert_row,
    };
    list_kind(&table, view, global, out, args.name.as_deref(), false).await
}

/// `flux get alert-providers`.
pub async fn providers(
    args: Args,
    view: &View,
    global: &Global,
    out: &Printer,
) -> anyhow::Result<()> {
    let table = Table {
        kind: "Provider",
        header: vec!["NAME", "READY", "MESSAGE"],
        row: &provider_row,
    };
    list_kind(&table, view, global, out, args.name.as_deref(), false).await
}

/// `flux get receivers`.
pub async fn receivers(
    args: Args,
    view: &View,
    global: &Global,
    out: &Printer,
) -> anyhow::Result<()> {
    let table = Table {
        kind: "Receiver",
        header: vec!["NAME", "SUSPENDED", "READY", "MESSAGE"],
        row: &receiver_row,
    };
    list_kind(&table, view, global, out, args.name.as_deref(), false).await
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::notification::{AlertSpec, ReceiverSpec};

    #[test]
    fn static_alerts_read_ready_and_receivers_read_their_condition() {
        let mut alert = Alert::new("on-call", AlertSpec::default());
        alert.spec.suspend = Some(true);
        assert_eq!(
            alert_row(&alert),
            ["on-call", "True", "True", "Alert is Ready"]
        );
        let receiver = Receiver::new("gh", ReceiverSpec::default());
        assert_eq!(receiver_row(&receiver)[2], "False");
    }
}
