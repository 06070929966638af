"""Concrete date/time and related types (pure-Python datetime for regpy).

timedelta, date, time, datetime, timezone and tzinfo with CPython's arithmetic, comparisons,
reprs, isoformat/fromisoformat, strftime/strptime (C-locale names; a hand-written parser since
regpy has no re module).  Local-time conversions use the time module (localtime, mktime).
"""

import math as _math
import sys as _sys
import time as _time

__all__ = ('date', 'datetime', 'time', 'timedelta', 'timezone', 'tzinfo', 'MINYEAR', 'MAXYEAR',
           'UTC')

MINYEAR = 1
MAXYEAR = 9999
_MAXORDINAL = 3652059

_DAYS_IN_MONTH = [-1, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
_DAYS_BEFORE_MONTH = [-1]
_dbm = 0
for _dim in _DAYS_IN_MONTH[1:]:
    _DAYS_BEFORE_MONTH.append(_dbm)
    _dbm += _dim
del _dbm, _dim

_MONTHNAMES = [None, 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
_FULL_MONTHNAMES = [None, 'January', 'February', 'March', 'April', 'May', 'June', 'July',
                    'August', 'September', 'October', 'November', 'December']
_DAYNAMES = [None, 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
_FULL_DAYNAMES = [None, 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday',
                  'Sunday']


# ---------------------------------------------------------------- calendar arithmetic

def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _days_before_month(year, month):
    return _DAYS_BEFORE_MONTH[month] + (month > 2 and _is_leap(year))


def _ymd2ord(year, month, day):
    return _days_before_year(year) + _days_before_month(year, month) + day


_DI400Y = _days_before_year(401)
_DI100Y = _days_before_year(101)
_DI4Y = _days_before_year(5)


def _ord2ymd(n):
    """Proleptic Gregorian ordinal (day 1 = 0001-01-01) -> (year, month, day)."""
    n -= 1
    n400, n = divmod(n, _DI400Y)
    year = n400 * 400 + 1
    n100, n = divmod(n, _DI100Y)
    n4, n = divmod(n, _DI4Y)
    n1, n = divmod(n, 365)
    year += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        return year - 1, 12, 31
    leapyear = n1 == 3 and (n4 != 24 or n100 == 3)
    month = (n + 50) >> 5
    preceding = _DAYS_BEFORE_MONTH[month] + (month > 2 and leapyear)
    if preceding > n:
        month -= 1
        preceding -= _DAYS_IN_MONTH[month] + (month == 2 and leapyear)
    n -= preceding
    return year, month, n + 1


def _isoweek1monday(year):
    firstday = _ymd2ord(year, 1, 1)
    firstweekday = (firstday + 6) % 7
    week1monday = firstday - firstweekday
    if firstweekday > 3:
        week1monday += 7
    return week1monday


def _index(value, name):
    try:
        return type(value).__index__(value)
    except AttributeError:
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer") from None


def _check_date_fields(year, month, day):
    year, month, day = _index(year, 'year'), _index(month, 'month'), _index(day, 'day')
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError(f'year {year} is out of range')
    if not 1 <= month <= 12:
        raise ValueError('month must be in 1..12')
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError('day is out of range for month')
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond, fold):
    hour, minute = _index(hour, 'hour'), _index(minute, 'minute')
    second, microsecond = _index(second, 'second'), _index(microsecond, 'microsecond')
    if not 0 <= hour <= 23:
        raise ValueError('hour must be in 0..23')
    if not 0 <= minute <= 59:
        raise ValueError('minute must be in 0..59')
    if not 0 <= second <= 59:
        raise ValueError('second must be in 0..59')
    if not 0 <= microsecond <= 999999:
        raise ValueError('microsecond must be in 0..999999')
    if fold not in (0, 1):
        raise ValueError('fold must be either 0 or 1')
    return hour, minute, second, microsecond, fold


def _check_tzinfo_arg(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type "
                        f"'{type(tz).__name__}'")


def _cmperror(x, y):
    raise TypeError(f"can't compare '{type(x).__name__}' to '{type(y).__name__}'")


def _divide_and_round(a, b):
    """a / b rounded to the nearest integer, half to even."""
    q, r = divmod(a, b)
    r *= 2
    greater_than_half = r > b if b > 0 else r < b
    if greater_than_half or r == b and q % 2 == 1:
        q += 1
    return q


def _cls_name(obj):
    cls = obj.__class__
    module = 'datetime' if cls.__module__ in ('datetime', '_pydatetime') else cls.__module__
    return f'{module}.{cls.__qualname__}'


# ---------------------------------------------------------------- timedelta

class timedelta:
    """Difference between two datetime values: days, seconds and microseconds."""
    __slots__ = ('_days', '_seconds', '_microseconds', '_hashcode')

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0,
                weeks=0):
        total = 0
        exact = True
        from fractions import Fraction
        for value, unit in ((days, 86400 * 10 ** 6), (seconds, 10 ** 6), (microseconds, 1),
                            (milliseconds, 1000), (minutes, 60 * 10 ** 6),
                            (hours, 3600 * 10 ** 6), (weeks, 7 * 86400 * 10 ** 6)):
            if isinstance(value, int):
                total += value * unit
            elif isinstance(value, float):
                if not _math.isfinite(value):
                    raise OverflowError('cannot convert float NaN to integer'
                                        if value != value else
                                        'cannot convert float infinity to integer')
                total += Fraction(value) * unit
                exact = False
            else:
                raise TypeError(f"unsupported type for timedelta {_arg_name(unit)} component: "
                                f"{type(value).__name__}")
        if not exact:
            total = round(total)
        return cls._from_microseconds(total)

    @classmethod
    def _from_microseconds(cls, us):
        d, rem = divmod(us, 86400 * 10 ** 6)
        s, us = divmod(rem, 10 ** 6)
        if abs(d) > 999999999:
            raise OverflowError(f'days={d}; must have magnitude <= 999999999')
        self = object.__new__(cls)
        self._days, self._seconds, self._microseconds = d, s, us
        self._hashcode = -1
        return self

    def _to_microseconds(self):
        return (self._days * 86400 + self._seconds) * 10 ** 6 + self._microseconds

    def __repr__(self):
        args = []
        if self._days:
            args.append(f'days={self._days}')
        if self._seconds:
            args.append(f'seconds={self._seconds}')
        if self._microseconds:
            args.append(f'microseconds={self._microseconds}')
        if not args:
            args.append('0')
        return f"{_cls_name(self)}({', '.join(args)})"

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = f'{hh}:{mm:02d}:{ss:02d}'
        if self._days:
            s = f"{self._days} day{'' if abs(self._days) == 1 else 's'}, " + s
        if self._microseconds:
            s += f'.{self._microseconds:06d}'
        return s

    def total_seconds(self):
        """Total seconds in the duration."""
        return self._to_microseconds() / 10 ** 6

    @property
    def days(self):
        return self._days

    @property
    def seconds(self):
        return self._seconds

    @property
    def microseconds(self):
        return self._microseconds

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._to_microseconds() + other._to_microseconds())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._to_microseconds() - other._to_microseconds())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return NotImplemented

    def __neg__(self):
        return timedelta._from_microseconds(-self._to_microseconds())

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self._days < 0 else self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._from_microseconds(self._to_microseconds() * other)
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return timedelta._from_microseconds(_divide_and_round(self._to_microseconds() * a, b))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if not isinstance(other, (int, timedelta)):
            return NotImplemented
        usec = self._to_microseconds()
        if isinstance(other, timedelta):
            return usec // other._to_microseconds()
        return timedelta._from_microseconds(usec // other)

    def __truediv__(self, other):
        if not isinstance(other, (int, float, timedelta)):
            return NotImplemented
        usec = self._to_microseconds()
        if isinstance(other, timedelta):
            return usec / other._to_microseconds()
        if isinstance(other, int):
            return timedelta._from_microseconds(_divide_and_round(usec, other))
        a, b = other.as_integer_ratio()
        return timedelta._from_microseconds(_divide_and_round(b * usec, a))

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._to_microseconds() % other._to_microseconds())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._to_microseconds(), other._to_microseconds())
            return q, timedelta._from_microseconds(r)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._to_microseconds() == other._to_microseconds()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._to_microseconds() < other._to_microseconds()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._to_microseconds() <= other._to_microseconds()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._to_microseconds() > other._to_microseconds()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._to_microseconds() >= other._to_microseconds()
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash((self._days, self._seconds, self._microseconds))
        return self._hashcode

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)

    def __reduce__(self):
        return self.__class__, (self._days, self._seconds, self._microseconds)


