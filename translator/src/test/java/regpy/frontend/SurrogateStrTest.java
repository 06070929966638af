package regpy.frontend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import regpy.ast.AstDump;
import regpy.code.Const;
import regpy.code.ConstStr;
import regpy.code.Marshal;
import regpy.code.Repr;
import regpy.parse.Parser;

/**
 * str literals whose escapes put a lone high surrogate before a lone low one stay two code points
 * (Const.Str), as in CPython. Expected texts are python3.13's (ast.dump, marshal.dumps).
 */
class SurrogateStrTest {
    private static String dump(String src) { return AstDump.dump(Parser.parse(src, "<unknown>", "exec")); }

    @Test
    void literalsDumpAsCPython() {
        String[][] cases = {
            {"'\\ud800\\udc00'", "Module(body=[Expr(value=Constant(value='\\ud800\\udc00'))])"},
            {"'\\ud800' '\\udc00'", "Module(body=[Expr(value=Constant(value='\\ud800\\udc00'))])"},
            {"f'\\ud800{x}\\udc00' '\\ud800' f'\\udc00'", "Module(body=[Expr(value=JoinedStr(values=[Constant(value='\\ud800'), "
                    + "FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1), Constant(value='\\udc00\\ud800\\udc00')]))])"},
            {"'\\U0001F600\\ud800\\udc00x'", "Module(body=[Expr(value=Constant(value='\uD83D\uDE00\\ud800\\udc00x'))])"},
            {"'\\ud83d\\ude00' == '\uD83D\uDE00'", "Module(body=[Expr(value=Compare(left=Constant(value='\\ud83d\\ude00'), ops=[Eq()], "
                    + "comparators=[Constant(value='\uD83D\uDE00')]))])"},
            {"'\\ud800' + '\\udc00'", "Module(body=[Expr(value=BinOp(left=Constant(value='\\ud800'), op=Add(), right=Constant(value='\\udc00')))])"},
            {"'\\\\ud800\\udc00'", "Module(body=[Expr(value=Constant(value='\\\\ud800\\udc00'))])"},
            {"'\\ud800\uD83D\uDE00\\udc00'", "Module(body=[Expr(value=Constant(value='\\ud800\uD83D\uDE00\\udc00'))])"},
            {"'\\N{GRINNING FACE}\\udc00'", "Module(body=[Expr(value=Constant(value='\uD83D\uDE00\\udc00'))])"},
        };
        for (String[] c : cases) assertEquals(c[1], dump(c[0]), c[0]);
    }

    @Test
    void onlyStrsThatNeedItAreConstStr() {
        Object split = ConstStr.of(new int[] {0xD800, 0xDC00});
        assertInstanceOf(Const.Str.class, split);
        assertEquals(2, ConstStr.length(split));
        assertEquals("'\\ud800\\udc00'", Repr.of(split));
        assertEquals("\uD800\uDC00", ConstStr.of(new int[] {0x10000}));
        assertEquals("\uDC00\uD800", ConstStr.of(new int[] {0xDC00, 0xD800}));
        assertEquals("a\uD800", ConstStr.concat("a", "\uD800"));
        assertEquals(split, ConstStr.concat("\uD800", "\uDC00"));
        assertEquals(new Const.Str(new int[] {'a', 0xD800, 0xDC00, 0x1F600}), ConstStr.concat("a\uD800", new ConstStr.Builder()
                .appendCodePoint(0xDC00).appendCodePoint(0x1F600).build()));
    }

    @Test
    void marshalUsesSurrogatepassUtf8() {
        Object[][] cases = {
            {new Const.Str(new int[] {0xD800, 0xDC00}), "f506000000eda080edb080"},
            {new Const.Str(new int[] {'a', 0xD800, 0xDC00, 0x1F600}), "f50b00000061eda080edb080f09f9880"},
            {"\uDC00\uD800", "f506000000edb080eda080"},
        };
        for (Object[] c : cases) {
            byte[] bytes = Marshal.dumps(c[0]);
            assertEquals(c[1], HexFormat.of().formatHex(bytes), Repr.of(c[0]));
            assertEquals(c[0], Marshal.loads(bytes));
        }
    }

    @Test
    void charactersNewerThanCPythonsUnicodeAreNotPrintable() {
        assertEquals("'\\U00014000'", Repr.str("\uD810\uDC00"));   // U+14000: Unicode 16, unassigned in 3.13's 15.1
        assertEquals("'\\u0897'", Repr.str("\u0897"));
        assertEquals("'\u0898'", Repr.str("\u0898"));
    }
}
