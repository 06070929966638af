# datetime: timedelta, date, time, datetime, timezone (no wall-clock values are printed)
from datetime import date, datetime, time, timedelta, timezone, UTC, MINYEAR, MAXYEAR
import datetime as dtmod


def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ":", e)


td = timedelta(days=1, hours=2, minutes=3, seconds=4, microseconds=5, milliseconds=6, weeks=1)
print(repr(td), str(td), td.days, td.seconds, td.microseconds, td.total_seconds())
for t in [timedelta(), timedelta(seconds=-1), timedelta(days=-1, seconds=5), timedelta(hours=1.5), timedelta(minutes=0.1),
          timedelta(microseconds=1.5), timedelta(microseconds=2.5), timedelta(days=2, microseconds=10), timedelta(weeks=-0.5)]:
    print(repr(t), str(t))
a, b = timedelta(hours=5), timedelta(minutes=90)
print(a + b, a - b, b - a, -a, abs(-a), a * 2, 3 * b, a * 0.5, a / 4, a / b, a // b, a // 7, a % b, divmod(a, b), a / 2.5)
print(a > b, a == timedelta(seconds=18000), bool(timedelta()), hash(a) == hash(timedelta(hours=5)), timedelta.max, timedelta.min,
      timedelta.resolution)
show(timedelta, days=1000000000)
show(timedelta, 'x')
d = date(2024, 2, 29)
print(repr(d), str(d), d.year, d.month, d.day, d.weekday(), d.isoweekday(), d.isocalendar(), d.toordinal(), d.ctime(),
      d.isoformat(), f'{d}', f'{d:%d/%m/%Y}', d.replace(day=1), d.timetuple()[:8], tuple(d.isocalendar()))
print(d + timedelta(days=1), d - timedelta(days=60), d - date(2000, 1, 1), date(2023, 12, 31) < d, d == date(2024, 2, 29),
      date.fromordinal(738000), date.fromisoformat('2021-07-04'), date.fromisoformat('20210704'), date.fromisocalendar(2024, 1, 1),
      date.min, date.max, date.resolution)
for args in [(2023, 2, 29), (0, 1, 1), (2024, 13, 1), (2024, 0, 1), (10000, 1, 1), (2024, 4, 31)]:
    show(date, *args)
show(date, 2024.0, 1, 1)
show(date.fromisoformat, '2024-1-1')
show(lambda: date.max + timedelta(days=1))
try:
    d < datetime(2024, 1, 1)
except TypeError:
    print('TypeError for date < datetime')
print(d == datetime(2024, 2, 29), sorted([date(2020, 5, 1), date(2019, 1, 1)]))
t = time(13, 5, 9, 123456)
print(repr(t), str(t), repr(time()), repr(time(1, 2)), repr(time(1, 2, 3)), t.isoformat('minutes'), t.isoformat('milliseconds'),
      t.isoformat('hours'), t.strftime('%I:%M %p'), f'{t:%H-%M}', time.fromisoformat('10:20:30.5'), time.fromisoformat('T10:20'),
      t.replace(hour=1), time(1) < time(2), time.min, time.max)
show(time, 24)
show(time, 1, 60)
show(t.isoformat, 'bogus')
dt = datetime(2024, 3, 15, 9, 30, 45, 500)
print(repr(dt), str(dt), repr(datetime(2024, 1, 1)), repr(datetime(2024, 1, 1, 0, 0, 1)), dt.date(), dt.time(), dt.timetz(),
      dt.isoformat(), dt.isoformat(' ', 'seconds'), dt.ctime(), dt.weekday(), dt.timetuple()[:8])
print(dt + timedelta(hours=20), dt - timedelta(days=75), dt - datetime(2024, 1, 1), datetime(2024, 12, 31, 23, 59, 59) + timedelta(seconds=1),
      dt.replace(year=2000, microsecond=0), datetime.combine(date(2020, 1, 2), time(3, 4)))
fmt = '%Y-%m-%d %H:%M:%S.%f %a %A %b %B %j %U %W %w %u %y %p %I %c %x %X %% %G-W%V %e %D %F %T'
print(dt.strftime(fmt))
print(datetime(2023, 1, 1).strftime('%U %W %j %G %V %u'), datetime(2021, 1, 3).strftime('%U %W %G %V'))
aware = datetime(2024, 6, 1, 12, 0, tzinfo=timezone.utc)
plus2 = timezone(timedelta(hours=2), 'CEST')
minus = timezone(-timedelta(hours=5, minutes=30))
print(repr(aware), str(aware), aware.isoformat(), aware.utcoffset(), aware.tzname(), aware.dst(), repr(plus2), str(minus),
      repr(minus), aware.astimezone(plus2), aware.astimezone(minus).isoformat(), aware.timestamp(), UTC is timezone.utc,
      timezone(timedelta(0)) is timezone.utc)
print(aware == aware.astimezone(plus2), hash(aware) == hash(aware.astimezone(minus)), aware.strftime('%z %Z %:z'),
      datetime(2024, 1, 1, tzinfo=minus).strftime('%z|%Z'), aware - datetime(2024, 6, 1, 13, tzinfo=plus2))
print(datetime.fromtimestamp(0, timezone.utc), datetime.fromtimestamp(1700000000.5, UTC), datetime.fromtimestamp(86400 * 365.25, plus2))
show(lambda: aware < datetime(2024, 1, 1))
print(aware == datetime(2024, 6, 1, 12))
show(lambda: aware - datetime(2024, 1, 1))
for s in ['2024-03-15', '2024-03-15T09:30', '2024-03-15T09:30:45.123', '2024-03-15 09:30:45+02:00', '2024-03-15T09:30:45Z',
          '20240315T093045', '2024-W11-5T10:00', '2024-03-15T09:30:45.123456-05:30', 'nope', '2024-03-15T25:00']:
    show(datetime.fromisoformat, s)
for s, f in [('2024-03-15 09:30', '%Y-%m-%d %H:%M'), ('15 March 2024', '%d %B %Y'), ('Mar 5 24 7:05PM', '%b %d %y %I:%M%p'),
             ('2024-075', '%Y-%j'), ('12:30:45.25 +0530', '%H:%M:%S.%f %z'), ('2024/03/15', '%Y-%m-%d'), ('2024-03-15x', '%Y-%m-%d')]:
    show(datetime.strptime, s, f)
show(datetime.fromisoformat, '2024-03-15T24:00')
show(datetime.fromisoformat, '2024-03-15T24:01')
print(datetime.min, datetime.max, MINYEAR, MAXYEAR, dtmod.timezone.min, dtmod.timezone.max, isinstance(dt, date), type(dt - dt).__name__)
print(sorted([datetime(2024, 1, 2), datetime(2023, 5, 5), datetime(2024, 1, 1, 12)]), dt.isocalendar())
print(isinstance(datetime.now(), datetime), isinstance(date.today(), date), datetime.now(UTC).tzinfo is UTC)
