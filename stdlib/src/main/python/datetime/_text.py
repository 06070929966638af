"""Text conversions for the datetime package: strftime, ISO 8601 parsing and strptime.

Hand-written scanners (regpy has no re module).  Offsets are passed around as timedelta-like
objects on the way out and as microsecond counts on the way in, so this module does not
depend on the datetime classes.
"""

from datetime._fields import (_MONTHNAMES, _FULL_MONTHNAMES, _DAYNAMES, _FULL_DAYNAMES,
                              _ymd2ord, _ord2ymd, _iso_calendar, _isocalendar_to_ymd)

# ---------------------------------------------------------------- formatting helpers

def _format_time(hh, mm, ss, us, timespec='auto'):
    specs = {'hours': '{:02d}', 'minutes': '{:02d}:{:02d}', 'seconds': '{:02d}:{:02d}:{:02d}',
             'milliseconds': '{:02d}:{:02d}:{:02d}.{:03d}',
             'microseconds': '{:02d}:{:02d}:{:02d}.{:06d}'}
    if timespec == 'auto':
        timespec = 'microseconds' if us else 'seconds'
    elif timespec == 'milliseconds':
        us //= 1000
    try:
        fmt = specs[timespec]
    except KeyError:
        raise ValueError('Unknown timespec value') from None
    return fmt.format(hh, mm, ss, us)


def _format_offset(off, sep=':'):
    """'+HH:MM[:SS[.ffffff]]' for a UTC offset (a timedelta), '' for None."""
    if off is None:
        return ''
    us = (off.days * 86400 + off.seconds) * 10 ** 6 + off.microseconds
    sign = '-' if us < 0 else '+'
    hh, rest = divmod(abs(us), 3600 * 10 ** 6)
    mm, rest = divmod(rest, 60 * 10 ** 6)
    ss, us = divmod(rest, 10 ** 6)
    s = f'{sign}{hh:02d}{sep}{mm:02d}'
    if ss or us:
        s += f'{sep}{ss:02d}'
        if us:
            s += f'.{us:06d}'
    return s


def _strftime(obj, fmt, timetuple):
    """strftime for date/time/datetime with C-locale names, done here (no platform calls)."""
    if not isinstance(fmt, str):
        raise TypeError(f"strftime() argument 1 must be str, not {type(fmt).__name__}")
    year, month, day, hour, minute, second, wday, yday = timetuple[:8]
    us = getattr(obj, 'microsecond', 0)
    out = []
    i, n = 0, len(fmt)
    while i < n:
        c = fmt[i]
        if c != '%' or i + 1 == n:
            out.append(c)
            i += 1
            continue
        d = fmt[i + 1]
        i += 2
        if d == ':' and i < n and fmt[i] == 'z':
            i += 1
            out.append(_format_offset(obj.utcoffset(), ':') if hasattr(obj, 'utcoffset') else '')
            continue
        out.append(_directive(obj, d, year, month, day, hour, minute, second, wday, yday, us))
    return ''.join(out)


def _directive(obj, d, year, month, day, hour, minute, second, wday, yday, us):
    iso_year, iso_week, iso_day = _iso_calendar(year, month, day)
    if d == 'a':
        return _DAYNAMES[wday + 1]
    if d == 'A':
        return _FULL_DAYNAMES[wday + 1]
    if d == 'w':
        return str((wday + 1) % 7)
    if d == 'u':
        return str(wday + 1)
    if d == 'd':
        return f'{day:02d}'
    if d == 'e':
        return f'{day:2d}'
    if d in ('b', 'h'):
        return _MONTHNAMES[month]
    if d == 'B':
        return _FULL_MONTHNAMES[month]
    if d == 'm':
        return f'{month:02d}'
    if d == 'y':
        return f'{year % 100:02d}'
    if d == 'Y':
        return str(year)
    if d == 'G':
        return str(iso_year)
    if d == 'V':
        return f'{iso_week:02d}'
    if d == 'C':
        return f'{year // 100:02d}'
    if d == 'H':
        return f'{hour:02d}'
    if d == 'k':
        return f'{hour:2d}'
    if d == 'I':
        return f'{(hour % 12) or 12:02d}'
    if d == 'l':
        return f'{(hour % 12) or 12:2d}'
    if d == 'p':
        return 'AM' if hour < 12 else 'PM'
    if d == 'M':
        return f'{minute:02d}'
    if d == 'S':
        return f'{second:02d}'
    if d == 'f':
        return f'{us:06d}'
    if d == 'j':
        return f'{yday:03d}'
    if d == 'U':
        return f'{(yday + 6 - (wday + 1) % 7) // 7:02d}'
    if d == 'W':
        return f'{(yday + 6 - wday) // 7:02d}'
    if d == 'z':
        return _format_offset(obj.utcoffset(), '') if hasattr(obj, 'utcoffset') else ''
    if d == 'Z':
        name = obj.tzname() if hasattr(obj, 'tzname') else None
        return name.replace('%', '%%') if name else ''
    if d == 'c':
        return (f'{_DAYNAMES[wday + 1]} {_MONTHNAMES[month]} {day:2d} '
                f'{hour:02d}:{minute:02d}:{second:02d} {year}')
    if d == 'x':
        return f'{month:02d}/{day:02d}/{year % 100:02d}'
    if d in ('X', 'T'):
        return f'{hour:02d}:{minute:02d}:{second:02d}'
    if d == 'D':
        return f'{month:02d}/{day:02d}/{year % 100:02d}'
    if d == 'F':
        return f'{year}-{month:02d}-{day:02d}'
    if d == 'R':
        return f'{hour:02d}:{minute:02d}'
    if d == 'r':
        return f'{(hour % 12) or 12:02d}:{minute:02d}:{second:02d} {"AM" if hour < 12 else "PM"}'
    if d == 'n':
        return '\n'
    if d == 't':
        return '\t'
    if d == '%':
        return '%'
    return '%' + d


