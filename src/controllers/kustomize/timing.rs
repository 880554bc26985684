//! The durations that steer a Kustomization reconcile: `interval`, `retryInterval` and `timeout` with Flux's
//! defaults.

use std::time::Duration;

use crate::api::kustomize::Kustomization;

use super::error::Error;

fn parse_duration(field: &'static str, value: &str) -> Result<Duration, Error> {
    crate::duration::parse(value).map_err(|source| Error::InvalidDuration {
        field,
        value: value.to_string(),
        source,
    })
}

/// The durations that steer one reconcile.
pub struct Timing {
    /// Requeue delay after success.
    pub interval: Duration,
    /// Requeue delay after a failure.
    pub retry: Duration,
    /// Budget of fetch, apply and health checks.
    pub timeout: Duration,
}

impl Timing {
    /// The timing of `obj`, or the duration field that does not parse.
    pub fn of(obj: &Kustomization) -> Result<Self, Error> {
        let interval = parse_duration("interval", &obj.spec.interval)?;
        let retry = match &obj.spec.retry_interval {
            Some(r) => parse_duration("retryInterval", r)?,
            None => interval,
        };
        // Flux: timeout defaults to 30s less than the interval, never below 30s.
        let timeout = match &obj.spec.timeout {
            Some(t) => parse_duration("timeout", t)?,
            None => interval.saturating_sub(Duration::from_secs(30)),
        }
        .max(Duration::from_secs(30));
        Ok(Self {
            interval,
            retry,
            timeout,
        })
    }
}

/// Timing used when the object's own durations do not parse (the object is then stalled).
pub fn fallback_timing() -> Timing {
    let d = Duration::from_secs(600);
    Timing {
        interval: d,
        retry: d,
        timeout: d,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ks(interval: &str, timeout: Option<&str>) -> Kustomization {
        let mut k = Kustomization::new("a", Default::default());
        k.spec.interval = interval.into();
        k.spec.timeout = timeout.map(str::to_string);
        k
    }

    #[test]
    fn timeout_defaults_to_interval_minus_30s_with_a_floor() {
        let t = Timing::of(&ks("10m", None)).ok().map(|t| t.timeout);
        assert_eq!(t, Some(Duration::from_secs(570)));
        let t = Timing::of(&ks("40s", None)).ok().map(|t| t.timeout);
        assert_eq!(t, Some(Duration::from_secs(30)));
        let t = Timing::of(&ks("1m", Some("2m"))).ok().map(|t| t.timeout);
        assert_eq!(t, Some(Duration::from_secs(120)));
        assert!(Timing::of(&ks("soon", None)).is_err());
    }
}
