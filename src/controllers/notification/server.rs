//! The events endpoint (`--events-addr`): Flux's controllers, or any tool, POST an event as JSON to `/`;
//! the answer is 202 once accepted for routing, 429 for a duplicate within the rate limit interval (Flux's
//! recorders then do not retry), 400 for a body that is not an event, 413 past 3 MiB.

use std::sync::Arc;

use axum::Router;
use axum::body::{Body, Bytes};
use axum::extract::{DefaultBodyLimit, State};
use axum::http::{HeaderMap, StatusCode};
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
        .layer(DefaultBodyLimit::disable())
        .with_state(engine)
}

/// Reads a request body of at most [`MAX_BODY`] bytes: 413 at once when `Content-Length` announces more (before
/// a byte of it is read) or when more arrives, 400 when reading fails.
pub async fn read_body(headers: &HeaderMap, body: Body) -> Result<Bytes, StatusCode> {
    let announced = headers
        .get(axum::http::header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if announced.is_some_and(|n| n > MAX_BODY as u64) {
        warn!(
            limit = MAX_BODY,
            "reading the request body failed: request body exceeds the maximum size"
        );
        return Err(StatusCode::PAYLOAD_TOO_LARGE);
    }
    axum::body::to_bytes(body, MAX_BODY).await.map_err(|e| {
        warn!(error = %e, "reading the request body failed");
        if crate::oci::http::error_chain(&e).contains("length limit") {
            StatusCode::PAYLOAD_TOO_LARGE
        } else {
            StatusCode::BAD_REQUEST
        }
    })
}

async fn receive(State(engine): State<Arc<Engine>>, headers: HeaderMap, body: Body) -> StatusCode {
    let body = match read_body(&headers, body).await {
        Ok(b) => b,
        Err(status) => return status,
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
