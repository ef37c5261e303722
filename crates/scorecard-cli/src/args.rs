//! A small argument reader: flags anywhere, `--flag value` or `--flag=value`.

pub struct Args {
    pub positional: Vec<String>,
    pub json: bool,
    pub options: Vec<(String, String)>,
}

/// Reads `argv`, accepting `--json` and the named options that take a value.
pub fn parse(argv: &[String], options: &[&str]) -> Result<Args, String> {
    let mut out = Args { positional: Vec::new(), json: false, options: Vec::new() };
    let mut i = 0;
    while i < argv.len() {
        let a = &argv[i];
        if a == "--json" {
            out.json = true;
        } else if let Some(flag) =
            a.strip_prefix("--").or_else(|| (a == "-o" && options.contains(&"o")).then_some("o"))
        {
            let (name, inline) = match flag.split_once('=') {
                Some((n, v)) => (n, Some(v.to_string())),
                None => (flag, None),
            };
            if !options.contains(&name) {
                return Err(scorecard_core::messages::t().unknown_option(name));
            }
            let value = match inline {
                Some(v) => v,
                None => {
                    i += 1;
                    argv.get(i)
                        .cloned()
                        .ok_or_else(|| scorecard_core::messages::t().option_needs_value(name))?
                }
            };
            out.options.push((name.to_string(), value));
        } else {
            out.positional.push(a.clone());
        }
        i += 1;
    }
    Ok(out)
}

impl Args {
    pub fn option(&self, name: &str) -> Option<&str> {
        self.options.iter().rev().find(|(n, _)| n == name).map(|(_, v)| v.as_str())
    }

    pub fn number(&self, name: &str) -> Result<usize, String> {
        let v = self.option(name).ok_or_else(|| scorecard_core::messages::t().option_required(name))?;
        v.parse().map_err(|_| scorecard_core::messages::t().not_whole_number(name, v))
    }
}
