//! The events endpoint (`--events-addr`): Flux's controllers, or any tool, POST an event as JSON to `/`;
//! the answer is 202 once accepted for routing, 429 for a duplicate within the rate limit interval (Flux's
//! recorders then do not retry), 400 for a body that is not an event, 413 past 3 MiB.

use std::sync::Arc;

use axum::Router;
use axum::body::Bytes;
use axum::extract::{DefaultBodyLimit, State};
use axum::http::StatusCode;
use axum::routing::any;
use tracing::{debug, warn};

use super::Engine;
use crate::notify::event::Event;

/// Largest request body accepted (as Flux's event and receiver servers).
pub const MAX_BODY: usize = 3 * 1024 * 1024;

/// The router of the events endpoint.
pub fn router(engine: Arc<Engine>) -> Router {
    Router::new()
        .route("/", any(receive))
        .fallback(receive)
        .layer(DefaultBodyLimit::max(MAX_BODY))
        .with_state(engine)
}

async fn receive(
    State(engine): State<Arc<Engine>>,
    body: Result<Bytes, axum::extract::rejection::BytesRejection>,
) -> StatusCode {
    let body = match body {
        Ok(b) => b,
        Err(rejection) => {
            warn!(error = %rejection, "reading the request body failed");
            return rejection.status();
        }
    };
    let mut event: Event = match serde_json::from_slice(&body) {
        Ok(e) => e,
        Err(e) => {
            warn!(error = %e, "decoding the request body failed");
            return StatusCode::BAD_REQUEST;
        }
    };
    event.clean_metadata();
    if !engine.admit(&event) {
        debug!(object = %event.object_string(), "discarding event, rate limiting duplicate events");
        return StatusCode::TOO_MANY_REQUESTS;
    }
    tokio::spawn(async move { super::dispatch::route(&engine, event).await });
    StatusCode::ACCEPTED
}
