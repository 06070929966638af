package regpy.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import regpy.code.CodeObject;
import regpy.compile.Compiler;
import regpy.dis.Disassembler;
import regpy.ir.IrPrinter;
import regpy.ir.Translator;
import regpy.parse.Parser;
import regpy.parse.PySyntaxError;

/**
 * {@code dis [--ir] FILE}: compiles FILE with regpy's own front end and prints either the dis
 * listing of every code object, or with {@code --ir} each function's stack bytecode beside the
 * register IR it translates to. It runs nothing, so it needs no interpreter state.
 */
final class DisCommand {
    private DisCommand() {}

    static final String USAGE = "usage: regpy dis [--ir] FILE";

    /** Runs the command on its arguments (after "dis") and returns the exit status. */
    static int run(List<String> args, PrintStream out, PrintStream err) {
        boolean ir = false;
        String file = null;
        for (String a : args) {
            if (a.equals("--ir")) ir = true;
            else if (file == null && !a.startsWith("-")) file = a;
            else { err.println(USAGE); return 2; }
        }
        if (file == null) { err.println(USAGE); return 2; }
        String source;
        try {
            source = Files.readString(Path.of(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println("regpy: can't open file '" + file + "': " + e.getMessage());
            return 2;
        }
        try {
            CodeObject code = Compiler.compile(Parser.parse(source, file, "exec"), file, "exec", -1);
            out.print(ir ? IrPrinter.print(Translator.translate(code)) : Disassembler.dis(code));
            out.flush();
            return 0;
        } catch (PySyntaxError e) {
            err.println("  File \"" + e.filename + "\", line " + e.lineno);
            err.println(e.kind + ": " + e.msg);
            return 1;
        } catch (UnsupportedOperationException e) {
            err.println("regpy: " + e.getMessage());
            return 1;
        }
    }
}
