# calendar: text calendars, week computations, enums and errors
import calendar
import enum

print(calendar.month(2024, 2))
print(calendar.month(2023, 12, w=3, l=2))
print(calendar.calendar(2024))
print(calendar.calendar(2025, w=3, l=1, c=4, m=4))
calendar.prmonth(2021, 7)
print(calendar.isleap(2024), calendar.isleap(1900), calendar.isleap(2000), calendar.leapdays(1900, 2025))
print(calendar.weekday(2024, 1, 1), repr(calendar.weekday(2024, 1, 1)), calendar.monthrange(2024, 2), calendar.monthrange(2023, 2))
print(calendar.monthcalendar(2024, 3), calendar.timegm((2024, 1, 1, 12, 0, 0)), calendar.timegm((1970, 1, 1, 0, 0, 1, 0, 0, 0)))
print(repr(calendar.MONDAY), str(calendar.MONDAY), repr(calendar.JANUARY), list(calendar.Day)[:3], calendar.SUNDAY + 1, calendar.Month(3))
print(calendar.day_name[0], calendar.day_abbr[6], list(calendar.day_name), list(calendar.month_abbr), len(calendar.month_name),
      calendar.month_name[1:3], calendar.weekheader(2), calendar.weekheader(9))
cal = calendar.Calendar(firstweekday=6)
print(list(cal.iterweekdays()), cal.monthdayscalendar(2024, 9)[:2], cal.monthdays2calendar(2024, 9)[0],
      list(cal.itermonthdates(2024, 9))[:3], list(cal.itermonthdays3(2024, 12))[-3:], list(cal.itermonthdays4(2024, 1))[:2])
print(len(cal.yeardayscalendar(2024)), len(cal.yeardatescalendar(2024, 4)), cal.getfirstweekday())
tc = calendar.TextCalendar(calendar.SUNDAY)
print(tc.formatmonth(2024, 6))
tc.prweek([(1, 0), (2, 1), (0, 2), (4, 3), (5, 4), (6, 5), (7, 6)], 3)
print()
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.month(2024, 5), calendar.firstweekday())
calendar.setfirstweekday(0)
for f, args in [(calendar.monthrange, (2024, 13)), (calendar.setfirstweekday, (7,)), (calendar.month, (2024, 0))]:
    try:
        f(*args)
    except ValueError as e:
        print(type(e).__name__, e)


@enum.global_enum
class Shade(enum.Flag):
    LIGHT = 1
    DARK = 2


print(repr(Shade.LIGHT), repr(Shade.LIGHT | Shade.DARK), str(Shade.DARK), repr(Shade(0)), LIGHT is Shade.LIGHT)
