//! Problems found in a file: where (a JSON Pointer) and what, in an officer's words.

use serde::Serialize;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    pub severity: Severity,
    /// RFC 6901; the empty string is the whole document.
    pub pointer: String,
    pub message: String,
}

/// A place in the JSON document, rendered to a pointer only when a problem is reported,
/// so that reading 200,000 valid observations builds no strings.
#[derive(Clone, Copy, Debug)]
pub enum Path<'a> {
    Root,
    Key(&'a Path<'a>, &'a str),
    Index(&'a Path<'a>, usize),
}

impl<'a> Path<'a> {
    pub fn key(&'a self, key: &'a str) -> Path<'a> {
        Path::Key(self, key)
    }

    pub fn index(&'a self, i: usize) -> Path<'a> {
        Path::Index(self, i)
    }

    pub fn pointer(&self) -> String {
        let mut parts = Vec::new();
        let mut at = self;
        loop {
            match at {
                Path::Root => break,
                Path::Key(parent, k) => {
                    parts.push(k.replace('~', "~0").replace('/', "~1"));
                    at = parent;
                }
                Path::Index(parent, i) => {
                    parts.push(i.to_string());
                    at = parent;
                }
            }
        }
        parts.iter().rev().fold(String::new(), |mut s, p| {
            s.push('/');
            s.push_str(p);
            s
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pointers_escape_as_rfc_6901_says() {
        let root = Path::Root;
        let a = root.key("indicators");
        let b = a.index(12);
        let c = b.key("a/b~c");
        assert_eq!(c.pointer(), "/indicators/12/a~1b~0c");
        assert_eq!(root.pointer(), "");
    }
}
