//! The one wait of the CLI: watch a single object until a decision function says it is done or failed, up to a
//! timeout. `flux create|reconcile|resume` and `flux bootstrap` use it instead of polling, so they return the
//! moment the controller writes the status they wait for.

use std::time::Duration;

use kube::Resource;
use kube::api::Api;
use kube::runtime::wait::await_condition;
use serde::de::DeserializeOwned;

/// How a wait ended without success.
#[derive(Debug, thiserror::Error)]
pub enum WaitError {
    /// The object reached a failed state (the message says why).
    #[error("{0}")]
    Failed(String),
    /// Nothing was decided before the deadline.
    #[error("timeout")]
    Timeout,
    /// The watch itself failed.
    #[error("{0}")]
    Watch(String),
}

/// Watches `name` until `decide` returns `Some`: `Ok` ends the wait with its value, `Err` with
/// [`WaitError::Failed`]. `decide` sees `None` while the object does not exist.
pub async fn until<K, T, D>(
    api: Api<K>,
    name: &str,
    timeout: Duration,
    decide: D,
) -> Result<T, WaitError>
where
    K: Resource + Clone + std::fmt::Debug + DeserializeOwned + Send + Sync + 'static,
    D: Fn(Option<&K>) -> Option<Result<T, String>> + Clone + Send + 'static,
{
    let decided = {
        let decide = decide.clone();
        move |obj: Option<&K>| decide(obj).is_some()
    };
    let found = tokio::time::timeout(timeout, await_condition(api, name, decided))
        .await
        .map_err(|_| WaitError::Timeout)?
        .map_err(|e| WaitError::Watch(e.to_string()))?;
    match decide(found.as_ref()) {
        Some(Ok(value)) => Ok(value),
        Some(Err(message)) => Err(WaitError::Failed(message)),
        None => Err(WaitError::Watch(
            "the watch ended without a decision".into(),
        )),
    }
}
