//! Finding installed plugins and running one: the plugin directory, the executables in it named `flux-<name>`
//! that do not shadow a built-in command, and `flux <name> args…` replacing this process with the plugin.

use std::path::{Path, PathBuf};

use super::PLUGIN_PREFIX;

/// The environment variable naming the plugin directory.
pub const ENV_PLUGIN_DIR: &str = "FLUXCD_PLUGINS";

/// Names a plugin can never take, besides the built-in commands.
const RESERVED: &[&str] = &["plugin", "help"];

/// An installed plugin.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Plugin {
    /// `operator` for `flux-operator`.
    pub name: String,
    /// The executable's full path.
    pub path: PathBuf,
}

/// The plugin directory: `FLUXCD_PLUGINS`, else `~/.fluxcd/plugins`; none without a home directory.
pub fn plugin_dir() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os(ENV_PLUGIN_DIR).filter(|d| !d.is_empty()) {
        return Some(PathBuf::from(dir));
    }
    std::env::home_dir().map(|home| home.join(".fluxcd").join("plugins"))
}

/// The plugin directory for an install, creating the default one if needed. As in Flux, a directory named by
/// `FLUXCD_PLUGINS` is used as is, and a failure to create the default one shows at the first write instead.
pub fn ensure_plugin_dir() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os(ENV_PLUGIN_DIR).filter(|d| !d.is_empty()) {
        return Some(PathBuf::from(dir));
    }
    let dir = plugin_dir()?;
    let _ = std::fs::create_dir_all(&dir);
    Some(dir)
}

/// The plugins in `dir`, sorted by file name: executable regular files (symlinks to one count) named
/// `flux-<name>` whose name is neither reserved nor a built-in command.
pub fn discover(dir: &Path, builtins: &[String]) -> Vec<Plugin> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut entries: Vec<_> = entries.filter_map(Result::ok).collect();
    entries.sort_by_key(|e| e.file_name());
    entries
        .into_iter()
        .filter_map(|entry| {
            let file_name = entry.file_name().into_string().ok()?;
            if entry.file_type().ok()?.is_dir() {
                return None;
            }
            let name = plugin_name(&file_name)?;
            if RESERVED.contains(&name.as_str()) || builtins.contains(&name) {
                return None;
            }
            let path = dir.join(&file_name);
            let meta = std::fs::metadata(&path).ok()?;
            if !meta.is_file() || !is_executable(&meta) {
                return None;
            }
            Some(Plugin { name, path })
        })
        .collect()
}

/// `operator` from `flux-operator` (and, on Windows, `flux-operator.exe`).
fn plugin_name(file_name: &str) -> Option<String> {
    let mut name = file_name.strip_prefix(PLUGIN_PREFIX)?;
    if cfg!(windows) {
        for ext in [".exe", ".cmd", ".bat"] {
            if name.to_lowercase().ends_with(ext) {
                name = &name[..name.len() - ext.len()];
                break;
            }
        }
    }
    (!name.is_empty()).then(|| name.to_string())
}

#[cfg(unix)]
fn is_executable(meta: &std::fs::Metadata) -> bool {
    use std::os::unix::fs::PermissionsExt;
    meta.permissions().mode() & 0o111 != 0
}

#[cfg(not(unix))]
fn is_executable(_: &std::fs::Metadata) -> bool {
    true
}

/// Replaces this process with the plugin, given `args` (what followed its name) and this environment; returns
/// only if that failed. Elsewhere than Unix the plugin runs as a child and its exit code becomes ours.
pub fn exec(path: &Path, args: &[std::ffi::OsString]) -> std::io::Error {
    let mut cmd = std::process::Command::new(path);
    cmd.args(args);
    #[cfg(unix)]
    {
        use std::os::unix::process::CommandExt;
        cmd.exec()
    }
    #[cfg(not(unix))]
    {
        match cmd.status() {
            Ok(status) => std::process::exit(status.code().unwrap_or(1)),
            Err(e) => e,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn touch(dir: &Path, name: &str, mode: u32) {
        let path = dir.join(name);
        std::fs::write(&path, "#!/bin/sh\n").unwrap_or_else(|e| panic!("{e}"));
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&path, std::fs::Permissions::from_mode(mode))
                .unwrap_or_else(|e| panic!("{e}"));
        }
    }

    #[test]
    fn only_executable_flux_files_that_shadow_nothing_are_plugins() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        touch(dir.path(), "flux-operator", 0o755);
        touch(dir.path(), "flux-operator.yaml", 0o644);
        touch(dir.path(), "flux-get", 0o755);
        touch(dir.path(), "flux-help", 0o755);
        touch(dir.path(), "flux-", 0o755);
        touch(dir.path(), "kubectl-x", 0o755);
        touch(dir.path(), "flux-aaa", 0o755);
        std::fs::create_dir(dir.path().join("flux-dir")).unwrap_or_else(|e| panic!("{e}"));
        let found = discover(dir.path(), &["get".to_string()]);
        let names: Vec<&str> = found.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["aaa", "operator"]);
        assert_eq!(found[1].path, dir.path().join("flux-operator"));
    }
}
