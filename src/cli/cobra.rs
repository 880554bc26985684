//! Reading the command line the way Flux's (cobra and pflag) does, so scripts written for Flux parse the same:
//! a flag given twice keeps its last value, a flag's value may start with `-`, boolean flags take `=true` and
//! `=false` (Go's `strconv.ParseBool` spellings), and every parse error reads as cobra words it, with what the
//! user typed (`unknown shorthand flag: 'x' in -xv`, `invalid argument "abc" for "--interval" flag: …`).
//!
//! clap does the parsing; this module adjusts the command tree for it, rewrites boolean `--flag=value` forms
//! (clap's help would otherwise show `--flag[=<FLAG>]`), and translates clap's errors.

use std::ffi::OsString;

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, ArgAction, Command, CommandFactory, FromArgMatches};

use super::Cli;

/// What parsing decided: run the command, or exit now with this code (help was printed, or an error).
pub enum Parsed {
    /// A command to run.
    Run(Box<Cli>),
    /// Help or an error was printed; exit with this code.
    Exit(i32),
}

/// Parses `argv` as Flux would, printing help (stdout) or the `✗` error line (stderr) when there is no command
/// to run.
pub fn parse(argv: Vec<OsString>) -> Parsed {
    let mut cmd = command();
    let walked = match walk(&cmd, argv) {
        Ok(walked) => walked,
        Err(message) => return fail(&message),
    };
    if let Some(bool_error) = &walked.bool_error {
        let earlier = cmd
            .try_get_matches_from_mut(&walked.argv)
            .err()
            .filter(|e| {
                matches!(
                    e.kind(),
                    ErrorKind::UnknownArgument
                        | ErrorKind::InvalidValue
                        | ErrorKind::ValueValidation
                )
            });
        return fail(&earlier.map_or_else(|| bool_error.clone(), |e| message(&e, &walked)));
    }
    match cmd.try_get_matches_from_mut(&walked.argv) {
        Ok(matches) => match Cli::from_arg_matches(&matches) {
            Ok(cli) => Parsed::Run(Box::new(cli)),
            Err(err) => fail(&message(&err, &walked)),
        },
        Err(err) => match err.kind() {
            ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
                let _ = err.print();
                Parsed::Exit(0)
            }
            // cobra prints the help of a command group given no subcommand, or one it does not know (the root
            // excepted, which reports the unknown command).
            ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
                let _ = err.print();
                Parsed::Exit(0)
            }
            ErrorKind::InvalidSubcommand | ErrorKind::UnknownArgument
                if walked.path.len() > 1 && walked.is_group =>
            {
                print_help(&mut cmd, &walked.path);
                Parsed::Exit(0)
            }
            _ => fail(&message(&err, &walked)),
        },
    }
}

fn fail(message: &str) -> Parsed {
    eprintln!("✗ {message}");
    Parsed::Exit(1)
}

fn print_help(root: &mut Command, path: &[String]) {
    use std::io::Write;
    // A closed stdout (`| head`) is not an error worth a panic.
    let _ = writeln!(std::io::stdout(), "{}", help_of(root, &path[1..]));
}

fn help_of(cmd: &mut Command, path: &[String]) -> clap::builder::StyledStr {
    if let Some(word) = path.first()
        && cmd.find_subcommand(word).is_some()
        && let Some(sub) = cmd.find_subcommand_mut(word)
    {
        return help_of(sub, &path[1..]);
    }
    cmd.render_help()
}

/// The command tree as the parser uses it: every flag that takes a value accepts one starting with `-`
/// (pflag takes the next word whatever it is); `args_override_self` (on [`Cli`]) makes a repeated flag keep its
/// last value.
pub fn command() -> Command {
    let mut cmd = adjust(Cli::command());
    cmd.build();
    cmd
}

fn adjust(cmd: Command) -> Command {
    cmd.mut_args(|arg| {
        let named = arg.get_long().is_some() || arg.get_short().is_some();
        // A boolean with an optional value takes it only after `=`, as pflag's do: `--show-status --show-vars`
        // is two flags, never a flag and its value.
        if named && is_optional_bool(&arg) {
            arg.require_equals(true)
        } else if named && arg.get_action().takes_values() {
            arg.allow_hyphen_values(true)
        } else {
            arg
        }
    })
    .mut_subcommands(adjust)
}

