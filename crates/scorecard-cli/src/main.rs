//! `scorecard`: check a scorecard file, show its statuses, generate benchmark data.
//! Output formats are a contract (`cli.md`): plain lines for people, `--json` for scripts.

/// Prints a line to standard output; a closed pipe (`scorecard status f | head`) ends the
/// program quietly instead of panicking.
macro_rules! outln {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        if writeln!(std::io::stdout().lock(), $($arg)*).is_err() {
            std::process::exit(0);
        }
    }};
}

mod args;
mod check;
mod generate;
mod status;

use std::io::Read;
use std::process::ExitCode;

const USAGE: &str = "usage: scorecard check [--json] FILE...
       scorecard status FILE [--period P] [--json]
       scorecard generate --indicators N --periods M [--output FILE]";

fn main() -> ExitCode {
    let argv: Vec<String> = std::env::args().skip(1).collect();
    let result = match argv.first().map(String::as_str) {
        Some("check") => check::run(&argv[1..]),
        Some("status") => status::run(&argv[1..]),
        Some("generate") => generate::run(&argv[1..]),
        Some("-h" | "--help" | "help") => {
            outln!("{USAGE}");
            Ok(0)
        }
        Some(other) => Err(format!("unknown command \"{other}\"")),
        None => Err("no command given".into()),
    };
    match result {
        Ok(code) => ExitCode::from(code),
        Err(reason) => {
            eprintln!("scorecard: {reason}\n{USAGE}");
            ExitCode::from(2)
        }
    }
}

/// The bytes of FILE, or of standard input for `-`.
pub fn read_input(path: &str) -> Result<Vec<u8>, String> {
    if path == "-" {
        let mut buf = Vec::new();
        std::io::stdin().read_to_end(&mut buf).map_err(|e| format!("cannot read standard input: {e}"))?;
        Ok(buf)
    } else {
        std::fs::read(path).map_err(|e| format!("cannot read the file: {e}"))
    }
}
