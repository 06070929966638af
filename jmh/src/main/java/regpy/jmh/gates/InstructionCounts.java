package regpy.jmh.gates;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Executed-instruction counts of the whole-program benchmarks (../shared/bench) on the reference
 * interpreter ({@code stack}) and on the register engine ({@code register}), for the count gate.
 *
 * <p>Each program runs in its own JVM ({@link CountRunner}, {@code -Dregpy.count=true}) once per
 * engine (the two runs side by side). The programs take their size from module-level constants ({@code N = 6000000}); the
 * counts run copies with smaller sizes ({@link #SMALL_SIZES}) so the gate costs about a minute:
 * the code executed is the same, only the trip counts shrink. Both runs must print the same
 * output (but for "info" lines, which carry timings), a differential check for free.
 */
public record InstructionCounts(List<ProgramCount> programs, List<String> problems) {

    /** One program's totals: stack instructions on the reference interpreter, IR instructions on the register engine. */
    public record ProgramCount(String name, long stack, long register) {
        public double reduction() { return 1.0 - (double) register / stack; }
    }

    /**
     * Smaller values of each program's size constants (program → constant → value). A constant
     * that is no longer found in its program is reported as a problem, never silently skipped.
     */
    static final Map<String, Map<String, String>> SMALL_SIZES = sizes(
            "attr_access", "STEPS=200",
            "fannkuch", "N=7,REPEAT=1",
            "fib", "N=20,REPEAT=1",
            "float_objects", "POINTS=5000,REPEAT=1",
            "float_sum", "N=200000,ROUNDS=1",
            "globals_access", "N=200000",
            "hello", "",
            "loop_arith", "N=200000",
            "nbody", "STEPS=5000",
            "nqueens", "N=8,REPEAT=1,FIRST=10",
            "richards", "ITERATIONS=10",
            "spectral_norm", "N=60",
            "threads_cpu", "N=100000,ROUNDS=1");

    public long totalStack() { return programs.stream().mapToLong(ProgramCount::stack).sum(); }

    public long totalRegister() { return programs.stream().mapToLong(ProgramCount::register).sum(); }

    /** 1 - register/stack over the sums: the fraction of instructions the register form saves. */
    public double reduction() { return 1.0 - (double) totalRegister() / totalStack(); }

    /** The problems, one line each, or one line for all when every program failed the same way. */
    public String problemSummary() {
        List<String> reasons = problems.stream().map(p -> p.substring(p.indexOf(": ") + 2)).distinct().toList();
        if (problems.size() > 1 && reasons.size() == 1 && programs.isEmpty())
            return "all " + problems.size() + " programs: " + reasons.get(0);
        return String.join("; ", problems);
    }

    public String perProgram() {
        List<String> parts = new ArrayList<>();
        for (ProgramCount p : programs) parts.add(String.format("%s %.1f%%", p.name(), p.reduction() * 100));
        return String.join(", ", parts);
    }

    /**
     * Counts every program of {@code benchDir} (those with a size entry; full size when
     * {@code fullSize}) in child JVMs on {@code classpath}, using {@code work} for scaled copies.
     */
    public static InstructionCounts measure(Path benchDir, Path work, String classpath, boolean fullSize, int timeoutSeconds) throws IOException {
        List<ProgramCount> programs = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        if (!Files.isDirectory(benchDir)) {
            problems.add("benchmark directory " + benchDir + " not found");
            return new InstructionCounts(programs, problems);
        }
        Files.createDirectories(work);
        List<Path> files;
        try (var s = Files.list(benchDir)) {
            files = s.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        for (Path file : files) {
            String name = file.getFileName().toString().replaceFirst("\\.py$", "");
            Map<String, String> sizes = SMALL_SIZES.get(name);
            if (sizes == null) {
                problems.add(name + ": no small size listed in InstructionCounts.SMALL_SIZES (new program?)");
                continue;
            }
            String source = Files.readString(file);
            Path prog = file;
            if (!fullSize && !sizes.isEmpty()) {
                try {
                    source = resize(source, sizes);
                } catch (IllegalArgumentException e) {
                    problems.add(name + ": " + e.getMessage());
                    continue;
                }
                prog = work.resolve(name + ".py");
                Files.writeString(prog, source);
            }
            System.out.println("[gates] counting " + name + (fullSize ? "" : " " + sizes));
            // the two engines' runs of a program are independent: run them side by side
            Path p = prog;
            CompletableFuture<Run> registerRun = CompletableFuture.supplyAsync(() -> run(p, "register", work, classpath, timeoutSeconds));
            Run stack = run(prog, "stack", work, classpath, timeoutSeconds);
            Run register = registerRun.join();
            String problem = stack.problem() != null ? "stack: " + stack.problem()
                    : register.problem() != null ? "register: " + register.problem()
                    : !checksum(stack.stdout()).equals(checksum(register.stdout())) ? "outputs differ between --engine stack and --engine register"
                    : stack.stack() == 0 ? "the stack engine counted no instructions"
                    : register.register() == 0 ? "the register engine counted no instructions (engine 'register' not selected by -Dregpy.engine?)"
                    : null;
            if (problem != null) problems.add(name + ": " + problem);
            else programs.add(new ProgramCount(name, stack.stack(), register.register()));
        }
        return new InstructionCounts(programs, problems);
    }

    /** The lines of a program's output that must agree: all but the "info" lines (timings). */
    static List<String> checksum(String out) {
        return out.lines().filter(l -> !l.isBlank() && !l.startsWith("info")).toList();
    }

    /** Replaces the value of each {@code NAME = <number>} line (first one, at the start of a line). */
    static String resize(String source, Map<String, String> sizes) {
        for (var e : sizes.entrySet()) {
            Matcher m = Pattern.compile("(?m)^(" + Pattern.quote(e.getKey()) + "\\s*=\\s*)[0-9][0-9_xXa-fA-F]*").matcher(source);
            if (!m.find()) throw new IllegalArgumentException("size constant " + e.getKey() + " not found");
            source = source.substring(0, m.start()) + m.group(1) + e.getValue() + source.substring(m.end());
        }
        return source;
    }

    private record Run(long stack, long register, String stdout, String problem) {}

    private static Run run(Path prog, String engine, Path work, String classpath, int timeoutSeconds) {
        try {
            return runOnce(prog, engine, work, classpath, timeoutSeconds);
        } catch (IOException e) {
            return new Run(0, 0, "", "could not run: " + e);
        }
    }

    private static Run runOnce(Path prog, String engine, Path work, String classpath, int timeoutSeconds) throws IOException {
        Path counts = work.resolve(prog.getFileName() + "." + engine + ".counts");
        Path stdout = work.resolve(prog.getFileName() + "." + engine + ".out");
        Path stderr = work.resolve(prog.getFileName() + "." + engine + ".err");
        Files.deleteIfExists(counts);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "--sun-misc-unsafe-memory-access=allow", "--enable-native-access=ALL-UNNAMED",
                "-XX:+UseParallelGC", "-Dregpy.count=true", "-Dregpy.engine=" + engine,
                "-cp", classpath, CountRunner.class.getName(), counts.toString(), prog.toString())
                .redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
        pb.environment().put("PYTHONDONTWRITEBYTECODE", "1");
        Process p = pb.start();
        try {
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return new Run(0, 0, "", "timed out after " + timeoutSeconds + " s");
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            return new Run(0, 0, "", "interrupted");
        }
        String out = Files.readString(stdout);
        if (!Files.exists(counts)) return new Run(0, 0, out, "no counts written (exit " + p.exitValue() + "): " + lastLine(stderr));
        Map<String, String> kv = parseCounts(Files.readString(counts));
        if (kv.containsKey("error")) return new Run(0, 0, out, kv.get("error"));
        if (!"0".equals(kv.get("status"))) return new Run(0, 0, out, "exit status " + kv.get("status") + ": " + lastLine(stderr));
        return new Run(Long.parseLong(kv.getOrDefault("stack", "0")), Long.parseLong(kv.getOrDefault("register", "0")), out, null);
    }

    static Map<String, String> parseCounts(String text) {
        Map<String, String> kv = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) kv.put(line.substring(0, eq).trim(), line.substring(eq + 1).trim());
        }
        return kv;
    }

    private static String lastLine(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file).stream().filter(l -> !l.isBlank()).toList();
        return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
    }

    private static Map<String, Map<String, String>> sizes(String... pairs) {
        Map<String, Map<String, String>> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            Map<String, String> s = new LinkedHashMap<>();
            for (String kv : pairs[i + 1].split(",")) {
                if (kv.isEmpty()) continue;
                String[] p = kv.split("=");
                s.put(p[0], p[1]);
            }
            m.put(pairs[i], s);
        }
        return m;
    }
}