/// The command line after the boolean rewrite, and where it led: the command path (`flux create source`) and
/// whether that command is a group of subcommands.
struct Walked {
    argv: Vec<OsString>,
    typed: Vec<String>,
    path: Vec<String>,
    is_group: bool,
    /// A boolean flag's bad value; `argv` then stops before it.
    bool_error: Option<String>,
}

/// Walks `argv` through the tree: finds the command path, and rewrites boolean flags given a value
/// (`--prune=false` drops the earlier `--prune`, `--prune=true` becomes `--prune`) as pflag reads them.
fn walk(root: &Command, argv: Vec<OsString>) -> Result<Walked, String> {
    let typed: Vec<String> = argv
        .iter()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    let mut cur = root;
    let mut path = vec![root.get_name().to_string()];
    let mut out: Vec<OsString> = argv.iter().take(1).cloned().collect();
    let mut bool_error = None;
    let mut i = 1;
    while i < argv.len() {
        let raw = &argv[i];
        let Some(word) = raw.to_str() else {
            out.push(raw.clone());
            i += 1;
            continue;
        };
        if word == "--" {
            out.extend(argv[i..].iter().cloned());
            break;
        }
        if let Some(body) = word.strip_prefix("--") {
            let (name, value) = match body.split_once('=') {
                Some((n, v)) => (n, Some(v)),
                None => (body, None),
            };
            match cur.get_arguments().find(|a| a.get_long() == Some(name)) {
                Some(arg) if is_bool(arg) => match value.map(parse_go_bool) {
                    None => out.push(raw.clone()),
                    Some(Ok(v)) if is_optional_bool(arg) => {
                        out.push(format!("--{name}={v}").into())
                    }
                    Some(Ok(true)) => out.push(format!("--{name}").into()),
                    Some(Ok(false)) => out.retain(|w| !names_arg(w, arg)),
                    Some(Err(e)) => {
                        // pflag stops at the first bad word: what comes before it may fail first.
                        bool_error = Some(format!(
                            "invalid argument {:?} for {:?} flag: {e}",
                            value.unwrap_or_default(),
                            flag_display(arg)
                        ));
                        break;
                    }
                },
                // `--flag value` becomes `--flag=value`: clap checks a detached value only when the next word
                // is read, so a bad value would lose to a later unknown flag, where pflag reports it first.
                Some(arg) if arg.get_action().takes_values() && value.is_none() => {
                    match argv.get(i + 1) {
                        Some(next) => {
                            let mut joined = OsString::from(format!("--{name}="));
                            joined.push(next);
                            out.push(joined);
                            i += 1;
                        }
                        None => out.push(raw.clone()),
                    }
                }
                _ => out.push(raw.clone()),
            }
        } else if let Some(shorts) = word.strip_prefix('-').filter(|s| !s.is_empty()) {
            out.push(raw.clone());
            // `-u value`: the next word is the value, whatever it looks like.
            let mut chars = shorts.chars();
            if let (Some(c), None) = (chars.next(), chars.next()) {
                let takes = cur
                    .get_arguments()
                    .any(|a| a.get_short() == Some(c) && a.get_action().takes_values());
                if takes && let Some(next) = argv.get(i + 1) {
                    out.pop();
                    let mut joined = OsString::from(format!("-{c}="));
                    joined.push(next);
                    out.push(joined);
                    i += 1;
                }
            }
        } else {
            if let Some(sub) = cur.find_subcommand(word) {
                cur = sub;
                path.push(sub.get_name().to_string());
            }
            out.push(raw.clone());
        }
        i += 1;
    }
    Ok(Walked {
        argv: out,
        typed,
        path,
        is_group: cur.has_subcommands(),
        bool_error,
    })
}

/// A boolean flag: clap's plain switch, or one declared with an optional `=value` defaulting to true.
fn is_bool(arg: &Arg) -> bool {
    matches!(arg.get_action(), ArgAction::SetTrue) || is_optional_bool(arg)
}

fn is_optional_bool(arg: &Arg) -> bool {
    arg.get_action().takes_values()
        && arg.get_num_args().is_some_and(|n| n.min_values() == 0)
        && (arg
            .get_possible_values()
            .iter()
            .any(|v| v.get_name() == "true")
            || arg.get_value_parser().type_id() == clap::value_parser!(bool).type_id())
}

/// Whether a word of the command line is this boolean flag (`--prune`, `-s`).
fn names_arg(word: &OsString, arg: &Arg) -> bool {
    let Some(word) = word.to_str() else {
        return false;
    };
    word.strip_prefix("--")
        .is_some_and(|l| Some(l) == arg.get_long())
        || (word.len() == 2 && word.starts_with('-') && word.chars().nth(1) == arg.get_short())
}

