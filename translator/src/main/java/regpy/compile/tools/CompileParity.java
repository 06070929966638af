package regpy.compile.tools;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import regpy.ast.Mod;
import regpy.code.CodeObject;
import regpy.compile.Compiler;
import regpy.parse.Parser;

/**
 * The Java half of scripts/compile-parity: compiles each listed file and writes its code-object
 * blocks ({@link CodeAttrs}) between "=== path" headers. With --ast, the trees come from
 * CPython (AstText, one "=== path" section per file) so only the compiler is measured.
 * <pre>  java regpy.compile.tools.CompileParity FILES OUT [--ast AST_FILE]</pre>
 */
public final class CompileParity {
    private CompileParity() {}

    public static void main(String[] args) throws IOException {
        List<String> files = Files.readAllLines(Path.of(args[0]));
        java.util.Map<String, String> asts = null;
        if (args.length > 3 && args[2].equals("--ast")) asts = readSections(Path.of(args[3]));
        try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
            for (String f : files) {
                out.write("=== " + f + "\n");
                try {
                    Mod tree;
                    if (asts != null) {
                        String text = asts.get(f);
                        if (text == null || text.startsWith("ERROR")) { out.write("ERROR no tree\n"); continue; }
                        tree = (Mod) AstText.read(text);
                    } else {
                        tree = Parser.parse(Files.readAllBytes(Path.of(f)), f, "exec");
                    }
                    CodeObject co = Compiler.compile(tree, f, "exec", 0, regpy.compile.CompileWarnings.IGNORE);
                    out.write(CodeAttrs.format(co));
                } catch (Throwable t) {
                    out.write("ERROR " + t.getClass().getSimpleName() + ": " + String.valueOf(t.getMessage()).replace('\n', ' ') + "\n");
                }
            }
        }
    }

    private static java.util.Map<String, String> readSections(Path p) throws IOException {
        java.util.Map<String, String> m = new java.util.HashMap<>();
        String cur = null;
        for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
            if (line.startsWith("=== ")) cur = line.substring(4);
            else if (cur != null) m.put(cur, line);
        }
        return m;
    }
}
