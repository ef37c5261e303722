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

/// Import and check build and drop millions of small values (cells, JSON nodes); mimalloc
/// makes that about a fifth faster than the system allocator (docs/benchmarks.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

mod args;
mod check;
mod export;
mod generate;
mod import;
mod status;

use std::io::Read;
use std::process::ExitCode;

const USAGE: &str = "usage: scorecard check [--json] FILE...
       scorecard status FILE [--period P] [--json]
       scorecard import FILE [--mapping M.json] [--sheet NAME] [--period P] [--into OLD.json]
                        [--organisation NAME] [--title TEXT] [-o OUT.json] [--write-mapping M.json] [--json]
       scorecard export FILE.json (--xlsx OUT.xlsx | --csv OUT.csv)
       scorecard generate --indicators N --periods M [--output FILE]";

/// Why a command stopped: bad arguments (the usage follows) or a fatal problem with the
/// input (one line, no usage).
pub enum Failure {
    Usage(String),
    Fatal(String),
}

impl From<String> for Failure {
    fn from(s: String) -> Failure {
        Failure::Usage(s)
    }
}

fn main() -> ExitCode {
    let argv: Vec<String> = std::env::args().skip(1).collect();
    let result: Result<u8, Failure> = match argv.first().map(String::as_str) {
        Some("check") => check::run(&argv[1..]).map_err(Failure::Usage),
        Some("status") => status::run(&argv[1..]).map_err(Failure::Usage),
        Some("generate") => generate::run(&argv[1..]).map_err(Failure::Usage),
        Some("import") => import::run(&argv[1..]),
        Some("export") => export::run(&argv[1..]),
        Some("-h" | "--help" | "help") => {
            outln!("{USAGE}");
            Ok(0)
        }
        Some(other) => Err(Failure::Usage(format!("unknown command \"{other}\""))),
        None => Err(Failure::Usage("no command given".into())),
    };
    match result {
        Ok(code) => ExitCode::from(code),
        Err(Failure::Usage(reason)) => {
            eprintln!("scorecard: {reason}\n{USAGE}");
            ExitCode::from(2)
        }
        Err(Failure::Fatal(reason)) => {
            eprintln!("scorecard: {reason}");
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
