//! Errors as one line: an error and its causes joined `outer: inner: root`, as Go's wrapped errors read. Used
//! for the CLI's final `✗` line and for API errors put into messages and conditions.

/// The error and its causes on one line. Causes whose text an outer message already repeats are dropped, and
/// multi-line messages (parser snippets) keep their first line.
pub fn one_line(err: &(dyn std::error::Error + 'static)) -> String {
    let mut line = String::new();
    let mut cur = Some(err);
    while let Some(e) = cur {
        let text = e.to_string();
        let first = text.lines().next().unwrap_or_default().trim();
        if !first.is_empty() && !line.contains(first) {
            if !line.is_empty() {
                line.push_str(": ");
            }
            line.push_str(first);
        }
        cur = e.source();
    }
    line
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, thiserror::Error)]
    #[error("failed to read kubeconfig /x")]
    struct Outer(#[source] std::io::Error);

    #[test]
    fn joins_causes_and_drops_repeats_and_snippets() {
        let err = Outer(std::io::Error::other("bad yaml\n --> line 1"));
        assert_eq!(one_line(&err), "failed to read kubeconfig /x: bad yaml");
        let repeated = Outer(std::io::Error::other("failed to read kubeconfig /x"));
        assert_eq!(one_line(&repeated), "failed to read kubeconfig /x");
    }
}
