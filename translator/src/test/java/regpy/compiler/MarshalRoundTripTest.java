package regpy.compiler;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import regpy.code.CodeObject;
import regpy.code.LineTable;
import regpy.code.Marshal;
import regpy.code.Pyc;

/** marshal.dumps of CPython 3.13 code objects load, re-dump byte-identically and decode correctly. */
class MarshalRoundTripTest {
    static final Path DIR = Path.of("src/test/resources/compiler/marshal");

    static List<Path> fixtures() throws IOException {
        try (Stream<Path> s = Files.list(DIR)) {
            return s.filter(p -> p.toString().endsWith(".bin")).sorted().toList();
        }
    }

    @Test void roundTripIsByteIdentical() throws IOException {
        List<Path> fx = fixtures();
        assertFalse(fx.isEmpty());
        for (Path p : fx) {
            byte[] data = Files.readAllBytes(p);
            Marshal.Loaded l = Marshal.loadsWithLayout(data);
            assertEquals(data.length, l.consumed(), p.toString());
            assertArrayEquals(data, Marshal.dumps(l.value(), l.layout()), p + ": layout replay");
            // Our own policy need not match CPython's bytes, but must load back to an equal value.
            Object again = Marshal.loads(Marshal.dumps(l.value()));
            assertEquals(l.value(), again, p + ": own dump");
        }
    }

    @Test void decodersMatchCPython() throws IOException {
        for (Path p : fixtures()) {
            CodeObject code = (CodeObject) Marshal.loads(Files.readAllBytes(p));
            List<String> out = new ArrayList<>();
            facts(code, out);
            String expected = Files.readString(Path.of(p.toString().replace(".bin", ".facts")));
            assertEquals(expected, String.join("\n", out) + "\n", p.toString());
        }
    }

    static void facts(CodeObject c, List<String> out) {
        out.add("code " + c.qualname);
        StringBuilder sb = new StringBuilder("positions");
        for (LineTable.Position q : c.positions())
            sb.append(' ').append(q.line()).append(',').append(q.endLine()).append(',').append(q.col()).append(',').append(q.endCol());
        out.add(sb.toString());
        sb = new StringBuilder("lines");
        for (LineTable.LineRange r : c.lines()) sb.append(' ').append(r.start()).append(',').append(r.end()).append(',').append(r.line());
        out.add(sb.toString());
        sb = new StringBuilder("exc ");
        List<String> es = new ArrayList<>();
        for (CodeObject.ExceptionEntry e : c.exceptionEntries())
            es.add(e.start() + "," + e.end() + "," + e.target() + "," + e.depth() + "," + (e.lasti() ? 1 : 0));
        out.add(sb.append(String.join(" ", es)).toString());
        for (Object k : c.consts) if (k instanceof CodeObject n) facts(n, out);
    }

    @Test void handlerLookup() throws IOException {
        CodeObject mod = (CodeObject) Marshal.loads(Files.readAllBytes(DIR.resolve("exceptions.bin")));
        CodeObject g = (CodeObject) java.util.Arrays.stream(mod.consts).filter(k -> k instanceof CodeObject).findFirst().orElseThrow();
        for (CodeObject.ExceptionEntry e : g.exceptionEntries()) {
            assertSame(e, g.handlerAt(e.start()));
            assertSame(e, g.handlerAt(e.end() - 2));
        }
        assertNull(g.handlerAt(0));
    }

    @Test void pycHeaderRoundTrip() throws IOException {
        CodeObject code = (CodeObject) Marshal.loads(Files.readAllBytes(DIR.resolve("functions.bin")));
        byte[] pyc = Pyc.timestampPyc(code, 1700000000L, 1234);
        Pyc.PycFile f = Pyc.read(pyc);
        assertEquals(1700000000L, f.header().mtime());
        assertEquals(1234, f.header().sourceSize());
        assertEquals(code, f.code());
        byte[] h = Pyc.hashPyc(code, "x = 1\n".getBytes(), true);
        Pyc.PycFile g = Pyc.read(h);
        assertTrue(g.header().hashBased() && g.header().checkSource());
        // importlib.util.source_hash(b'x = 1\n') on CPython 3.13
        assertEquals(HASH_X1, java.util.HexFormat.of().formatHex(g.header().hash()));
    }

    static final String HASH_X1 = "e786e2893651120e";
}
