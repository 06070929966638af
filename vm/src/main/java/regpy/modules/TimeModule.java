package regpy.modules;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import regpy.objects.*;
import regpy.runtime.*;

/** time: clocks, sleep, and basic struct_time/strftime. */
final class TimeModule {
    private TimeModule() {}

    private static final long START_NANOS = System.nanoTime();
    private static PyType structTime;

    static PyModule create(String name) {
        PyModule m = new PyModule(name);
        structTime = StructSeq.type("time.struct_time", "tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst");
        m.set("struct_time", structTime);
        m.def("time", (a, k) -> { Instant i = Instant.now(); return PyFloat.of(i.getEpochSecond() + i.getNano() / 1e9); });
        m.def("time_ns", (a, k) -> { Instant i = Instant.now(); return PyInt.of(i.getEpochSecond() * 1_000_000_000L + i.getNano()); });
        m.def("perf_counter", (a, k) -> PyFloat.of((System.nanoTime() - START_NANOS) / 1e9));
        m.def("perf_counter_ns", (a, k) -> PyInt.of(System.nanoTime() - START_NANOS));
        m.def("monotonic", (a, k) -> PyFloat.of((System.nanoTime() - START_NANOS) / 1e9));
        m.def("monotonic_ns", (a, k) -> PyInt.of(System.nanoTime() - START_NANOS));
        m.def("process_time", (a, k) -> PyFloat.of(cpuNanos() / 1e9));
        m.def("process_time_ns", (a, k) -> PyInt.of(cpuNanos()));
        m.def("thread_time", (a, k) -> PyFloat.of(cpuNanos() / 1e9));
        m.def("sleep", (a, k) -> {
            Args.count("sleep", a, k, 1, 1);
            double s = regpy.types.FloatType.convert(a[0]);
            if (s < 0) throw Errors.valueError("sleep length must be non-negative");
            try {
                long ns = (long) (s * 1e9);
                Thread.sleep(ns / 1_000_000, (int) (ns % 1_000_000));
            } catch (InterruptedException e) {
                throw Interrupts.keyboardInterrupt();   // Ctrl-C wakes the main thread's sleep
            }
            return PySingleton.NONE;
        });
        m.def("localtime", (a, k) -> structOf(ZonedDateTime.ofInstant(instant(a), ZoneId.systemDefault())));
        m.def("gmtime", (a, k) -> structOf(ZonedDateTime.ofInstant(instant(a), ZoneId.of("UTC"))));
        m.def("strftime", (a, k) -> {
            String fmt = Abstract.strString(a[0]);
            LocalDateTime t = a.length > 1 ? fromStruct(a[1]) : LocalDateTime.now();
            return PyStr.of(strftime(fmt, t));
        });
        m.set("timezone", PyInt.ZERO);
        m.set("altzone", PyInt.ZERO);
        m.set("daylight", PyInt.ZERO);
        m.set("tzname", PyTuple.of(PyStr.of("UTC"), PyStr.of("UTC")));
        return m;
    }

    static long cpuNanos() {
        var bean = java.lang.management.ManagementFactory.getThreadMXBean();
        return bean.isCurrentThreadCpuTimeSupported() ? bean.getCurrentThreadCpuTime() : System.nanoTime() - START_NANOS;
    }

    static Instant instant(PyObject[] a) {
        if (a.length == 0 || a[0] == PySingleton.NONE) return Instant.now();
        double s = regpy.types.FloatType.convert(a[0]);
        return Instant.ofEpochSecond((long) Math.floor(s), (long) ((s - Math.floor(s)) * 1e9));
    }

    static PyObject structOf(ZonedDateTime t) {
        return StructSeq.make(structTime, PyInt.of(t.getYear()), PyInt.of(t.getMonthValue()), PyInt.of(t.getDayOfMonth()),
                PyInt.of(t.getHour()), PyInt.of(t.getMinute()), PyInt.of(t.getSecond()), PyInt.of(t.getDayOfWeek().getValue() - 1),
                PyInt.of(t.getDayOfYear()), PyInt.ZERO);
    }

    static LocalDateTime fromStruct(PyObject s) {
        PyObject[] f = Iter.toArray(s);
        return LocalDateTime.of((int) Abstract.indexLong(f[0]), (int) Abstract.indexLong(f[1]), (int) Abstract.indexLong(f[2]),
                (int) Abstract.indexLong(f[3]), (int) Abstract.indexLong(f[4]), (int) Math.min(59, Abstract.indexLong(f[5])));
    }

    static String strftime(String fmt, LocalDateTime t) {
        StringBuilder sb = new StringBuilder();
        String[] days = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
        String[] months = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"};
        for (int i = 0; i < fmt.length(); i++) {
            char c = fmt.charAt(i);
            if (c != '%' || i + 1 >= fmt.length()) { sb.append(c); continue; }
            char d = fmt.charAt(++i);
            switch (d) {
                case 'Y' -> sb.append(String.format("%04d", t.getYear()));
                case 'y' -> sb.append(String.format("%02d", t.getYear() % 100));
                case 'm' -> sb.append(String.format("%02d", t.getMonthValue()));
                case 'd' -> sb.append(String.format("%02d", t.getDayOfMonth()));
                case 'H' -> sb.append(String.format("%02d", t.getHour()));
                case 'I' -> sb.append(String.format("%02d", (t.getHour() + 11) % 12 + 1));
                case 'M' -> sb.append(String.format("%02d", t.getMinute()));
                case 'S' -> sb.append(String.format("%02d", t.getSecond()));
                case 'p' -> sb.append(t.getHour() < 12 ? "AM" : "PM");
                case 'j' -> sb.append(String.format("%03d", t.getDayOfYear()));
                case 'A' -> sb.append(days[t.getDayOfWeek().getValue() - 1]);
                case 'a' -> sb.append(days[t.getDayOfWeek().getValue() - 1], 0, 3);
                case 'B' -> sb.append(months[t.getMonthValue() - 1]);
                case 'b' -> sb.append(months[t.getMonthValue() - 1], 0, 3);
                case '%' -> sb.append('%');
                default -> sb.append('%').append(d);
            }
        }
        return sb.toString();
    }
}
