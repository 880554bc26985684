//! How library code reports progress without printing: the CLI's printer implements [`Progress`] and writes
//! Flux's symbol-prefixed lines to stderr; tests and controllers use [`Silent`].

/// Progress lines in Flux's vocabulary: `►` action, `✚` generate, `◎` waiting, `✔` success, `⚠️` warning,
/// `✗` failure. Implementations decide where the lines go.
pub trait Progress: Send + Sync {
    /// Something is about to be done (`► installing components`).
    fn action(&self, msg: &str);
    /// Something is being generated (`✚ generating manifests`).
    fn generate(&self, msg: &str);
    /// Waiting on the cluster (`◎ verifying installation`).
    fn waiting(&self, msg: &str);
    /// A step succeeded (`✔ install finished`).
    fn success(&self, msg: &str);
    /// Something is off but not fatal.
    fn warning(&self, msg: &str);
    /// A step failed; the command goes on (the final error is reported once by `main`).
    fn failure(&self, msg: &str);
    /// A plain data line for stdout, such as an applied object in a change set.
    fn data(&self, line: &str);
}

/// Drops every line: for tests and for controllers, which report through conditions and events instead.
pub struct Silent;

impl Progress for Silent {
    fn action(&self, _: &str) {}
    fn generate(&self, _: &str) {}
    fn waiting(&self, _: &str) {}
    fn success(&self, _: &str) {}
    fn warning(&self, _: &str) {}
    fn failure(&self, _: &str) {}
    fn data(&self, _: &str) {}
}
