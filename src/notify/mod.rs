//! The notification engine: Flux's events, routed to Alerts and sent to Providers, and the checks of incoming
//! webhooks. No cluster access here; `controllers::notification` and `controllers::receiver` feed it.
//!
//! # Start here
//! - [`event::Event`]: Flux's event JSON (what controllers post to notification-controller).
//! - [`matching`]: which Alerts take an event and the metadata they add.
//! - [`ratelimit`]: duplicate-event limit and per-webhook token buckets.
//! - [`providers::build`]: the HTTP requests of each Provider type; [`deliver::send_all`] sends them.
//! - [`receiver::validate`]: the signature and event checks of each Receiver type.

pub mod deliver;
pub mod event;
pub mod matching;
pub mod providers;
pub mod ratelimit;
pub mod receiver;