def _arg_name(unit):
    return {86400 * 10 ** 6: 'days', 10 ** 6: 'seconds', 1: 'microseconds', 1000: 'milliseconds',
            60 * 10 ** 6: 'minutes', 3600 * 10 ** 6: 'hours'}.get(unit, 'weeks')


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59, microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


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
    if off is None:
        return ''
    sign = '+'
    if off.days < 0:
        sign = '-'
        off = -off
    hh, rest = divmod(off, timedelta(hours=1))
    mm, rest = divmod(rest, timedelta(minutes=1))
    s = f'{sign}{hh:02d}{sep}{mm:02d}'
    if rest.seconds or rest.microseconds:
        s += f'{sep}{rest.seconds:02d}'
        if rest.microseconds:
            s += f'.{rest.microseconds:06d}'
    return s


def _check_utc_offset(name, offset):
    if offset is None:
        return
    if not isinstance(offset, timedelta):
        raise TypeError(f"tzinfo.{name}() must return None or timedelta, not "
                        f"'{type(offset).__name__}'")
    if not -timedelta(1) < offset < timedelta(1):
        raise ValueError(f'{name}()={offset}, must be strictly between '
                         '-timedelta(hours=24) and timedelta(hours=24)')


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


def _iso_calendar(year, month, day):
    week1monday = _isoweek1monday(year)
    today = _ymd2ord(year, month, day)
    week, weekday = divmod(today - week1monday, 7)
    if week < 0:
        year -= 1
        week1monday = _isoweek1monday(year)
        week, weekday = divmod(today - week1monday, 7)
    elif week >= 52 and today >= _isoweek1monday(year + 1):
        year += 1
        week = 0
    return year, week + 1, weekday + 1


