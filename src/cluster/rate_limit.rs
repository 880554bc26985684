//! Client-side rate limiting of Kubernetes API requests (`--kube-api-qps`, `--kube-api-burst`), as client-go's
//! token bucket does it for Flux's controllers: up to `burst` requests at once, refilled at `qps` per second.
//! A request waits for a token before it is sent; nothing is dropped.

use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};
use std::time::Duration;

use tokio::time::{Instant, Sleep};
use tower::{Layer, Service};

/// The limits of one client. A `qps` of zero or less disables limiting.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Limits {
    /// Sustained requests per second.
    pub qps: f32,
    /// Requests that may be sent at once after an idle period.
    pub burst: u32,
}

impl Default for Limits {
    fn default() -> Self {
        Limits::UNLIMITED
    }
}

impl Limits {
    /// No client-side limit: `flux serve`'s default, where the API server's priority and fairness paces
    /// requests (Flux's controllers default to `--kube-api-qps=50 --kube-api-burst=300`).
    pub const UNLIMITED: Limits = Limits {
        qps: 0.0,
        burst: 300,
    };

    /// Whether requests are limited at all.
    pub fn is_enabled(&self) -> bool {
        self.qps > 0.0
    }
}

/// A token bucket shared by every request of one client.
#[derive(Debug)]
struct Bucket {
    tokens: f64,
    capacity: f64,
    rate: f64,
    refilled: Instant,
}

impl Bucket {
    fn new(limits: Limits) -> Self {
        let capacity = f64::from(limits.burst.max(1));
        Self {
            tokens: capacity,
            capacity,
            rate: f64::from(limits.qps),
            refilled: Instant::now(),
        }
    }

    /// Takes a token, or says how long until one is there.
    fn take(&mut self, now: Instant) -> Result<(), Duration> {
        let elapsed = now.saturating_duration_since(self.refilled).as_secs_f64();
        self.tokens = (self.tokens + elapsed * self.rate).min(self.capacity);
        self.refilled = now;
        if self.tokens >= 1.0 {
            self.tokens -= 1.0;
            Ok(())
        } else {
            Err(Duration::from_secs_f64((1.0 - self.tokens) / self.rate))
        }
    }
}

/// The tower layer that puts [`RateLimited`] in a kube client's stack.
#[derive(Debug, Clone)]
pub struct RateLimitLayer {
    bucket: Arc<Mutex<Bucket>>,
}

impl RateLimitLayer {
    /// One bucket for every service this layer wraps.
    pub fn new(limits: Limits) -> Self {
        Self {
            bucket: Arc::new(Mutex::new(Bucket::new(limits))),
        }
    }
}

impl<S> Layer<S> for RateLimitLayer {
    type Service = RateLimited<S>;

    fn layer(&self, inner: S) -> Self::Service {
        RateLimited {
            inner,
            bucket: self.bucket.clone(),
            sleep: None,
            granted: false,
        }
    }
}

/// A service that is ready only once its bucket grants a token.
pub struct RateLimited<S> {
    inner: S,
    bucket: Arc<Mutex<Bucket>>,
    sleep: Option<Pin<Box<Sleep>>>,
    granted: bool,
}

impl<S, R> Service<R> for RateLimited<S>
where
    S: Service<R>,
{
    type Response = S::Response;
    type Error = S::Error;
    type Future = S::Future;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        while !self.granted {
            if let Some(sleep) = self.sleep.as_mut() {
                if sleep.as_mut().poll(cx).is_pending() {
                    return Poll::Pending;
                }
                self.sleep = None;
            }
            let taken = match self.bucket.lock() {
                Ok(mut bucket) => bucket.take(Instant::now()),
                // A poisoned bucket must not stop the controllers: send unlimited.
                Err(_) => Ok(()),
            };
            match taken {
                Ok(()) => self.granted = true,
                Err(wait) => self.sleep = Some(Box::pin(tokio::time::sleep(wait))),
            }
        }
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, request: R) -> Self::Future {
        self.granted = false;
        self.inner.call(request)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_burst_passes_then_requests_wait_for_the_refill() {
        let start = Instant::now();
        let mut bucket = Bucket::new(Limits {
            qps: 10.0,
            burst: 3,
        });
        bucket.refilled = start;
        for _ in 0..3 {
            assert_eq!(bucket.take(start), Ok(()));
        }
        let wait = bucket.take(start).err().unwrap_or_default();
        assert_eq!(wait, Duration::from_millis(100));
        assert_eq!(bucket.take(start + Duration::from_millis(100)), Ok(()));
    }

    #[tokio::test(start_paused = true)]
    async fn the_service_waits_for_a_token() {
        let layer = RateLimitLayer::new(Limits { qps: 2.0, burst: 1 });
        let mut svc = layer.layer(tower::service_fn(|n: u32| async move {
            Ok::<_, std::convert::Infallible>(n)
        }));
        let started = Instant::now();
        for n in 0..3 {
            let ready = std::future::poll_fn(|cx| svc.poll_ready(cx)).await;
            assert!(ready.is_ok());
            assert_eq!(svc.call(n).await.ok(), Some(n));
        }
        assert!(started.elapsed() >= Duration::from_millis(1000));
    }
}
