//! What an apply or prune did to each object, printed the way Flux logs and emits it.

use std::fmt;

use super::object_ref::ObjectRef;

/// What happened to one object. Displays as Flux's lowercase word (`created`, `configured`, …).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Action {
    Created,
    Configured,
    Unchanged,
    Deleted,
    Skipped,
}

impl Action {
    pub fn as_str(self) -> &'static str {
        match self {
            Action::Created => "created",
            Action::Configured => "configured",
            Action::Unchanged => "unchanged",
            Action::Deleted => "deleted",
            Action::Skipped => "skipped",
        }
    }

    /// True for the actions that changed the cluster and so deserve an event.
    pub fn is_change(self) -> bool {
        matches!(self, Action::Created | Action::Configured | Action::Deleted)
    }
}

impl fmt::Display for Action {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One line of a change set: `<Kind>/<ns>/<name> <action>`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    pub object: ObjectRef,
    pub action: Action,
}

impl fmt::Display for Change {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.object, self.action)
    }
}

/// The ordered result of an apply or prune. The inventory is built from it (all entries,
/// including unchanged and skipped), and the created/configured lines go into the event.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ChangeSet {
    pub entries: Vec<Change>,
}

impl ChangeSet {
    pub fn push(&mut self, object: ObjectRef, action: Action) {
        self.entries.push(Change { object, action });
    }

    pub fn extend(&mut self, other: ChangeSet) {
        self.entries.extend(other.entries);
    }

    /// True if any entry created, configured or deleted something.
    pub fn has_changes(&self) -> bool {
        self.entries.iter().any(|c| c.action.is_change())
    }

    /// The entries that changed something, as a change set of their own (the event body).
    pub fn changes_only(&self) -> ChangeSet {
        ChangeSet {
            entries: self
                .entries
                .iter()
                .filter(|c| c.action.is_change())
                .cloned()
                .collect(),
        }
    }

    /// The action recorded for `object`, if any.
    pub fn action_of(&self, object: &ObjectRef) -> Option<Action> {
        self.entries
            .iter()
            .find(|c| &c.object == object)
            .map(|c| c.action)
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

/// One `<subject> <action>` line per entry, no trailing newline (Flux's `ChangeSet.String()`).
impl fmt::Display for ChangeSet {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, entry) in self.entries.iter().enumerate() {
            if i > 0 {
                f.write_str("\n")?;
            }
            write!(f, "{entry}")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn oref(kind: &str, ns: &str, name: &str) -> ObjectRef {
        ObjectRef {
            group: String::new(),
            version: "v1".into(),
            kind: kind.into(),
            namespace: ns.into(),
            name: name.into(),
        }
    }

    #[test]
    fn change_set_prints_one_line_per_entry() {
        let mut cs = ChangeSet::default();
        cs.push(oref("Namespace", "", "apps"), Action::Created);
        cs.push(oref("Service", "apps", "podinfo"), Action::Unchanged);
        assert_eq!(
            cs.to_string(),
            "Namespace/apps created\nService/apps/podinfo unchanged"
        );
        assert!(cs.has_changes());
        assert_eq!(cs.changes_only().to_string(), "Namespace/apps created");
    }

    #[test]
    fn unchanged_and_skipped_are_not_changes() {
        let mut cs = ChangeSet::default();
        cs.push(oref("ConfigMap", "a", "b"), Action::Unchanged);
        cs.push(oref("ConfigMap", "a", "c"), Action::Skipped);
        assert!(!cs.has_changes());
        assert_eq!(ChangeSet::default().to_string(), "");
    }
}