class IsoCalendarDate(tuple):
    """(year, week, weekday) of the ISO calendar."""

    def __new__(cls, year, week, weekday, /):
        return super().__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __reduce__(self):
        return tuple, (tuple(self),)

    def __repr__(self):
        return f'{_cls_name(self)}(year={self[0]}, week={self[1]}, weekday={self[2]})'


IsoCalendarDate.__module__ = 'datetime'


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


def _isocalendar_to_ymd(year, week, day):
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError(f'Year is out of range: {year}')
    if not 0 < week < 53:
        out_of_range = True
        if week == 53:
            first_weekday = _ymd2ord(year, 1, 1) % 7
            if first_weekday == 4 or (first_weekday == 3 and _is_leap(year)):
                out_of_range = False
        if out_of_range:
            raise ValueError(f'Invalid week: {week}')
    if not 0 < day < 8:
        raise ValueError(f'Invalid weekday: {day} (range is [1, 7])')
    day_offset = (week - 1) * 7 + (day - 1)
    return _ord2ymd(_isoweek1monday(year) + day_offset)


def _parse_isoformat_time(tstr):
    """'HH[:MM[:SS[.fff[fff]]]][+HH:MM|Z]' (colons optional) -> ([h, m, s, us], tzinfo)."""
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
            tz = timezone.utc
        else:
            sign = -1 if tz_part[0] == '-' else 1
            h, m, s, us = _parse_hh_mm_ss_ff(tz_part[1:])
            offset = timedelta(hours=h, minutes=m, seconds=s, microseconds=us)
            tz = timezone.utc if not offset else timezone(sign * offset)
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


# ---------------------------------------------------------------- tzinfo and timezone

class tzinfo:
    """Abstract base class for time zone info objects."""
    __slots__ = ()

    def tzname(self, dt):
        raise NotImplementedError('tzinfo subclass must override tzname()')

    def utcoffset(self, dt):
        raise NotImplementedError('tzinfo subclass must override utcoffset()')

    def dst(self, dt):
        raise NotImplementedError('tzinfo subclass must override dst()')

    def fromutc(self, dt):
        """datetime in UTC -> datetime in local time."""
        if not isinstance(dt, datetime):
            raise TypeError('fromutc() requires a datetime argument')
        if dt.tzinfo is not self:
            raise ValueError('dt.tzinfo is not self')
        dtoff = dt.utcoffset()
        if dtoff is None:
            raise ValueError('fromutc() requires a non-None utcoffset() result')
        dtdst = dt.dst()
        if dtdst is None:
            raise ValueError('fromutc() requires a non-None dst() result')
        delta = dtoff - dtdst
        if delta:
            dt += delta
            dtdst = dt.dst()
            if dtdst is None:
                raise ValueError('fromutc(): dt.dst gave inconsistent results; cannot convert')
        return dt + dtdst

    def __reduce__(self):
        getinitargs = getattr(self, '__getinitargs__', None)
        args = getinitargs() if getinitargs else ()
        return self.__class__, args, getattr(self, '__dict__', None) or None


