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
    let read = prerender::Read::of(&read_input(file).map_err(Failure::Fatal)?)
        .map_err(|diagnostics| crate::unshowable(file, &diagnostics))?;
    let left_out = read.left_out.total();
    // The page loads the file its setting names (or the bundled sample's address), unless
    // `--src` says where it is now: that is written into the page's setting.
    let src = match a.option("src") {
        Some(src) => src.to_string(),
        None => scorecard_app::published::loaded_address(&shell),
    };
    let mut written = prerender::page(&shell, read, &src, crate::asked_lang());
    if a.option("src").is_some() {
        written.html = prerender::set_setting(&written.html, "scorecard-src", &src);
    }
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
