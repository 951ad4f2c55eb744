//! Calendars other than the Gregorian one that readouts date conversations in.

/// The Gregorian date of a Solar Hijri one (the arithmetic of the Iranian calendar's
/// 33-year cycles, exact for the years readouts are written in).
pub(crate) fn solar_hijri_to_gregorian(jy: i32, jm: u32, jd: u32) -> (i32, u32, u32) {
    let jy = i64::from(jy) + 1595;
    let (jm, jd) = (i64::from(jm), i64::from(jd));
    let mut days = -355_668
        + 365 * jy
        + (jy / 33) * 8
        + ((jy % 33) + 3) / 4
        + jd
        + if jm < 7 {
            (jm - 1) * 31
        } else {
            (jm - 7) * 30 + 186
        };
    let mut gy = 400 * (days / 146_097);
    days %= 146_097;
    if days > 36_524 {
        days -= 1;
        gy += 100 * (days / 36_524);
        days %= 36_524;
        if days >= 365 {
            days += 1;
        }
    }
    gy += 4 * (days / 1461);
    days %= 1461;
    if days > 365 {
        gy += (days - 1) / 365;
        days = (days - 1) % 365;
    }
    let mut gd = days + 1;
    let leap = (gy % 4 == 0 && gy % 100 != 0) || gy % 400 == 0;
    let lengths = [
        31,
        if leap { 29 } else { 28 },
        31,
        30,
        31,
        30,
        31,
        31,
        30,
        31,
        30,
        31,
    ];
    let mut gm = 1;
    for len in lengths {
        if gd <= len {
            break;
        }
        gd -= len;
        gm += 1;
    }
    (
        i32::try_from(gy).unwrap_or(0),
        u32::try_from(gm).unwrap_or(1),
        u32::try_from(gd).unwrap_or(1),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn solar_hijri_dates_convert() {
        assert_eq!(solar_hijri_to_gregorian(1402, 8, 23), (2023, 11, 14));
        assert_eq!(solar_hijri_to_gregorian(1403, 1, 1), (2024, 3, 20));
        assert_eq!(solar_hijri_to_gregorian(1399, 12, 30), (2021, 3, 20));
        assert_eq!(solar_hijri_to_gregorian(1398, 10, 1), (2019, 12, 22));
    }
}
