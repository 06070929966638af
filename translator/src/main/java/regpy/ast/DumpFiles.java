package regpy.ast;

import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import regpy.parse.Parser;
import regpy.parse.PySyntaxError;

/**
 * For the parity script: reads a list of files (one path per line) and writes, for each,
 * "=== path" then ast.dump(tree, include_attributes=True) or "ERROR kind: msg (line, offset,
 * end_line, end_offset)". Usage: DumpFiles LISTFILE OUTFILE [type_comments]
 */
public final class DumpFiles {
    private DumpFiles() {}

    public static void main(String[] args) throws IOException {
        boolean typeComments = args.length > 2 && args[2].equals("type_comments");
        try (PrintStream out = new PrintStream(new BufferedOutputStream(new FileOutputStream(args[1]), 1 << 16), false,
                StandardCharsets.UTF_8)) {
            for (String f : Files.readAllLines(Path.of(args[0]))) {
                if (f.isBlank()) continue;
                out.print("=== " + f + "\n");
                try {
                    Node tree = Parser.parse(Files.readAllBytes(Path.of(f)), f, "exec", typeComments);
                    out.print(AstDump.dump(tree, true, true, null, false));
                    out.print("\n");
                } catch (PySyntaxError e) {
                    // end_lineno 0 is CPython's None (whole-file errors such as encoding problems)
                    String end = e.end_lineno == 0 ? "None, None" : e.end_lineno + ", " + e.end_offset;
                    out.print("ERROR " + e.kind + ": " + e.msg + " (" + e.lineno + ", " + e.offset + ", " + end + ")\n");
                } catch (StackOverflowError e) {
                    out.print("CRASH StackOverflowError\n");
                } catch (RuntimeException e) {
                    out.print("CRASH " + e + "\n");
                }
            }
        }
    }
}
