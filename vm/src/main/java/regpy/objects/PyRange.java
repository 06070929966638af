package regpy.objects;

/** range with long bounds. */
public final class PyRange extends PyObject {
    public final long start, stop, step, length;

    public PyRange(long start, long stop, long step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
        long n;
        if (step > 0) n = start < stop ? (stop - start - 1) / step + 1 : 0;
        else n = start > stop ? (start - stop - 1) / (-step) + 1 : 0;
        this.length = n;
    }

    @Override public PyType type() { return Types.RANGE; }
    public long get(long i) { return start + i * step; }
}