/// Go's `strconv.ParseBool`, with its error text.
pub fn parse_go_bool(s: &str) -> Result<bool, String> {
    match s {
        "1" | "t" | "T" | "true" | "TRUE" | "True" => Ok(true),
        "0" | "f" | "F" | "false" | "FALSE" | "False" => Ok(false),
        _ => Err(format!("strconv.ParseBool: parsing {s:?}: invalid syntax")),
    }
}

/// Go's `strconv.Atoi` for integer flags, with its error text.
pub fn parse_go_int(s: &str) -> Result<usize, String> {
    s.parse()
        .map_err(|_| format!("strconv.Atoi: parsing {s:?}: invalid syntax"))
}

/// A flag as pflag names it in errors: `-s, --silent` when it has a shorthand, else `--url`.
fn flag_display(arg: &Arg) -> String {
    match (arg.get_short(), arg.get_long()) {
        (Some(s), Some(l)) => format!("-{s}, --{l}"),
        (None, Some(l)) => format!("--{l}"),
        (Some(s), None) => format!("-{s}"),
        (None, None) => arg.get_id().to_string(),
    }
}

fn context_string(err: &clap::Error, kind: ContextKind) -> String {
    match err.get(kind) {
        Some(ContextValue::String(s)) => s.clone(),
        _ => String::new(),
    }
}

/// The argument clap's error is about, found in the tree by its rendered name (`--url <URL>`, `-u <USERNAME>`).
fn find_arg<'a>(root: &'a Command, path: &[String], rendered: &str) -> Option<&'a Arg> {
    let mut cur = root;
    for word in path.iter().skip(1) {
        cur = cur.find_subcommand(word)?;
    }
    let head = rendered.split([' ', '=', '[']).next().unwrap_or(rendered);
    cur.get_arguments().find(|a| {
        head.strip_prefix("--")
            .map(|l| a.get_long() == Some(l))
            .unwrap_or_else(|| {
                head.strip_prefix('-')
                    .and_then(|s| s.chars().next())
                    .is_some_and(|c| a.get_short() == Some(c))
            })
    })
}

/// The word the user typed that holds this shorthand letter (`-sx` for `x`).
fn typed_shorthand(walked: &Walked, c: char) -> String {
    walked
        .typed
        .iter()
        .skip(1)
        .find(|w| !w.starts_with("--") && w.starts_with('-') && w[1..].contains(c))
        .cloned()
        .unwrap_or_else(|| format!("-{c}"))
}

