package regpy.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the Python programs in src/test/resources/programs through the CLI in a fresh JVM and
 * compares stdout (and, for programs with a .err file, stderr and the exit status 1) with the
 * output CPython 3.13 produced, committed next to each program.
 */
class ProgramsTest {
    static final Path DIR = Path.of("src/test/resources/programs");

    record Result(int status, String out, String err) {}

    static Result run(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), "regpy.cli.Main"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(DIR.toFile());
        pb.environment().remove("REGPY_DEV_CPYTHON");
        Process p = pb.start();
        p.getOutputStream().close();
        byte[] err = p.getErrorStream().readAllBytes();
        byte[] out = p.getInputStream().readAllBytes();
        int status = p.waitFor();
        return new Result(status, new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    @TestFactory
    Stream<DynamicTest> programs() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(DIR)) {
            files = s.filter(p -> p.toString().endsWith(".py") || p.toString().endsWith(".pyc")).sorted().toList();
        }
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> check(f)));
    }

    private static void check(Path file) throws Exception {
        String name = file.getFileName().toString();
        String stem = name.endsWith(".pyc") ? name.replace("_cpython.pyc", "") : name.substring(0, name.length() - 3);
        Result r = run("run", name);
        String expectedOut = Files.readString(DIR.resolve(stem + ".out"));
        Path errFile = DIR.resolve(stem + ".err");
        if (Files.exists(errFile)) {
            assertEquals(1, r.status(), "exit status\n" + r.err());
            String err = r.err().replace(DIR.toAbsolutePath().normalize() + "/", "");
            assertEquals(Files.readString(errFile), err);
        } else {
            assertEquals(0, r.status(), "exit status\n" + r.err());
        }
        assertEquals(expectedOut, r.out());
    }
}
