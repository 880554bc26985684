//! What each Provider type sends: [`build`] turns an event (metadata already combined) and the Provider's
//! settings into the HTTP requests its service's published API expects. No I/O here; [`super::deliver`]
//! sends them.
//!
//! # Types
//! - chat ([`chat`]): slack, discord, rocket, msteams, googlechat, webex, telegram, matrix
//! - webhooks ([`webhook`]): generic, generic-hmac
//! - alerting ([`alerting`]): alertmanager, grafana, opsgenie, pagerduty, lark
//! - commit statuses ([`git`]): github, gitlab, gitea, bitbucket
//!
//! Every other type of Flux's enum is refused with [`Error::Unsupported`], reported on the Alert.

pub mod alerting;
pub mod chat;
pub mod git;
pub mod webhook;

use std::collections::BTreeMap;

use super::event::Event;

/// A Provider resolved with its secrets: everything a payload builder needs.
#[derive(Debug, Clone, Default)]
pub struct Settings {
    /// `spec.type`.
    pub kind: String,
    /// `spec.address`, or the Secret's `address` which overrides it.
    pub address: String,
    /// `spec.channel`.
    pub channel: String,
    /// `spec.username`, or the Secret's `username`.
    pub username: String,
    /// The Secret's `password`.
    pub password: String,
    /// The Secret's `token`.
    pub token: String,
    /// The Secret's `headers` (YAML map).
    pub headers: BTreeMap<String, String>,
    /// The commit status identifier (commit status types only).
    pub commit_status: String,
    /// The Provider's UID.
    pub uid: String,
}

/// One HTTP request to send.
#[derive(Debug, Clone, PartialEq)]
pub struct Request {
    /// `POST` for every type so far.
    pub method: reqwest::Method,
    /// Where to.
    pub url: String,
    /// Headers besides `Content-Type`.
    pub headers: Vec<(String, String)>,
    /// `Content-Type` of the body.
    pub content_type: String,
    /// The body.
    pub body: Vec<u8>,
}

impl Request {
    /// A JSON POST of `payload` to `url`.
    pub fn post_json(url: &str, payload: &serde_json::Value) -> Result<Self, Error> {
        Ok(Self {
            method: reqwest::Method::POST,
            url: url.to_string(),
            headers: Vec::new(),
            content_type: "application/json".to_string(),
            body: serde_json::to_vec(payload).map_err(Error::Encode)?,
        })
    }

    /// The same request with one more header.
    pub fn header(mut self, name: &str, value: &str) -> Self {
        self.headers.push((name.to_string(), value.to_string()));
        self
    }
}

/// Why a Provider cannot send an event.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The address is not an absolute URL.
    #[error("invalid {kind} address {address:?}")]
    InvalidAddress { kind: String, address: String },
    /// A Git address does not name `owner/repo`.
    #[error("invalid repository id: '{0}'")]
    InvalidRepository(String),
    /// A required setting is empty.
    #[error("{0}")]
    Missing(&'static str),
    /// The event carries no revision, or one naming no commit.
    #[error("{0}")]
    Revision(String),
    /// The payload could not be encoded.
    #[error("marshalling notification payload failed")]
    Encode(#[source] serde_json::Error),
    /// This build does not implement the type yet.
    #[error("provider {0} not supported")]
    Unsupported(String),
}

/// The requests `settings.kind` sends for `event`; empty when the type sends nothing for it (a commit status
/// provider skips `Progressing` events).
pub fn build(settings: &Settings, event: &Event) -> Result<Vec<Request>, Error> {
    match settings.kind.as_str() {
        "generic" => webhook::generic(settings, event, false).map(|r| vec![r]),
        "generic-hmac" => webhook::generic(settings, event, true).map(|r| vec![r]),
        "slack" => chat::slack(settings, event).map(|r| vec![r]),
        "discord" => chat::discord(settings, event).map(|r| vec![r]),
        "rocket" => chat::rocket(settings, event).map(|r| vec![r]),
        "msteams" => chat::msteams(settings, event).map(|r| vec![r]),
        "googlechat" => chat::googlechat(settings, event).map(|r| vec![r]),
        "webex" => chat::webex(settings, event).map(|r| vec![r]),
        "telegram" => chat::telegram(settings, event).map(|r| vec![r]),
        "lark" => alerting::lark(settings, event).map(|r| vec![r]),
        "alertmanager" => alerting::alertmanager(settings, event).map(|r| vec![r]),
        "grafana" => alerting::grafana(settings, event).map(|r| vec![r]),
        "opsgenie" => alerting::opsgenie(settings, event).map(|r| vec![r]),
        "pagerduty" => alerting::pagerduty(settings, event),
        "github" => git::github(settings, event),
        "gitlab" => git::gitlab(settings, event),
        "gitea" => git::gitea(settings, event),
        "bitbucket" => git::bitbucket(settings, event),
        "matrix" => chat::matrix(settings, event).map(|r| vec![r]),
        other => Err(Error::Unsupported(other.to_string())),
    }
}

/// Checks that `address` is an absolute URL, as Go's `url.ParseRequestURI` does for the hook types.
pub fn require_url(kind: &str, address: &str) -> Result<(), Error> {
    match reqwest::Url::parse(address) {
        Ok(u) if !u.cannot_be_a_base() => Ok(()),
        _ => Err(Error::InvalidAddress {
            kind: kind.to_string(),
            address: address.to_string(),
        }),
    }
}

/// `kind/name.namespace` with the kind lower-cased: how chat messages name the object.
pub fn object_title(event: &Event) -> String {
    format!(
        "{}/{}.{}",
        event.kind().to_ascii_lowercase(),
        event.name(),
        event.namespace()
    )
}
