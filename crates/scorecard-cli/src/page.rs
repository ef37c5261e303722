//! `scorecard page FILE --shell dist/index.html [--src ADDRESS] [-o OUT.html]`: the dashboard's
//! page with FILE's overview already written in, by the dashboard's own components. A phone
//! paints the figures with the page, before the app has arrived; the app then takes over.

use crate::{args, read_input, Failure};
use scorecard_app::prerender;
use scorecard_core::messages as msg;

pub fn run(argv: &[String]) -> Result<u8, Failure> {
    let a = args::parse(argv, &["shell", "src", "o"])?;
    let ([file], Some(shell_path)) = (a.positional.as_slice(), a.option("shell")) else {
        return Err(Failure::Usage(msg::t().page_needs_file()));
    };
    let shell = String::from_utf8(read_input(shell_path).map_err(Failure::Fatal)?)
        .map_err(|e| Failure::Fatal(msg::t().cannot_read_file(&e.to_string())))?;
    if !prerender::has_room(&shell) {
        return Err(Failure::Fatal(msg::t().page_without_room(shell_path, prerender::MARK)));
    }
    let loaded = scorecard_core::read_to_show(&read_input(file).map_err(Failure::Fatal)?);
    let Some(scorecard) = loaded.scorecard else {
        return Err(crate::unshowable(file, &loaded.diagnostics));
    };
    // The page loads the file from beside itself unless told otherwise.
    let beside = std::path::Path::new(file).file_name().map(|n| n.to_string_lossy().into_owned());
    let src = a.option("src").map(str::to_string).or(beside).unwrap_or_else(|| file.clone());
    let left_out = loaded.left_out.total();
    let written = prerender::page(
        &shell,
        prerender::Read { scorecard, diagnostics: loaded.diagnostics, left_out: loaded.left_out },
        &src,
        crate::asked_lang(),
    );
    match a.option("o") {
        Some(path) => {
            std::fs::write(path, &written.html)
                .map_err(|e| Failure::Fatal(msg::t().cannot_write(path, &e.to_string())))?;
            outln!("{}", msg::t().page_summary(file, written.lang, path));
        }
        None => outln!("{}", written.html),
    }
    Ok(if left_out > 0 { 1 } else { 0 })
}
