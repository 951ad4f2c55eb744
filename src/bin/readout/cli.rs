//! The command line: the subcommands and their arguments (clap's derive API), a top-level
//! usage gathered from the subcommands' own, and clap's errors put in the words of the tool's
//! other messages.

use std::ffi::OsString;
use std::path::PathBuf;

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, ArgAction, CommandFactory, FromArgMatches, Parser, Subcommand};

use super::{agree, convert, eval, stats, validate, write_stdout, Failure};

/// readout — parse and check diplomatic readouts (Readout Annotator's command-line tool)
#[derive(Parser)]
#[command(
    name = "readout",
    bin_name = "readout",
    version,
    after_help = AFTER_HELP,
    // As before clap: `readout` alone is a usage error, not the help.
    arg_required_else_help = false,
    // A flag or option given twice takes its last value, as it did before clap.
    args_override_self = true
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

/// What every command shares, at the end of the top-level help.
const AFTER_HELP: &str = "\
'readout COMMAND --help' describes a command's arguments.

Inputs must be UTF-8 text (a byte-order mark is allowed) or UTF-16 with a byte-order
mark, of at most 128 MiB. JSON goes to standard output, errors to standard error.
Exit status: 0 success, 1 invalid input, 2 wrong usage.
Set SOURCE_DATE_EPOCH (seconds) to fix the exported_at time for reproducible output.";

// Help texts are wrapped by hand (clap wraps only with its `wrap_help` feature) to fit 80
// columns in the top-level list, which indents them by 12; `verbatim_doc_comment` keeps the
// line breaks. Each subcommand's `override_usage` is its line in the top-level usage.

/// A subcommand and its arguments.
#[derive(Subcommand)]
pub(super) enum Command {
    /// Parse readouts (standard input when no FILE, or FILE is -; the .txt,
    /// .html and .htm files under a DIR) and print a labeled-JSON workspace
    /// (format v1): one document per input, the default codebook, nothing
    /// labelled yet. With --jsonl, parse on every core and print one
    /// format-v1 workspace per line and readout, in order; a file that
    /// cannot be parsed is reported and the rest go on (exit status 1)
    #[command(
        override_usage = "readout parse [FILE...] [--jsonl]",
        verbatim_doc_comment
    )]
    Parse {
        /// One line of format-v1 JSONL per readout, parsed in parallel
        /// (RAYON_NUM_THREADS sets the threads); a progress bar on a terminal
        #[arg(long, verbatim_doc_comment)]
        jsonl: bool,
        /// A readout (plain text or HTML), - for standard input, or a
        /// directory, walked in name order
        #[arg(value_name = "FILE", verbatim_doc_comment)]
        files: Vec<PathBuf>,
    },
    /// Split standard input into sentences (the splitter alone, no
    /// front-matter detection) and print them as a JSON array
    #[command(override_usage = "readout split", verbatim_doc_comment)]
    Split,
    Validate(validate::Args),
    Agree(agree::Args),
    Convert(convert::Args),
    Stats(stats::Args),
    Eval(eval::Args),
}

/// The whole command line, its usage listing every subcommand's.
fn command() -> clap::Command {
    let cmd = Cli::command();
    let usages: Vec<String> = cmd
        .get_subcommands()
        .filter_map(|sub| sub.get_overridden_usage())
        .map(ToString::to_string)
        .collect();
    // Continuation lines line up under the first, after "Usage: ".
    cmd.override_usage(usages.join("\n       "))
}

/// The command `args` (program name first) ask for, or `None` when they ask for the help or
/// the version, which this prints.
pub(super) fn parse(args: &[OsString]) -> Result<Option<Command>, Failure> {
    let mut cmd = command();
    let error = match cmd.try_get_matches_from_mut(args) {
        Ok(matches) => match Cli::from_arg_matches(&matches) {
            Ok(cli) => return Ok(Some(cli.command)),
            Err(e) => e,
        },
        Err(e) => e,
    };
    if matches!(
        error.kind(),
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion
    ) {
        return write_stdout(&error.render().to_string()).map(|()| None);
    }
    // Nothing but -h and -V comes before the subcommand, so it is the first argument.
    let sub = args
        .get(1)
        .and_then(|a| a.to_str())
        .filter(|name| *name != "help")
        .and_then(|name| cmd.find_subcommand(name));
    let message = in_own_words(&error, &cmd, sub);
    Err(Failure::usage(sub.map(clap::Command::get_name), message))
}