# ---------------------------------------------------------------- ISO 8601 parsing

def _parse_int(text, what):
    if not text.isdigit() or not text.isascii():
        raise ValueError(what)
    return int(text)


def _parse_isoformat_date(dtstr):
    """'YYYY-MM-DD', 'YYYYMMDD', 'YYYY-Www-D' or 'YYYYWwwD' -> [year, month, day]."""
    if len(dtstr) < 7:
        raise ValueError('Invalid isoformat string')
    year = _parse_int(dtstr[0:4], 'year')
    has_sep = dtstr[4] == '-'
    pos = 5 if has_sep else 4
    if dtstr[pos] == 'W':
        pos += 1
        week = _parse_int(dtstr[pos:pos + 2], 'week')
        pos += 2
        day = 1
        if len(dtstr) > pos:
            if (dtstr[pos] == '-') != has_sep:
                raise ValueError('Inconsistent use of dash separator')
            pos += has_sep
            day = _parse_int(dtstr[pos:pos + 1], 'day')
            pos += 1
        if pos != len(dtstr):
            raise ValueError('Invalid isoformat string')
        return list(_isocalendar_to_ymd(year, week, day))
    month = _parse_int(dtstr[pos:pos + 2], 'month')
    pos += 2
    if (dtstr[pos:pos + 1] == '-') != has_sep:
        raise ValueError('Inconsistent use of dash separator')
    pos += has_sep
    day = _parse_int(dtstr[pos:pos + 2], 'day')
    if pos + 2 != len(dtstr):
        raise ValueError('Invalid isoformat string')
    return [year, month, day]


def _parse_isoformat_time(tstr):
    """'HH[:MM[:SS[.fff[fff]]]][+HH:MM|Z]' (colons optional) -> ([h, m, s, us], offset).

    The offset is in microseconds (0 for 'Z'), or None without a time zone.
    """
    tz = None
    for i, c in enumerate(tstr):
        if c in '+-Z':
            time_part, tz_part = tstr[:i], tstr[i:]
            break
    else:
        time_part, tz_part = tstr, ''
    fields = _parse_hh_mm_ss_ff(time_part)
    if tz_part:
        if tz_part == 'Z':
            tz = 0
        else:
            sign = -1 if tz_part[0] == '-' else 1
            h, m, s, us = _parse_hh_mm_ss_ff(tz_part[1:])
            tz = sign * (((h * 60 + m) * 60 + s) * 10 ** 6 + us)
    return fields, tz


def _parse_hh_mm_ss_ff(tstr):
    if not tstr:
        raise ValueError('Isoformat time too short')
    fraction = ''
    for sep in ('.', ','):
        if sep in tstr:
            tstr, fraction = tstr.split(sep, 1)
            break
    parts = tstr.split(':') if ':' in tstr else [tstr[i:i + 2] for i in range(0, len(tstr), 2)]
    if not 1 <= len(parts) <= 3 or any(len(p) != 2 for p in parts):
        raise ValueError('Invalid isoformat time')
    values = [_parse_int(p, 'time') for p in parts] + [0] * (3 - len(parts))
    us = 0
    if fraction:
        if len(parts) != 3 or not fraction.isdigit():
            raise ValueError('Invalid microsecond component')
        us = int(fraction[:6].ljust(6, '0'))
    return values + [us]