class timezone(tzinfo):
    """Fixed offset from UTC."""
    __slots__ = ('_offset', '_name')
    _Omitted = object()

    def __new__(cls, offset, name=_Omitted):
        if not isinstance(offset, timedelta):
            raise TypeError('offset must be a timedelta')
        if name is cls._Omitted:
            if not offset:
                return cls.utc
            name = None
        elif not isinstance(name, str):
            raise TypeError('name must be a string')
        if not cls._minoffset <= offset <= cls._maxoffset:
            raise ValueError('offset must be a timedelta strictly between -timedelta(hours=24) '
                             f'and timedelta(hours=24), not {offset!r}.')
        return cls._create(offset, name)

    @classmethod
    def _create(cls, offset, name=None):
        self = tzinfo.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __getinitargs__(self):
        if self._name is None:
            return (self._offset,)
        return (self._offset, self._name)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is self.utc:
            return 'datetime.timezone.utc'
        if self._name is None:
            return f'{_cls_name(self)}({self._offset!r})'
        return f'{_cls_name(self)}({self._offset!r}, {self._name!r})'

    def __str__(self):
        return self.tzname(None)

    def utcoffset(self, dt):
        if isinstance(dt, datetime) or dt is None:
            return self._offset
        raise TypeError('utcoffset() argument must be a datetime instance or None')

    def tzname(self, dt):
        if isinstance(dt, datetime) or dt is None:
            if self._name is None:
                return self._name_from_offset(self._offset)
            return self._name
        raise TypeError('tzname() argument must be a datetime instance or None')

    def dst(self, dt):
        if isinstance(dt, datetime) or dt is None:
            return None
        raise TypeError('dst() argument must be a datetime instance or None')

    def fromutc(self, dt):
        if isinstance(dt, datetime):
            if dt.tzinfo is not self:
                raise ValueError('fromutc: dt.tzinfo is not self')
            return dt + self._offset
        raise TypeError('fromutc() argument must be a datetime instance or None')

    _maxoffset = timedelta(hours=24, microseconds=-1)
    _minoffset = -_maxoffset

    @staticmethod
    def _name_from_offset(delta):
        if not delta:
            return 'UTC'
        if delta < timedelta(0):
            sign = '-'
            delta = -delta
        else:
            sign = '+'
        hours, rest = divmod(delta, timedelta(hours=1))
        minutes, rest = divmod(rest, timedelta(minutes=1))
        seconds = rest.seconds
        microseconds = rest.microseconds
        if microseconds:
            return f'UTC{sign}{hours:02d}:{minutes:02d}:{seconds:02d}.{microseconds:06d}'
        if seconds:
            return f'UTC{sign}{hours:02d}:{minutes:02d}:{seconds:02d}'
        return f'UTC{sign}{hours:02d}:{minutes:02d}'


timezone.utc = timezone._create(timedelta(0))
timezone.min = timezone._create(-timedelta(hours=23, minutes=59))
timezone.max = timezone._create(timedelta(hours=23, minutes=59))
UTC = timezone.utc


# ---------------------------------------------------------------- date

class date:
    """Concrete date type: date(year, month, day)."""
    __slots__ = ('_year', '_month', '_day', '_hashcode')

    def __new__(cls, year, month=None, day=None):
        year, month, day = _check_date_fields(year, month, day)
        self = object.__new__(cls)
        self._year, self._month, self._day = year, month, day
        self._hashcode = -1
        return self

    # -------- alternate constructors

    @classmethod
    def fromtimestamp(cls, t):
        """Construct a date from a POSIX timestamp (like time.time())."""
        y, m, d, *_ = _time.localtime(t)
        return cls(y, m, d)

    @classmethod
    def today(cls):
        """Construct a date from time.time()."""
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        """Construct a date from a proleptic Gregorian ordinal (January 1 of year 1 is day 1)."""
        if not 1 <= n <= _MAXORDINAL:
            raise ValueError(f'ordinal must be in 1..{_MAXORDINAL}')
        return cls(*_ord2ymd(n))

    @classmethod
    def fromisoformat(cls, date_string):
        """Construct a date from a string in ISO 8601 format."""
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        if len(date_string) not in (7, 8, 10):
            raise ValueError(f'Invalid isoformat string: {date_string!r}')
        try:
            return cls(*_parse_isoformat_date(date_string))
        except Exception:
            raise ValueError(f'Invalid isoformat string: {date_string!r}') from None

    @classmethod
    def fromisocalendar(cls, year, week, day):
        """Construct a date from the ISO year, week number and weekday."""
        return cls(*_isocalendar_to_ymd(year, week, day))

    # -------- conversions

    def __repr__(self):
        return f'{_cls_name(self)}({self._year}, {self._month}, {self._day})'

    def ctime(self):
        """Return ctime() style string."""
        weekday = self.toordinal() % 7 or 7
        return (f'{_DAYNAMES[weekday]} {_MONTHNAMES[self._month]} {self._day:2d} '
                f'00:00:00 {self._year:04d}')

    def strftime(self, format):
        """Format using strftime()."""
        return _strftime(self, format, self.timetuple())

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError(f'must be str, not {type(fmt).__name__}')
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def isoformat(self):
        """Return the date formatted according to ISO: 'YYYY-MM-DD'."""
        return f'{self._year:04d}-{self._month:02d}-{self._day:02d}'

    __str__ = isoformat

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    def timetuple(self):
        """Return local time tuple compatible with time.localtime()."""
        return _build_struct_time(self._year, self._month, self._day, 0, 0, 0, -1)

    def toordinal(self):
        """Return proleptic Gregorian ordinal for the year, month and day."""
        return _ymd2ord(self._year, self._month, self._day)

    def replace(self, year=None, month=None, day=None):
        """Return a new date with new values for the specified fields."""
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day)

    __replace__ = replace

    # -------- comparisons and arithmetic

    def _cmpkey(self):
        return self._year, self._month, self._day

    def _comparable(self, other):
        return isinstance(other, date) and not isinstance(other, datetime)

    def __eq__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._cmpkey() == other._cmpkey()
        return NotImplemented

    def __le__(self, other):
        if self._comparable(other):
            return self._cmpkey() <= other._cmpkey()
        return NotImplemented

    def __lt__(self, other):
        if self._comparable(other):
            return self._cmpkey() < other._cmpkey()
        return NotImplemented

    def __ge__(self, other):
        if self._comparable(other):
            return self._cmpkey() >= other._cmpkey()
        return NotImplemented

    def __gt__(self, other):
        if self._comparable(other):
            return self._cmpkey() > other._cmpkey()
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._cmpkey())
        return self._hashcode

    def __add__(self, other):
        if isinstance(other, timedelta):
            o = self.toordinal() + other.days
            if 0 < o <= _MAXORDINAL:
                return type(self).fromordinal(o)
            raise OverflowError('date value out of range')
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def weekday(self):
        """Return day of the week, where Monday == 0 ... Sunday == 6."""
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        """Return day of the week, where Monday == 1 ... Sunday == 7."""
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        """Return a named tuple containing ISO year, week number, and weekday."""
        return IsoCalendarDate(*_iso_calendar(self._year, self._month, self._day))

    def __reduce__(self):
        return self.__class__, (self._year, self._month, self._day)


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