/// A usage error as the tool words its others ("unknown option '--frob'", "convert needs a
/// FILE"); clap's own sentence for the kinds this CLI gives no occasion for.
fn in_own_words(error: &clap::Error, cmd: &clap::Command, sub: Option<&clap::Command>) -> String {
    let context = |kind| error.get(kind).map(ToString::to_string).unwrap_or_default();
    let name = sub.map_or("readout", clap::Command::get_name);
    // The arguments the error is about, found by the usage text clap names them with.
    let args: Vec<&Arg> = match error.get(ContextKind::InvalidArg) {
        Some(ContextValue::String(usage)) => named(sub, usage).into_iter().collect(),
        Some(ContextValue::Strings(usages)) => {
            usages.iter().filter_map(|u| named(sub, u)).collect()
        }
        _ => Vec::new(),
    };
    match error.kind() {
        ErrorKind::MissingSubcommand => {
            let names: Vec<&str> = cmd
                .get_subcommands()
                .map(clap::Command::get_name)
                .filter(|name| *name != "help")
                .collect();
            format!("missing command ({})", either(&names))
        }
        ErrorKind::InvalidSubcommand => {
            format!(
                "unknown command '{}'",
                context(ContextKind::InvalidSubcommand)
            )
        }
        ErrorKind::UnknownArgument => {
            let arg = context(ContextKind::InvalidArg);
            match sub.and_then(|s| s.get_positionals().next()) {
                _ if arg.starts_with('-') => format!("unknown option '{arg}'"),
                Some(positional) => format!("{name} takes one {}", value_name(positional)),
                None => format!("{name} takes no arguments ('{arg}')"),
            }
        }
        ErrorKind::InvalidValue if args.len() == 1 => {
            let arg = args[0];
            let valid = match error.get(ContextKind::ValidValue) {
                Some(ContextValue::Strings(values)) => either(values),
                _ => String::new(),
            };
            let flag = flag(arg);
            match error.get(ContextKind::InvalidValue) {
                Some(ContextValue::String(value)) if !value.is_empty() && !valid.is_empty() => {
                    let what = value_name(arg).to_lowercase();
                    format!("unknown {what} '{value}': {flag} takes {valid}")
                }
                _ if valid.is_empty() => format!("{flag} needs a value"),
                _ => format!("{flag} needs a value ({valid})"),
            }
        }
        ErrorKind::MissingRequiredArgument | ErrorKind::TooFewValues if !args.is_empty() => {
            let needs: Vec<String> = args.iter().map(|arg| needs(arg)).collect();
            format!("{name} needs {}", needs.join(" and "))
        }
        _ => {
            let rendered = error.render().to_string();
            let first = rendered.lines().next().unwrap_or_default();
            first.strip_prefix("error: ").unwrap_or(first).to_string()
        }
    }
}

/// The argument of `sub` that an error names as `usage` ("--to <FORMAT>", "<FILE>...").
fn named<'a>(sub: Option<&'a clap::Command>, usage: &str) -> Option<&'a Arg> {
    sub?.get_arguments().find(|arg| arg.to_string() == usage)
}

/// What a missing argument is, for "convert needs ...": "--to (doccano, ... or qdc)", "a
/// FILE", "at least one FILE", "two or more FILEs".
fn needs(arg: &Arg) -> String {
    if !arg.is_positional() {
        let values: Vec<String> = arg
            .get_possible_values()
            .iter()
            .map(|v| v.get_name().to_string())
            .collect();
        return match values.as_slice() {
            [] => flag(arg),
            _ => format!("{} ({})", flag(arg), either(&values)),
        };
    }
    let name = value_name(arg);
    let range = arg.get_num_args().unwrap_or_default();
    let many = matches!(arg.get_action(), ArgAction::Append) || range.max_values() > 1;
    match (many, range.min_values()) {
        (false, _) => format!("a {name}"),
        (true, 0 | 1) => format!("at least one {name}"),
        (true, 2) => format!("two or more {name}s"),
        (true, n) => format!("{n} or more {name}s"),
    }
}

/// How an option is written ("--to", "-o" when it has no long name) or a positional named.
fn flag(arg: &Arg) -> String {
    match (arg.get_long(), arg.get_short()) {
        (Some(long), _) => format!("--{long}"),
        (None, Some(short)) => format!("-{short}"),
        (None, None) => value_name(arg),
    }
}

/// An argument's value name ("FILE").
fn value_name(arg: &Arg) -> String {
    match arg.get_value_names() {
        Some([first, ..]) => first.to_string(),
        _ => arg.get_id().to_string().to_uppercase(),
    }
}

/// Items for a sentence: "a", "a or b", "a, b or c".
pub(super) fn either(items: &[impl AsRef<str>]) -> String {
    match items {
        [] => String::new(),
        [only] => only.as_ref().to_string(),
        [rest @ .., last] => {
            let rest: Vec<&str> = rest.iter().map(AsRef::as_ref).collect();
            format!("{} or {}", rest.join(", "), last.as_ref())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Clap's own checks of the definitions (conflicting names, bad defaults and so on).
    #[test]
    fn the_definitions_are_consistent() {
        command().debug_assert();
    }

    /// Each subcommand's usage line is written by hand: it must show each of its arguments.
    #[test]
    fn every_usage_line_shows_every_argument() {
        let mut cmd = command();
        cmd.build();
        for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
            let usage = sub
                .get_overridden_usage()
                .map(ToString::to_string)
                .unwrap_or_else(|| panic!("{} has no usage line", sub.get_name()));
            assert!(
                usage.starts_with(&format!("readout {}", sub.get_name())),
                "{usage}"
            );
            for arg in sub.get_arguments().filter(|a| !a.is_hide_set()) {
                if matches!(arg.get_action(), ArgAction::Help | ArgAction::Version) {
                    continue;
                }
                let shown = match (arg.get_short(), arg.get_long()) {
                    (Some(short), _) => format!("-{short}"),
                    (None, Some(long)) => format!("--{long}"),
                    (None, None) => value_name(arg),
                };
                assert!(usage.contains(&shown), "{usage} lacks {shown}");
            }
        }
    }

    #[test]
    fn lists_read_as_a_sentence() {
        let none: [&str; 0] = [];
        assert_eq!(either(&none), "");
        assert_eq!(either(&["csv"]), "csv");
        assert_eq!(either(&["a", "b"]), "a or b");
        assert_eq!(either(&["a", "b", "c"]), "a, b or c");
    }
}
