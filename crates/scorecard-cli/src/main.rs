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
mod compare;
mod export;
mod generate;
mod import;
mod pack;
mod page;
mod publish;
mod report;
mod site_check;
mod status;

use scorecard_core::messages as msg;
use std::io::Read;
use std::process::ExitCode;

/// The commands' synopsis, after the word "usage" in the language chosen.
const USAGE: &str = "scorecard check [--json] FILE...
       scorecard check --site DIR [--json]
       scorecard status FILE [--period P] [--json]
       scorecard import FILE [--mapping M.json] [--sheet NAME] [--period P] [--into OLD.json]
                        [--organisation NAME] [--title TEXT] [-o OUT.json] [--write-mapping M.json] [--json]
       scorecard export FILE.json (--xlsx OUT.xlsx | --ods OUT.ods | --csv OUT.csv)
       scorecard generate --indicators N --periods M [--output FILE]
       scorecard generate --pack DIR --areas A --measures M --periods P
       scorecard pack build RECIPE.json [--from DIR] -o OUT/index.json
       scorecard pack check PACK/index.json...
       scorecard pack info PACK/index.json [--json]
       scorecard compare PACK/index.json --area CODE [--group ID] [--measure ID]... [--period P] [--json]
       scorecard page FILE --shell dist/index.html [--src ADDRESS] [-o OUT.html]
       scorecard publish FILE --site DIR [--url URL]
       scorecard report FILE --docx OUT.docx [--period P]";

fn usage() -> String {
    format!("{}: {USAGE}\n{}", msg::t().usage_word(), msg::t().lang_option_note())
}

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
    let mut argv: Vec<String> = std::env::args().skip(1).collect();
    if let Err(reason) = take_lang(&mut argv) {
        eprintln!("scorecard: {reason}\n{}", usage());
        return ExitCode::from(2);
    }
    let result: Result<u8, Failure> = match argv.first().map(String::as_str) {
        Some("check") => check::run(&argv[1..]),
        Some("status") => status::run(&argv[1..]).map_err(Failure::Usage),
        Some("generate") => generate::run(&argv[1..]).map_err(Failure::Usage),
        Some("import") => import::run(&argv[1..]),
        Some("export") => export::run(&argv[1..]),
        Some("pack") => pack::run(&argv[1..]),
        Some("compare") => compare::run(&argv[1..]),
        Some("page") => page::run(&argv[1..]),
        Some("publish") => publish::run(&argv[1..]),
        Some("report") => report::run(&argv[1..]),
        Some("-h" | "--help" | "help") => {
            outln!("{}", usage());
            Ok(0)
        }
        Some(other) => Err(Failure::Usage(msg::t().unknown_command(other))),
        None => Err(Failure::Usage(msg::t().no_command())),
    };
    match result {
        Ok(code) => ExitCode::from(code),
        Err(Failure::Usage(reason)) => {
            eprintln!("scorecard: {reason}\n{}", usage());
            ExitCode::from(2)
        }
        Err(Failure::Fatal(reason)) => {
            eprintln!("scorecard: {reason}");
            ExitCode::from(2)
        }
    }
}

static ASKED_LANG: std::sync::OnceLock<&'static str> = std::sync::OnceLock::new();

/// The language `--lang` asked for, if it was given: `page` writes its view in it.
pub fn asked_lang() -> Option<&'static str> {
    ASKED_LANG.get().copied()
}

/// `--lang cy` (or `--lang=cy`) anywhere: the language of everything said from here on.
fn take_lang(argv: &mut Vec<String>) -> Result<(), String> {
    let Some(i) = argv.iter().position(|a| a == "--lang" || a.starts_with("--lang=")) else { return Ok(()) };
    let value = match argv[i].strip_prefix("--lang=") {
        Some(v) => v.to_string(),
        None if i + 1 < argv.len() => argv.remove(i + 1),
        None => String::new(),
    };
    argv.remove(i);
    let lang = msg::Lang::parse(&value).ok_or_else(|| msg::t().unknown_language_option(&value))?;
    let _ = ASKED_LANG.set(lang.code());
    // `--json` is for scripts: the same in every language, messages included.
    if !argv.iter().any(|a| a == "--json") {
        msg::set_lang(lang);
    }
    Ok(())
}

/// Why FILE cannot be shown at all: its first problem, where it is.
pub fn unshowable(file: &str, diagnostics: &[scorecard_core::Diagnostic]) -> Failure {
    let why = diagnostics.first().map_or(String::new(), |d| format!("{} {}", d.pointer, d.message));
    Failure::Fatal(format!("{file}: {}", why.trim()))
}

/// The bytes of FILE, or of standard input for `-`.
pub fn read_input(path: &str) -> Result<Vec<u8>, String> {
    if path == "-" {
        let mut buf = Vec::new();
        std::io::stdin().read_to_end(&mut buf).map_err(|e| msg::t().cannot_read_stdin(&e.to_string()))?;
        Ok(buf)
    } else {
        std::fs::read(path).map_err(|e| msg::t().cannot_read_file(&e.to_string()))
    }
}