def _build_struct_time(y, m, d, hh, mm, ss, dstflag):
    wday = (_ymd2ord(y, m, d) + 6) % 7
    dnum = _days_before_month(y, m) + d
    fields = (y, m, d, hh, mm, ss, wday, dnum, dstflag)
    try:
        return _time.struct_time(fields)
    except (AttributeError, TypeError):  # a time module without a constructible struct_time
        return fields


# ---------------------------------------------------------------- time

class time:
    """Time with time zone: time([hour[, minute[, second[, microsecond[, tzinfo]]]]])."""
    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_hashcode', '_fold')

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        hour, minute, second, microsecond, fold = _check_time_fields(
            hour, minute, second, microsecond, fold)
        _check_tzinfo_arg(tzinfo)
        self = object.__new__(cls)
        self._hour, self._minute, self._second = hour, minute, second
        self._microsecond, self._tzinfo, self._fold = microsecond, tzinfo, fold
        self._hashcode = -1
        return self

    hour = property(lambda self: self._hour, doc='hour (0-23)')
    minute = property(lambda self: self._minute, doc='minute (0-59)')
    second = property(lambda self: self._second, doc='second (0-59)')
    microsecond = property(lambda self: self._microsecond, doc='microsecond (0-999999)')
    tzinfo = property(lambda self: self._tzinfo, doc='timezone info object')
    fold = property(lambda self: self._fold)

    def _key(self):
        return self._hour, self._minute, self._second, self._microsecond

    def _cmp(self, other, allow_mixed=False):
        mytz, ottz = self._tzinfo, other._tzinfo
        myoff = otoff = None
        base_compare = mytz is ottz
        if not base_compare:
            myoff = self.utcoffset()
            otoff = other.utcoffset()
            base_compare = myoff == otoff
        if base_compare:
            a, b = self._key(), other._key()
            return (a > b) - (a < b)
        if myoff is None or otoff is None:
            if allow_mixed:
                return 2
            raise TypeError('cannot compare naive and aware times')
        a = (self._hour * 60 + self._minute - myoff // timedelta(minutes=1),
             self._second, self._microsecond)
        b = (other._hour * 60 + other._minute - otoff // timedelta(minutes=1),
             other._second, other._microsecond)
        return (a > b) - (a < b)

    def __eq__(self, other):
        if isinstance(other, time):
            return self._cmp(other, allow_mixed=True) == 0
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, time):
            return self._cmp(other) < 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, time):
            return self._cmp(other) <= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, time):
            return self._cmp(other) > 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, time):
            return self._cmp(other) >= 0
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            tzoff = self.utcoffset()
            if not tzoff:
                self._hashcode = hash(self._key())
            else:
                h, m = divmod(timedelta(hours=self._hour, minutes=self._minute) - tzoff,
                              timedelta(hours=1))
                m //= timedelta(minutes=1)
                self._hashcode = hash((h, m, self._second, self._microsecond))
        return self._hashcode

    def __repr__(self):
        if self._microsecond:
            s = f'{self._hour}, {self._minute}, {self._second}, {self._microsecond}'
        elif self._second:
            s = f'{self._hour}, {self._minute}, {self._second}'
        else:
            s = f'{self._hour}, {self._minute}'
        s = f'{_cls_name(self)}({s})'
        if self._tzinfo is not None:
            s = s[:-1] + f', tzinfo={self._tzinfo!r})'
        if self._fold:
            s = s[:-1] + ', fold=1)'
        return s

    def isoformat(self, timespec='auto'):
        """Return the time formatted according to ISO: HH:MM:SS[.ffffff][+HH:MM]."""
        s = _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        return s + _format_offset(self.utcoffset())

    __str__ = isoformat

    @classmethod
    def fromisoformat(cls, time_string):
        """Construct a time from a string in one of the ISO 8601 formats."""
        if not isinstance(time_string, str):
            raise TypeError('fromisoformat: argument must be str')
        text = time_string[1:] if time_string.startswith('T') else time_string
        try:
            fields, tz = _parse_isoformat_time(text)
            return cls(*fields, tzinfo=tz)
        except Exception:
            raise ValueError(f'Invalid isoformat string: {time_string!r}') from None

    def strftime(self, format):
        """Format using strftime(); the date part is 1900-01-01."""
        return _strftime(self, format, (1900, 1, 1, self._hour, self._minute, self._second, 0, 1, -1))

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError(f'must be str, not {type(fmt).__name__}')
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def utcoffset(self):
        """Return the timezone offset as timedelta, positive east of UTC (negative west)."""
        if self._tzinfo is None:
            return None
        offset = self._tzinfo.utcoffset(None)
        _check_utc_offset('utcoffset', offset)
        return offset

    def tzname(self):
        """Return the timezone name."""
        if self._tzinfo is None:
            return None
        return self._tzinfo.tzname(None)

    def dst(self):
        """Return 0 if DST is not in effect, or the DST offset (as timedelta)."""
        if self._tzinfo is None:
            return None
        offset = self._tzinfo.dst(None)
        _check_utc_offset('dst', offset)
        return offset

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True, *,
                fold=None):
        """Return a new time with new values for the specified fields."""
        return type(self)(self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    __replace__ = replace

    def __bool__(self):
        return True

    def __reduce__(self):
        return self.__class__, (self._hour, self._minute, self._second, self._microsecond,
                                self._tzinfo)


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


# ---------------------------------------------------------------- datetime

class datetime(date):
    """datetime(year, month, day[, hour[, minute[, second[, microsecond[,tzinfo]]]]])"""
    __slots__ = time.__slots__

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0, microsecond=0,
                tzinfo=None, *, fold=0):
        year, month, day = _check_date_fields(year, month, day)
        hour, minute, second, microsecond, fold = _check_time_fields(
            hour, minute, second, microsecond, fold)
        _check_tzinfo_arg(tzinfo)
        self = object.__new__(cls)
        self._year, self._month, self._day = year, month, day
        self._hour, self._minute, self._second = hour, minute, second
        self._microsecond, self._tzinfo, self._fold = microsecond, tzinfo, fold
        self._hashcode = -1
        return self

    hour = time.hour
    minute = time.minute
    second = time.second
    microsecond = time.microsecond
    tzinfo = time.tzinfo
    fold = time.fold

    # -------- alternate constructors

    @classmethod
    def _fromtimestamp(cls, t, utc, tz):
        frac, t = _math.modf(t)
        us = round(frac * 1e6)
        if us >= 1000000:
            t += 1
            us -= 1000000
        elif us < 0:
            t -= 1
            us += 1000000
        converter = _time.gmtime if utc else _time.localtime
        y, m, d, hh, mm, ss, *_ = converter(t)
        ss = min(ss, 59)
        return cls(y, m, d, hh, mm, ss, us, tz)

    @classmethod
    def fromtimestamp(cls, timestamp, tz=None):
        """Construct a datetime from a POSIX timestamp (like time.time())."""
        _check_tzinfo_arg(tz)
        result = cls._fromtimestamp(timestamp, tz is not None, tz)
        if tz is not None:
            result = tz.fromutc(result)
        return result

    @classmethod
    def utcfromtimestamp(cls, t):
        """Construct a naive UTC datetime from a POSIX timestamp (deprecated)."""
        import warnings
        warnings.warn('datetime.datetime.utcfromtimestamp() is deprecated and scheduled for '
                      'removal in a future version. Use timezone-aware objects to represent '
                      'datetimes in UTC: datetime.datetime.fromtimestamp(t, datetime.UTC).',
                      DeprecationWarning, stacklevel=2)
        return cls._fromtimestamp(t, True, None)

    @classmethod
    def now(cls, tz=None):
        """Construct a datetime from time.time() and optional time zone info."""
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        """Construct a naive UTC datetime from time.time() (deprecated)."""
        import warnings
        warnings.warn('datetime.datetime.utcnow() is deprecated and scheduled for removal in a '
                      'future version. Use timezone-aware objects to represent datetimes in '
                      'UTC: datetime.datetime.now(datetime.UTC).', DeprecationWarning,
                      stacklevel=2)
        return cls._fromtimestamp(_time.time(), True, None)

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        """Construct a datetime from a given date and a given time."""
        if not isinstance(date, _date_class):
            raise TypeError('combine() argument 1 must be datetime.date, not '
                            f'{type(date).__name__}')
        if not isinstance(time, _time_class):
            raise TypeError('combine() argument 2 must be datetime.time, not '
                            f'{type(time).__name__}')
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second,
                   time.microsecond, tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        """Construct a datetime from a string in one of the ISO 8601 formats."""
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        invalid = ValueError(f'Invalid isoformat string: {date_string!r}')
        if len(date_string) < 7:
            raise invalid
        # Parse errors say "Invalid isoformat string"; out-of-range fields get the
        # constructor's own message, as in CPython.
        try:
            split = _find_isoformat_datetime_separator(date_string)
            date_fields = _parse_isoformat_date(date_string[:split])
            time_part = date_string[split + 1:]
            if time_part:
                time_fields, tz = _parse_isoformat_time(time_part)
            elif split != len(date_string):
                raise ValueError
            else:
                time_fields, tz = [0, 0, 0, 0], None
        except ValueError:
            raise invalid from None
        return cls(*(date_fields + time_fields), tzinfo=tz)

    @classmethod
    def strptime(cls, date_string, format):
        """string, format -> new datetime parsed from a string (like time.strptime())."""
        fields, tz = _strptime(date_string, format)
        return cls(*fields[:7], tzinfo=tz)

    # -------- conversions

    def timetuple(self):
        """Return local time tuple compatible with time.localtime()."""
        dst = self.dst()
        dst = -1 if dst is None else int(bool(dst))
        return _build_struct_time(self._year, self._month, self._day, self._hour, self._minute,
                                  self._second, dst)

    def utctimetuple(self):
        """Return UTC time tuple compatible with time.gmtime()."""
        offset = self.utcoffset()
        if offset:
            self -= offset
        return _build_struct_time(self._year, self._month, self._day, self._hour, self._minute,
                                  self._second, 0)

    def timestamp(self):
        """Return POSIX timestamp as float."""
        if self._tzinfo is None:
            try:
                mktime = _time.mktime
            except AttributeError:
                raise NotImplementedError('regpy datetime.timestamp() of a naive datetime needs '
                                          'time.mktime') from None
            return mktime(self.timetuple()) + self._microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def date(self):
        """Return the date part."""
        return date(self._year, self._month, self._day)

    def time(self):
        """Return the time part, with tzinfo None."""
        return time(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

    def timetz(self):
        """Return the time part, with same tzinfo."""
        return time(self._hour, self._minute, self._second, self._microsecond, self._tzinfo,
                    fold=self._fold)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None,
                microsecond=None, tzinfo=True, *, fold=None):
        """Return a new datetime with new values for the specified fields."""
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day,
                          self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    __replace__ = replace

    def _local_timezone(self):
        ts = (self - _EPOCH) // timedelta(seconds=1) if self._tzinfo is not None else \
            self.timestamp()
        local = _time.localtime(ts)
        gmtoff = getattr(local, 'tm_gmtoff', 0)
        zone = getattr(local, 'tm_zone', None)
        return timezone(timedelta(seconds=gmtoff), zone)

    def astimezone(self, tz=None):
        """Convert to local time in new timezone tz (local time zone when omitted)."""
        if tz is None:
            tz = self._local_timezone()
        elif not isinstance(tz, tzinfo):
            raise TypeError('tz argument must be an instance of tzinfo')
        mytz = self._tzinfo
        if mytz is None:
            mytz = self._local_timezone()
            myoffset = mytz.utcoffset(self)
        else:
            myoffset = mytz.utcoffset(self)
            if myoffset is None:
                mytz = self.replace(tzinfo=None)._local_timezone()
                myoffset = mytz.utcoffset(self)
        if tz is mytz:
            return self
        utc = (self - myoffset).replace(tzinfo=tz)
        return tz.fromutc(utc)

    def ctime(self):
        """Return ctime() style string."""
        weekday = self.toordinal() % 7 or 7
        return (f'{_DAYNAMES[weekday]} {_MONTHNAMES[self._month]} {self._day:2d} '
                f'{self._hour:02d}:{self._minute:02d}:{self._second:02d} {self._year:04d}')

    def isoformat(self, sep='T', timespec='auto'):
        """[YYYY-MM-DD]T[HH[:MM[:SS[.fff[fff]]]][+HH:MM[:SS[.ffffff]]]]"""
        s = (f'{self._year:04d}-{self._month:02d}-{self._day:02d}{sep}' +
             _format_time(self._hour, self._minute, self._second, self._microsecond, timespec))
        return s + _format_offset(self.utcoffset())

    def __repr__(self):
        fields = [self._year, self._month, self._day, self._hour, self._minute, self._second,
                  self._microsecond]
        if fields[-1] == 0:
            del fields[-1]
        if fields[-1] == 0:
            del fields[-1]
        s = f"{_cls_name(self)}({', '.join(map(str, fields))})"
        if self._tzinfo is not None:
            s = s[:-1] + f', tzinfo={self._tzinfo!r})'
        if self._fold:
            s = s[:-1] + ', fold=1)'
        return s

    def __str__(self):
        return self.isoformat(sep=' ')

    def utcoffset(self):
        """Return the timezone offset as timedelta positive east of UTC (negative west)."""
        if self._tzinfo is None:
            return None
        offset = self._tzinfo.utcoffset(self)
        _check_utc_offset('utcoffset', offset)
        return offset

    def tzname(self):
        """Return the timezone name."""
        if self._tzinfo is None:
            return None
        return self._tzinfo.tzname(self)

    def dst(self):
        """Return 0 if DST is not in effect, or the DST offset (as timedelta)."""
        if self._tzinfo is None:
            return None
        offset = self._tzinfo.dst(self)
        _check_utc_offset('dst', offset)
        return offset

    # -------- comparisons and arithmetic

    def _cmp(self, other, allow_mixed=False):
        mytz, ottz = self._tzinfo, other._tzinfo
        myoff = otoff = None
        base_compare = mytz is ottz
        if not base_compare:
            myoff = self.utcoffset()
            otoff = other.utcoffset()
            base_compare = myoff == otoff
        if base_compare:
            a = (self._year, self._month, self._day, self._hour, self._minute, self._second,
                 self._microsecond)
            b = (other._year, other._month, other._day, other._hour, other._minute,
                 other._second, other._microsecond)
            return (a > b) - (a < b)
        if myoff is None or otoff is None:
            if allow_mixed:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        diff = self - other
        if diff.days < 0:
            return -1
        return 1 if diff else 0

    def __eq__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, allow_mixed=True) == 0
        if isinstance(other, date):
            return False
        return NotImplemented

    def _order(self, other):
        return self._cmp(other) if isinstance(other, datetime) else None

    def __lt__(self, other):
        c = self._order(other)
        return NotImplemented if c is None else c < 0

    def __le__(self, other):
        c = self._order(other)
        return NotImplemented if c is None else c <= 0

    def __gt__(self, other):
        c = self._order(other)
        return NotImplemented if c is None else c > 0

    def __ge__(self, other):
        c = self._order(other)
        return NotImplemented if c is None else c >= 0

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        delta = timedelta(self.toordinal(), hours=self._hour, minutes=self._minute,
                          seconds=self._second, microseconds=self._microsecond)
        delta += other
        hour, rem = divmod(delta.seconds, 3600)
        minute, second = divmod(rem, 60)
        if 0 < delta.days <= _MAXORDINAL:
            return type(self).combine(date.fromordinal(delta.days),
                                      time(hour, minute, second, delta.microseconds,
                                           tzinfo=self._tzinfo))
        raise OverflowError('result out of range')

    __radd__ = __add__

    def __sub__(self, other):
        if not isinstance(other, datetime):
            if isinstance(other, timedelta):
                return self + -other
            return NotImplemented
        days1 = self.toordinal()
        days2 = other.toordinal()
        secs1 = self._second + self._minute * 60 + self._hour * 3600
        secs2 = other._second + other._minute * 60 + other._hour * 3600
        base = timedelta(days1 - days2, secs1 - secs2, self._microsecond - other._microsecond)
        if self._tzinfo is other._tzinfo:
            return base
        myoff = self.utcoffset()
        otoff = other.utcoffset()
        if myoff == otoff:
            return base
        if myoff is None or otoff is None:
            raise TypeError("can't subtract offset-naive and offset-aware datetimes")
        return base + otoff - myoff

    def __hash__(self):
        if self._hashcode == -1:
            t = self.replace(fold=0) if self._fold else self
            tzoff = t.utcoffset()
            if tzoff is None:
                self._hashcode = hash((t._year, t._month, t._day, t._hour, t._minute,
                                       t._second, t._microsecond))
            else:
                days = _ymd2ord(self._year, self._month, self._day)
                seconds = self._hour * 3600 + self._minute * 60 + self._second
                self._hashcode = hash(timedelta(days, seconds, self._microsecond) - tzoff)
        return self._hashcode

    def __reduce__(self):
        return self.__class__, (self._year, self._month, self._day, self._hour, self._minute,
                                self._second, self._microsecond, self._tzinfo)


_date_class = date
_time_class = time

datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


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
    """Parse data_string with format: ([year, month, day, hour, minute, second, us], tzinfo)."""
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
    tz = None
    if 'tz' in values:
        offset = values['tz'][0]
        tz = timezone.utc if offset is not None and not offset else \
            (timezone(offset) if offset is not None else None)
    return [year, month, day, hour, values.get('minute', 0), values.get('second', 0),
            values.get('us', 0)], tz


def _parse_strptime_offset(s, pos, mismatch):
    if s[pos:pos + 1] == 'Z':
        return timedelta(0), pos + 1
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
    return sign * timedelta(hours=hours, minutes=minutes, seconds=seconds), pos


for _cls in (timedelta, date, time, datetime, tzinfo, timezone):
    _cls.__module__ = 'datetime'
del _cls
