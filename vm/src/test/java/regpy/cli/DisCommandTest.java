package regpy.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DisCommandTest {
    @TempDir Path dir;

    private record Result(int status, String out, String err) {}

    private Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int status = DisCommand.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private String source(String text) throws IOException {
        Path f = dir.resolve("prog.py");
        Files.writeString(f, text);
        return f.toString();
    }

    private static final String FIB = "def fib(n):\n    return n if n < 2 else fib(n - 1) + fib(n - 2)\nprint(fib(10))\n";

    @Test void irListsEachFunctionBesideItsBytecode() throws IOException {
        Result r = run("--ir", source(FIB));
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("Register IR of <code object <module>"), r.out());
        assertTrue(r.out().contains("Register IR of <code object fib"), r.out());
        assertTrue(r.out().contains("BINARY_OP"), r.out());   // the stack side of the listing
    }

    @Test void withoutIrPrintsTheDisListing() throws IOException {
        Result r = run(source(FIB));
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("Disassembly of <code object fib"), r.out());
        assertTrue(r.out().contains("RETURN_VALUE"), r.out());
        assertFalse(r.out().contains("Register IR"), r.out());
    }

    @Test void syntaxErrorsAndBadUsageFail() throws IOException {
        Result bad = run(source("def f(:\n"));
        assertEquals(1, bad.status());
        assertTrue(bad.err().contains("SyntaxError"), bad.err());
        assertEquals(2, run().status());
        assertEquals(2, run("--ir").status());
        assertEquals(2, run(dir.resolve("missing.py").toString()).status());
    }

    @Test void mainDispatchesDis() throws IOException {
        PrintStream saved = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        int status;
        try {
            status = Main.run(new String[] {"dis", "--ir", source(FIB)});
        } finally {
            System.setOut(saved);
        }
        assertEquals(0, status);
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("Register IR of <code object fib"));
    }
}