/// clap's error as cobra words it.
fn message(err: &clap::Error, walked: &Walked) -> String {
    let invalid = context_string(err, ContextKind::InvalidArg);
    let value = context_string(err, ContextKind::InvalidValue);
    let root = command();
    match err.kind() {
        ErrorKind::UnknownArgument if invalid.starts_with("--") => {
            format!(
                "unknown flag: {}",
                invalid.split('=').next().unwrap_or(&invalid)
            )
        }
        ErrorKind::UnknownArgument if invalid.starts_with('-') && invalid.len() > 1 => {
            let c = invalid[1..].chars().next().unwrap_or('-');
            format!(
                "unknown shorthand flag: '{c}' in {}",
                typed_shorthand(walked, c)
            )
        }
        // A flag given last without its value.
        ErrorKind::InvalidValue if value.is_empty() && invalid.starts_with('-') => {
            let arg = find_arg(&root, &walked.path, &invalid);
            let typed_short = walked
                .typed
                .last()
                .is_some_and(|w| !w.starts_with("--") && w.starts_with('-'));
            match arg.and_then(|a| a.get_short()) {
                Some(s) if typed_short => format!("flag needs an argument: '{s}' in -{s}"),
                _ => {
                    let flag = invalid.split_whitespace().next().unwrap_or(&invalid);
                    format!("flag needs an argument: {flag}")
                }
            }
        }
        ErrorKind::ValueValidation | ErrorKind::InvalidValue => {
            let shown = find_arg(&root, &walked.path, &invalid)
                .map(flag_display)
                .unwrap_or_else(|| {
                    invalid
                        .split_whitespace()
                        .next()
                        .unwrap_or(&invalid)
                        .to_string()
                });
            let cause = std::error::Error::source(err)
                .map(|e| e.to_string())
                .unwrap_or_else(|| format!("invalid value {value:?}"));
            format!("invalid argument {value:?} for {shown:?} flag: {cause}")
        }
        ErrorKind::UnknownArgument | ErrorKind::InvalidSubcommand => {
            let invalid = match err.get(ContextKind::InvalidSubcommand) {
                Some(ContextValue::String(s)) => s.clone(),
                _ => invalid,
            };
            let mut line = format!(
                "unknown command {invalid:?} for {:?}",
                walked.path.join(" ")
            );
            if let Some(ContextValue::Strings(suggested)) =
                err.get(ContextKind::SuggestedSubcommand)
                && !suggested.is_empty()
            {
                line.push_str("\n\nDid you mean this?\n");
                for s in suggested {
                    line.push_str(&format!("\t{s}\n"));
                }
            }
            line
        }
        _ => {
            let rendered = err.render().to_string();
            let first = rendered.lines().next().unwrap_or_default();
            first.strip_prefix("error: ").unwrap_or(first).to_string()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_error(args: &[&str]) -> String {
        let argv: Vec<OsString> = args.iter().map(OsString::from).collect();
        let mut cmd = command();
        let walked = match walk(&cmd, argv) {
            Ok(w) => w,
            Err(m) => return m,
        };
        if let Some(e) = walked.bool_error.clone() {
            return e;
        }
        match cmd.try_get_matches_from_mut(&walked.argv) {
            Ok(_) => String::new(),
            Err(err) => message(&err, &walked),
        }
    }

    fn parsed(args: &[&str]) -> Cli {
        let argv: Vec<OsString> = args.iter().map(OsString::from).collect();
        match parse(argv) {
            Parsed::Run(cli) => *cli,
            Parsed::Exit(code) => panic!("exit {code}"),
        }
    }

    #[test]
    fn stray_positional_argument_reads_like_cobra() {
        assert_eq!(
            parse_error(&["flux", "install", "unexpectedPosArg"]),
            "unknown command \"unexpectedPosArg\" for \"flux install\""
        );
    }

    #[test]
    fn unknown_root_command_suggests_like_cobra() {
        assert_eq!(
            parse_error(&["flux", "creat"]),
            "unknown command \"creat\" for \"flux\"\n\nDid you mean this?\n\tcreate\n"
        );
    }

    #[test]
    fn unknown_flags_keep_what_was_typed() {
        assert_eq!(
            parse_error(&["flux", "get", "kustomizations", "--bogus=3"]),
            "unknown flag: --bogus"
        );
        assert_eq!(
            parse_error(&["flux", "create", "kustomization", "ab", "-sx"]),
            "unknown shorthand flag: 's' in -sx"
        );
    }

    #[test]
    fn flag_without_value_reads_like_cobra() {
        assert_eq!(
            parse_error(&["flux", "create", "source", "git", "ab", "--url"]),
            "flag needs an argument: --url"
        );
        assert_eq!(
            parse_error(&["flux", "create", "source", "git", "ab", "-u"]),
            "flag needs an argument: 'u' in -u"
        );
    }

    #[test]
    fn invalid_values_name_the_flag_as_pflag_does() {
        assert_eq!(
            parse_error(&["flux", "create", "source", "git", "ab", "--interval=zz"]),
            "invalid argument \"zz\" for \"--interval\" flag: time: invalid duration \"zz\""
        );
        assert_eq!(
            parse_error(&["flux", "create", "source", "git", "ab", "--silent=maybe"]),
            "invalid argument \"maybe\" for \"-s, --silent\" flag: strconv.ParseBool: parsing \"maybe\": invalid syntax"
        );
    }

    #[test]
    fn an_optional_boolean_never_takes_the_next_flag_as_its_value() {
        let cli = parsed(&[
            "flux",
            "debug",
            "hr",
            "x",
            "--show-status",
            "--show-values=false",
        ]);
        let Some(super::super::Command::Debug(super::super::debug::Command::Helmrelease(args))) =
            cli.command
        else {
            panic!("not debug hr");
        };
        assert!(args.show_status && !args.show_values);
    }

    #[test]
    fn repeated_flag_keeps_the_last_value_and_values_may_start_with_a_dash() {
        let cli = parsed(&[
            "flux",
            "--timeout",
            "1m",
            "version",
            "--timeout=2m",
            "--client",
        ]);
        assert_eq!(cli.global.timeout, std::time::Duration::from_secs(120));
        let cli = parsed(&["flux", "version", "--client", "--client=false"]);
        let Some(super::super::Command::Version(args)) = cli.command else {
            panic!("not version");
        };
        assert!(!args.client);
    }
}