def _find_isoformat_datetime_separator(dtstr):
    """Index of the date/time separator (any single character after the date part)."""
    length = len(dtstr)
    if length == 7:
        return 7
    if dtstr[4] == '-':
        if dtstr[5] == 'W':
            return 8 if length == 8 or dtstr[8] != '-' else 10
        return 10
    if dtstr[4] == 'W':
        return 7 if length == 7 or not dtstr[7].isdigit() else 8
    return 8


# ---------------------------------------------------------------- strptime

def _strptime(data_string, format):
    """Parse data_string with format: ([year, month, day, hour, minute, second, us], offset).

    The offset is in microseconds, or None when the format has no %z.
    """
    if not isinstance(data_string, str):
        raise TypeError(f'strptime() argument 1 must be str, not {type(data_string).__name__}')
    if not isinstance(format, str):
        raise TypeError(f'strptime() argument 2 must be str, not {type(format).__name__}')
    mismatch = ValueError(f'time data {data_string!r} does not match format {format!r}')
    values = {}
    pos = 0
    i = 0
    s = data_string

    def number(max_len, min_len=1):
        nonlocal pos
        end = pos
        while end < len(s) and end - pos < max_len and s[end].isdigit():
            end += 1
        if end - pos < min_len:
            raise mismatch
        text = s[pos:end]
        pos = end
        return int(text)

    def name(options):
        nonlocal pos
        for index, option in sorted(enumerate(options), key=lambda p: -len(p[1] or '')):
            if option and s[pos:pos + len(option)].lower() == option.lower():
                pos += len(option)
                return index
        raise mismatch

    while i < len(format):
        c = format[i]
        if c == '%' and i + 1 < len(format):
            d = format[i + 1]
            i += 2
            if d == 'Y':
                values['year'] = number(4, 4)
            elif d == 'y':
                y = number(2, 2)
                values['year'] = y + (2000 if y < 69 else 1900)
            elif d == 'm':
                values['month'] = number(2)
            elif d == 'd':
                values['day'] = number(2)
            elif d == 'H':
                values['hour'] = number(2)
            elif d == 'I':
                values['hour12'] = number(2)
            elif d == 'M':
                values['minute'] = number(2)
            elif d == 'S':
                values['second'] = number(2)
            elif d == 'f':
                start = pos
                number(6)
                values['us'] = int(s[start:pos].ljust(6, '0'))
            elif d == 'j':
                values['yday'] = number(3)
            elif d in ('b', 'h'):
                values['month'] = name(_MONTHNAMES)
            elif d == 'B':
                values['month'] = name(_FULL_MONTHNAMES)
            elif d == 'a':
                name(_DAYNAMES)
            elif d == 'A':
                name(_FULL_DAYNAMES)
            elif d == 'p':
                values['pm'] = name(['AM', 'PM']) == 1
            elif d == 'z':
                values['tz'] = _parse_strptime_offset(s, pos, mismatch)
                pos = values['tz'][1]
            elif d == 'Z':
                zone = name(['UTC', 'GMT'])
                values.setdefault('zone', zone)
            elif d == '%':
                if s[pos:pos + 1] != '%':
                    raise mismatch
                pos += 1
            else:
                raise ValueError(f"'{d}' is a bad directive in format '{format}'")
        elif c.isspace():
            i += 1
            while pos < len(s) and s[pos].isspace():
                pos += 1
        else:
            if s[pos:pos + 1] != c:
                raise mismatch
            pos += 1
            i += 1
    if pos != len(s):
        raise ValueError(f'unconverted data remains: {s[pos:]}')
    year = values.get('year', 1900)
    month = values.get('month', 1)
    day = values.get('day', 1)
    if 'yday' in values and 'month' not in values and 'day' not in values:
        year_, month, day = _ord2ymd(_ymd2ord(year, 1, 1) + values['yday'] - 1)
    hour = values.get('hour', 0)
    if 'hour12' in values:
        hour = values['hour12'] % 12 + (12 if values.get('pm') else 0)
    offset = values['tz'][0] if 'tz' in values else None
    return [year, month, day, hour, values.get('minute', 0), values.get('second', 0),
            values.get('us', 0)], offset


def _parse_strptime_offset(s, pos, mismatch):
    if s[pos:pos + 1] == 'Z':
        return 0, pos + 1
    if s[pos:pos + 1] not in ('+', '-'):
        raise mismatch
    sign = -1 if s[pos] == '-' else 1
    pos += 1
    digits = []
    while pos < len(s) and (s[pos].isdigit() or s[pos] == ':'):
        if s[pos] != ':':
            digits.append(s[pos])
        pos += 1
    text = ''.join(digits)
    if len(text) < 4:
        raise mismatch
    hours, minutes = int(text[:2]), int(text[2:4])
    seconds = int(text[4:6]) if len(text) >= 6 else 0
    return sign * (hours * 3600 + minutes * 60 + seconds) * 10 ** 6, pos
