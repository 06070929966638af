package regpy.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import regpy.cache.CacheStats.Kind;
import regpy.cache.CacheStats.State;

/**
 * {@code regpy --stats ...}: runs the program twice, each time in a child JVM with
 * {@code -Dregpy.count=true}: first on the reference interpreter ({@code --engine stack}; its
 * stdout, stderr, stdin and exit status are the program's own), then on the register engine
 * ({@code --engine register}, output compared and discarded, stdin empty). Then it prints to stderr:
 *
 * <pre>
 * regpy --stats: instructions executed
 *   stack           1234567  (reference interpreter: stack bytecode)
 *   register         654321  (register engine: register IR)
 *   register/stack    0.530  (47.0% fewer)
 * inline caches (register run)   hits   misses   hit %   uninit   mono   poly   mega
 *   LOAD_GLOBAL                  ...
 *   LOAD_ATTR                    ...
 *   LOAD_METHOD                  ...
 * </pre>
 *
 * What each engine counts is defined by {@link regpy.engine.Counters}. A warning line follows when
 * the register run's stdout or exit status differs from the reference run's (a bug), and when
 * part of the register run ran on the reference interpreter (its stack count is then shown).
 */
final class StatsCommand {
    private StatsCommand() {}

    /** Runs {@code program} (the launcher arguments after the engine options) and returns its exit status. */
    static int run(List<String> program, boolean caches, PrintStream err) {
        try {
            Run reference = Run.start("stack", program, caches, true);
            Run register = Run.start("register", program, caches, false);
            err.flush();
            report(reference, register, err);
            return reference.status;
        } catch (IOException | InterruptedException e) {
            err.println("regpy --stats: " + e.getMessage());
            return 1;
        }
    }

    /** One counted child run and what it left behind. */
    private record Run(String engine, int status, byte[] stdoutDigest, StatsSnapshot stats) {
        static Run start(String engine, List<String> program, boolean caches, boolean visible)
                throws IOException, InterruptedException {
            Path file = Files.createTempFile("regpy-stats-", ".properties");
            try {
                List<String> cmd = new ArrayList<>(childJvm());
                cmd.add("-Dregpy.count=true");
                cmd.add("-D" + StatsSnapshot.FILE_PROPERTY + "=" + file);
                cmd.add(Main.class.getName());
                cmd.add("--engine");
                cmd.add(engine);
                if (!caches) cmd.add("--no-caches");
                cmd.addAll(program);
                ProcessBuilder pb = new ProcessBuilder(cmd);
                pb.redirectOutput(ProcessBuilder.Redirect.PIPE);
                pb.redirectError(visible ? ProcessBuilder.Redirect.INHERIT : ProcessBuilder.Redirect.DISCARD);
                pb.redirectInput(visible ? ProcessBuilder.Redirect.INHERIT : ProcessBuilder.Redirect.PIPE);
                Process p = pb.start();
                if (!visible) p.getOutputStream().close();
                byte[] digest = pump(p.getInputStream(), visible ? new FileOutputStream(FileDescriptor.out) : null);
                int status = p.waitFor();
                return new Run(engine, status, digest, StatsSnapshot.read(file));
            } finally {
                Files.deleteIfExists(file);
            }
        }
    }

    /** The java command and JVM options of this JVM, without the ones a counted run sets itself. */
    private static List<String> childJvm() {
        List<String> cmd = new ArrayList<>();
        cmd.add(ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (a.startsWith("-Dregpy.engine=") || a.startsWith("-Dregpy.count=") || a.startsWith("-D" + StatsSnapshot.FILE_PROPERTY + "=")) continue;
            cmd.add(a);
        }
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        return cmd;
    }

    /** Copies {@code in} to {@code out} (when not null) and returns the SHA-256 of what passed. */
    private static byte[] pump(InputStream in, OutputStream out) throws IOException {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        byte[] buf = new byte[8192];
        for (int n; (n = in.read(buf)) > 0; ) {
            md.update(buf, 0, n);
            if (out != null) { out.write(buf, 0, n); out.flush(); }
        }
        return md.digest();
    }

    private static void report(Run ref, Run reg, PrintStream err) {
        err.println("regpy --stats: instructions executed");
        if (ref.stats == null || reg.stats == null) {
            err.println("  (no counts: a run ended without writing them, e.g. through os._exit)");
            return;
        }
        long s = ref.stats.stackInstructions(), r = reg.stats.registerInstructions();
        err.printf("  %-14s %12d  (reference interpreter: stack bytecode)%n", "stack", s);
        err.printf("  %-14s %12d  (register engine: register IR)%n", "register", r);
        if (s > 0) {
            double ratio = (double) r / s;
            err.printf("  %-14s %12.3f  (%.1f%% %s)%n", "register/stack", ratio, Math.abs(100 * (1 - ratio)), ratio <= 1 ? "fewer" : "more");
        }
        if (reg.stats.stackInstructions() > 0)
            err.printf("  note: the register run also executed %d stack instructions on the reference interpreter%n",
                    reg.stats.stackInstructions());
        err.printf("%-24s %12s %12s %7s %8s %6s %6s %6s%n", "inline caches (register)", "hits", "misses", "hit %",
                "uninit", "mono", "poly", "mega");
        for (Kind k : Kind.values()) {
            int i = k.ordinal();
            long h = reg.stats.hits()[i], m = reg.stats.misses()[i];
            long[] st = reg.stats.sites()[i];
            err.printf("  %-22s %12d %12d %7s %8d %6d %6d %6d%n", "LOAD_" + k.name(), h, m,
                    h + m == 0 ? "-" : String.format("%.1f", 100.0 * h / (h + m)),
                    st[State.UNINITIALIZED.ordinal()], st[State.MONOMORPHIC.ordinal()],
                    st[State.POLYMORPHIC.ordinal()], st[State.MEGAMORPHIC.ordinal()]);
        }
        if (!Arrays.equals(ref.stdoutDigest, reg.stdoutDigest))
            err.println("  WARNING: the register run printed a different stdout than the reference run");
        if (ref.status != reg.status)
            err.printf("  WARNING: exit status %d on the register engine, %d on the reference interpreter%n", reg.status, ref.status);
    }
}
