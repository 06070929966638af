package regpy.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import regpy.cache.CacheStats;
import regpy.cache.CacheStats.Kind;
import regpy.cache.CacheStats.State;
import regpy.engine.Counters;

/**
 * What one counted run ({@code -Dregpy.count=true}) measured: the instructions each kind of
 * engine executed and the inline-cache counts. A child JVM of {@code --stats} writes it to the
 * file named by {@code -Dregpy.stats.file} when the program ends; the parent reads it back.
 * Stored as a properties file so the two sides share no format code but this class.
 */
record StatsSnapshot(long stackInstructions, long registerInstructions, long[] hits, long[] misses, long[][] sites) {
    /** The system property naming the file a counted child run writes its snapshot to. */
    static final String FILE_PROPERTY = "regpy.stats.file";

    /** The counters of this JVM now. */
    static StatsSnapshot current() {
        int kinds = Kind.values().length, states = State.values().length;
        long[] hits = new long[kinds], misses = new long[kinds];
        long[][] sites = new long[kinds][states];
        for (Kind k : Kind.values()) {
            hits[k.ordinal()] = CacheStats.hits(k);
            misses[k.ordinal()] = CacheStats.misses(k);
            for (State s : State.values()) sites[k.ordinal()][s.ordinal()] = CacheStats.sites(k, s);
        }
        return new StatsSnapshot(Counters.stack(), Counters.register(), hits, misses, sites);
    }

    /** Writes the current counters to the file of {@link #FILE_PROPERTY}, when that is set. */
    static void writeIfRequested() {
        String file = System.getProperty(FILE_PROPERTY);
        if (file == null) return;
        try {
            current().write(Path.of(file));
        } catch (IOException e) {
            System.err.println("regpy: cannot write statistics to " + file + ": " + e.getMessage());
        }
    }

    void write(Path file) throws IOException {
        Properties p = new Properties();
        p.setProperty("instructions.stack", Long.toString(stackInstructions));
        p.setProperty("instructions.register", Long.toString(registerInstructions));
        for (Kind k : Kind.values()) {
            p.setProperty(k.name() + ".hits", Long.toString(hits[k.ordinal()]));
            p.setProperty(k.name() + ".misses", Long.toString(misses[k.ordinal()]));
            for (State s : State.values())
                p.setProperty(k.name() + "." + s.name(), Long.toString(sites[k.ordinal()][s.ordinal()]));
        }
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            p.store(w, "regpy --stats");
        }
    }

    /** Reads a snapshot, or null when the run wrote none (it ended through os._exit or crashed). */
    static StatsSnapshot read(Path file) throws IOException {
        if (!Files.exists(file) || Files.size(file) == 0) return null;
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        int kinds = Kind.values().length, states = State.values().length;
        long[] hits = new long[kinds], misses = new long[kinds];
        long[][] sites = new long[kinds][states];
        for (Kind k : Kind.values()) {
            hits[k.ordinal()] = number(p, k.name() + ".hits");
            misses[k.ordinal()] = number(p, k.name() + ".misses");
            for (State s : State.values()) sites[k.ordinal()][s.ordinal()] = number(p, k.name() + "." + s.name());
        }
        return new StatsSnapshot(number(p, "instructions.stack"), number(p, "instructions.register"), hits, misses, sites);
    }

    private static long number(Properties p, String key) {
        return Long.parseLong(p.getProperty(key, "0"));
    }
}
