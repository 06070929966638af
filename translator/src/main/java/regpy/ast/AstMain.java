package regpy.ast;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import regpy.parse.Parser;
import regpy.parse.PySyntaxError;

/** {@code python -m ast [-m MODE] [-a] [-i N] [FILE]}: prints the dump of the parsed tree. */
public final class AstMain {
    private AstMain() {}

    public static void main(String[] args) throws Exception {
        // Deeply nested source recurses deeply in the parser and the dumper: use a large stack.
        int[] rc = {1};
        Throwable[] failure = {null};
        Thread t = new Thread(null, () -> {
            try {
                rc[0] = run(args, System.out, System.err);
            } catch (Throwable e) {
                failure[0] = e;
            }
        }, "ast-main", 1L << 30);
        t.start();
        t.join();
        if (failure[0] instanceof Exception e) throw e;
        if (failure[0] instanceof Error e) throw e;
        System.exit(rc[0]);
    }

    public static int run(String[] args, PrintStream out, PrintStream err) throws IOException {
        String mode = "exec", file = "-";
        boolean attrs = false, typeComments = true;   // CPython's ast.main parses with type_comments=True
        int indent = 3;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "-m", "--mode" -> mode = args[++i];
                case "-a", "--include-attributes" -> attrs = true;
                case "-i", "--indent" -> indent = Integer.parseInt(args[++i]);
                case "--no-type-comments" -> typeComments = false;
                default -> {
                    if (args[i].startsWith("--mode=")) mode = args[i].substring(7);
                    else if (args[i].startsWith("--indent=")) indent = Integer.parseInt(args[i].substring(9));
                    else file = args[i];
                }
            }
        }
        String name = file.equals("-") ? "<stdin>" : file;
        byte[] data = file.equals("-") ? System.in.readAllBytes() : Files.readAllBytes(Path.of(file));
        try {
            Node tree = Parser.parse(data, name, mode, typeComments);
            out.println(AstDump.dump(tree, true, attrs, " ".repeat(Math.max(indent, 0)), false));
            return 0;
        } catch (PySyntaxError e) {
            err.println(SyntaxErrorFormat.format(e));
            return 1;
        }
    }
}
