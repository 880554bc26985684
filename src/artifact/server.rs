//! The artifact file server of `flux serve` (`--storage-addr`, default `:9090`): the storage directory served
//! read-only, like source-controller's plain file server. Only GET and HEAD; `..` never leaves the root.

use std::net::SocketAddr;
use std::path::Path;

use axum::Router;
use tower_http::services::ServeDir;

/// A read-only router over `root`. Paths with a component starting with `.` (caches, temporary files) are
/// not served.
pub fn router(root: &Path) -> Router {
    Router::new()
        .fallback_service(ServeDir::new(root).append_index_html_on_directories(false))
        .layer(axum::middleware::from_fn(hide_dot_paths))
}

async fn hide_dot_paths(
    req: axum::extract::Request,
    next: axum::middleware::Next,
) -> axum::response::Response {
    use axum::response::IntoResponse;
    let path = req.uri().path().to_ascii_lowercase().replace("%2e", ".");
    if path.split('/').any(|c| c.starts_with('.')) {
        return axum::http::StatusCode::NOT_FOUND.into_response();
    }
    next.run(req).await
}

/// Parses a Go-style listen address: `:9090` means every interface.
pub fn parse_listen_addr(s: &str) -> Result<SocketAddr, String> {
    let full = if s.starts_with(':') {
        format!("0.0.0.0{s}")
    } else {
        s.to_string()
    };
    full.parse()
        .map_err(|e| format!("invalid listen address {s:?}: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn go_style_addresses_parse() {
        assert_eq!(parse_listen_addr(":9090").unwrap().port(), 9090);
        assert_eq!(
            parse_listen_addr("127.0.0.1:1").unwrap().to_string(),
            "127.0.0.1:1"
        );
        assert!(parse_listen_addr("nope").is_err());
    }
}
