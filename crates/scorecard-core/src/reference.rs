//! Section 0 of the rules: which of an indicator's periods a dashboard period shows.

use crate::model::Indicator;
use crate::period::{Calendar, Period};

pub fn reference_period(ind: &Indicator, cal: Calendar, p: Period) -> Period {
    let (mine, shown) = (ind.frequency.months(), p.kind().months());
    if mine == shown {
        return p;
    }
    if mine < shown {
        // Finer: the latest of its periods inside P with an observation, else the last.
        let mut last = None;
        let mut latest_observed = None;
        for q in cal.periods_within(ind.frequency, p) {
            if ind.observation(cal, q).is_some() {
                latest_observed = Some(q);
            }
            last = Some(q);
        }
        return latest_observed.or(last).unwrap_or(p);
    }
    // Coarser: the latest of its periods with an observation that does not start after P,
    // else the one containing P.
    let start = cal.start(p);
    ind.values
        .iter()
        .rev()
        .map(|o| o.period)
        .find(|q| cal.start(*q) <= start)
        .unwrap_or_else(|| cal.containing(ind.frequency, start))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Polarity;
    use crate::period::PeriodKind;
    use crate::testing::{indicator, with_values};

    fn p(s: &str) -> Period {
        Period::parse(s).unwrap()
    }

    #[test]
    fn same_form_is_itself() {
        let ind = indicator(Polarity::Higher, 1);
        assert_eq!(reference_period(&ind, Calendar::default(), p("2023/24-Q2")), p("2023/24-Q2"));
    }

    #[test]
    fn finer_takes_the_latest_observed_inside() {
        let cal = Calendar::default();
        let mut ind = with_values(indicator(Polarity::Higher, 1), &[("2023-07", 1.0), ("2023-08", 2.0)]);
        ind.frequency = PeriodKind::Month;
        assert_eq!(reference_period(&ind, cal, p("2023/24-Q2")), p("2023-08"));
        assert_eq!(reference_period(&ind, cal, p("2023/24-Q3")), p("2023-12"));
        assert_eq!(reference_period(&ind, cal, p("2023/24")), p("2023-08"));
    }

    #[test]
    fn coarser_takes_the_latest_observed_not_after() {
        let cal = Calendar::default();
        let mut ind = with_values(indicator(Polarity::Higher, 1), &[("2021/22", 1.0), ("2022/23", 2.0)]);
        ind.frequency = PeriodKind::Year;
        assert_eq!(reference_period(&ind, cal, p("2023/24-Q2")), p("2022/23"));
        assert_eq!(reference_period(&ind, cal, p("2022/23-Q1")), p("2022/23"));
        assert_eq!(reference_period(&ind, cal, p("2020/21-Q1")), p("2020/21"));
        let mut q = with_values(indicator(Polarity::Higher, 1), &[("2023/24-Q1", 1.0)]);
        q.frequency = PeriodKind::Quarter;
        assert_eq!(reference_period(&q, cal, p("2023-08")), p("2023/24-Q1"));
    }
}
