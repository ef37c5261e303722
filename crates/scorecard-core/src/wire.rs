//! Each enum's words in the file format, written once: the reader, the writers (CLI JSON,
//! export, import) and the dashboard's `data-` attributes all use the same table.

/// Declares a fieldless enum with its wire words: `ALL` (in declaration order), `WORDS`
/// (word, variant) for readers that list what is allowed, `as_str` and `parse`.
macro_rules! wire_enum {
    (
        $(#[$meta:meta])*
        pub enum $name:ident { $($(#[$vmeta:meta])* $variant:ident = $word:literal),+ $(,)? }
    ) => {
        $(#[$meta])*
        pub enum $name { $($(#[$vmeta])* $variant),+ }

        impl $name {
            pub const ALL: [$name; [$($word),+].len()] = [$($name::$variant),+];
            pub const WORDS: &'static [(&'static str, $name)] = &[$(($word, $name::$variant)),+];

            /// The word the file format uses.
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $word),+ }
            }

            /// The variant a file-format word names, exactly as written.
            pub fn parse(word: &str) -> Option<$name> {
                match word { $($word => Some($name::$variant),)+ _ => None }
            }
        }
    };
}

pub(crate) use wire_enum;
