//! Counts in Welsh, written in figures as Welsh Government and council sites write them
//! ("2 ddangosydd", "3 cham", "6 thunnell"): the noun after a numeral is singular, and takes
//! the mutation the numeral's word causes — soft after 2 (and after 1 for a feminine noun),
//! aspirate after 3 for a masculine noun (tri) and after 6 for either (chwe); and nasal after
//! 5, 7, 8, 9, 10, 12, 15, 18, 20 and 100 for the few nouns that take it there (blynedd,
//! blwydd, diwrnod: "5 niwrnod", "10 mlynedd"). Other numbers, 21 among them, leave the noun as
//! it is.

/// A Welsh noun's gender, which decides its mutation after 1 and 3.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gender {
    Masculine,
    Feminine,
}

/// `"{n} {noun}"` with the noun's first word mutated as the numeral requires. `n` is the
/// figure as it will be shown (`"2"`, `"1,050"`); a figure that is not a whole number leaves
/// the noun as it is.
pub fn count(n: &str, noun: &str, gender: Gender) -> String {
    let whole: Option<u64> = n.replace(',', "").parse().ok();
    let word = match (whole, gender) {
        (Some(1), Gender::Feminine) => soft_after_un(noun),
        (Some(2), _) => soft(noun),
        (Some(3), Gender::Masculine) | (Some(6), _) => aspirate(noun),
        (Some(5 | 7 | 8 | 9 | 10 | 12 | 15 | 18 | 20 | 100), _) => nasal_after_numeral(noun),
        _ => noun.to_string(),
    };
    format!("{n} {word}")
}

/// A count of a masculine noun: `of(2, "dangosydd")` → "2 ddangosydd".
pub fn of(n: impl ToString, noun: &str) -> String {
    count(&n.to_string(), noun, Gender::Masculine)
}

/// Soft mutation of a word's first consonant: c→g, p→b, t→d, g→(none), b→f, d→dd, ll→l,
/// m→f, rh→r.
pub fn soft(word: &str) -> String {
    for (from, to) in [
        ("ll", "l"),
        ("rh", "r"),
        ("c", "g"),
        ("p", "b"),
        ("t", "d"),
        ("g", ""),
        ("b", "f"),
        ("d", "dd"),
        ("m", "f"),
    ] {
        if let Some(rest) = word.strip_prefix(from) {
            return format!("{to}{rest}");
        }
    }
    word.to_string()
}

/// The nasal mutation the nouns of time take after 5, 7, 8, 9, 10, 12, 15, 18, 20 and 100
/// ("pum mlynedd", "deg niwrnod"); any other noun is left as it is.
fn nasal_after_numeral(word: &str) -> String {
    for (from, to) in [("blynedd", "mlynedd"), ("blwydd", "mlwydd"), ("diwrnod", "niwrnod")] {
        if let Some(rest) = word.strip_prefix(from) {
            return format!("{to}{rest}");
        }
    }
    word.to_string()
}

/// After "un" a feminine noun softens, except one beginning with ll or rh ("un llaw").
fn soft_after_un(word: &str) -> String {
    if word.starts_with("ll") || word.starts_with("rh") {
        word.to_string()
    } else {
        soft(word)
    }
}

/// Aspirate mutation: c→ch, p→ph, t→th (but not a word already beginning ch, ph or th).
pub fn aspirate(word: &str) -> String {
    if word.starts_with("ch") || word.starts_with("ph") || word.starts_with("th") {
        return word.to_string();
    }
    for (from, to) in [("c", "ch"), ("p", "ph"), ("t", "th")] {
        if let Some(rest) = word.strip_prefix(from) {
            return format!("{to}{rest}");
        }
    }
    word.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use Gender::*;

    #[test]
    fn counts_read_right_for_1_2_3_6_10_and_21() {
        let cases = [
            (
                "dangosydd",
                Masculine,
                ["1 dangosydd", "2 ddangosydd", "3 dangosydd", "6 dangosydd", "10 dangosydd", "21 dangosydd"],
            ),
            (
                "cam gweithredu",
                Masculine,
                [
                    "1 cam gweithredu", "2 gam gweithredu", "3 cham gweithredu", "6 cham gweithredu",
                    "10 cam gweithredu", "21 cam gweithredu",
                ],
            ),
            ("coch", Masculine, ["1 coch", "2 goch", "3 choch", "6 choch", "10 coch", "21 coch"]),
            (
                "tunnell",
                Feminine,
                ["1 dunnell", "2 dunnell", "3 tunnell", "6 thunnell", "10 tunnell", "21 tunnell"],
            ),
            ("punt", Feminine, ["1 bunt", "2 bunt", "3 punt", "6 phunt", "10 punt", "21 punt"]),
            ("llaw", Feminine, ["1 llaw", "2 law", "3 llaw", "6 llaw", "10 llaw", "21 llaw"]),
            ("gwerth", Masculine, ["1 gwerth", "2 werth", "3 gwerth", "6 gwerth", "10 gwerth", "21 gwerth"]),
            (
                "diwrnod",
                Masculine,
                ["1 diwrnod", "2 ddiwrnod", "3 diwrnod", "6 diwrnod", "10 niwrnod", "21 diwrnod"],
            ),
            (
                "wythnos",
                Feminine,
                ["1 wythnos", "2 wythnos", "3 wythnos", "6 wythnos", "10 wythnos", "21 wythnos"],
            ),
        ];
        for (noun, gender, want) in cases {
            for (n, w) in ["1", "2", "3", "6", "10", "21"].iter().zip(want) {
                assert_eq!(count(n, noun, gender), w, "{n} {noun}");
            }
        }
        assert_eq!(count("2.5", "diwrnod", Masculine), "2.5 diwrnod");
        assert_eq!(count("1,002", "dangosydd", Masculine), "1,002 dangosydd");
    }

    #[test]
    fn days_and_years_take_the_nasal_mutation_after_5_7_10_12_15_18_and_20() {
        for n in ["5", "7", "8", "9", "10", "12", "15", "18", "20", "100"] {
            assert_eq!(count(n, "diwrnod", Masculine), format!("{n} niwrnod"));
            assert_eq!(count(n, "blynedd", Feminine), format!("{n} mlynedd"));
        }
        for n in ["4", "11", "21"] {
            assert_eq!(count(n, "diwrnod", Masculine), format!("{n} diwrnod"), "no mutation after {n}");
        }
        assert_eq!(count("3", "blynedd", Feminine), "3 blynedd", "tair causes none");
        assert_eq!(count("5", "dangosydd", Masculine), "5 dangosydd", "only the nouns of time");
    }
}
