package regpy.tokenize;

/** Token type numbers and names, as in CPython 3.13's {@code token} module. */
public final class TokenType {
    private TokenType() {}

    public static final int ENDMARKER = 0;
    public static final int NAME = 1;
    public static final int NUMBER = 2;
    public static final int STRING = 3;
    public static final int NEWLINE = 4;
    public static final int INDENT = 5;
    public static final int DEDENT = 6;
    public static final int LPAR = 7;
    public static final int RPAR = 8;
    public static final int LSQB = 9;
    public static final int RSQB = 10;
    public static final int COLON = 11;
    public static final int COMMA = 12;
    public static final int SEMI = 13;
    public static final int PLUS = 14;
    public static final int MINUS = 15;
    public static final int STAR = 16;
    public static final int SLASH = 17;
    public static final int VBAR = 18;
    public static final int AMPER = 19;
    public static final int LESS = 20;
    public static final int GREATER = 21;
    public static final int EQUAL = 22;
    public static final int DOT = 23;
    public static final int PERCENT = 24;
    public static final int LBRACE = 25;
    public static final int RBRACE = 26;
    public static final int EQEQUAL = 27;
    public static final int NOTEQUAL = 28;
    public static final int LESSEQUAL = 29;
    public static final int GREATEREQUAL = 30;
    public static final int TILDE = 31;
    public static final int CIRCUMFLEX = 32;
    public static final int LEFTSHIFT = 33;
    public static final int RIGHTSHIFT = 34;
    public static final int DOUBLESTAR = 35;
    public static final int PLUSEQUAL = 36;
    public static final int MINEQUAL = 37;
    public static final int STAREQUAL = 38;
    public static final int SLASHEQUAL = 39;
    public static final int PERCENTEQUAL = 40;
    public static final int AMPEREQUAL = 41;
    public static final int VBAREQUAL = 42;
    public static final int CIRCUMFLEXEQUAL = 43;
    public static final int LEFTSHIFTEQUAL = 44;
    public static final int RIGHTSHIFTEQUAL = 45;
    public static final int DOUBLESTAREQUAL = 46;
    public static final int DOUBLESLASH = 47;
    public static final int DOUBLESLASHEQUAL = 48;
    public static final int AT = 49;
    public static final int ATEQUAL = 50;
    public static final int RARROW = 51;
    public static final int ELLIPSIS = 52;
    public static final int COLONEQUAL = 53;
    public static final int EXCLAMATION = 54;
    public static final int OP = 55;
    public static final int TYPE_IGNORE = 56;
    public static final int TYPE_COMMENT = 57;
    public static final int SOFT_KEYWORD = 58;
    public static final int FSTRING_START = 59;
    public static final int FSTRING_MIDDLE = 60;
    public static final int FSTRING_END = 61;
    public static final int COMMENT = 62;
    public static final int NL = 63;
    public static final int ERRORTOKEN = 64;
    public static final int ENCODING = 65;
    public static final int N_TOKENS = 66;

    private static final String[] NAMES = {"ENDMARKER", "NAME", "NUMBER", "STRING", "NEWLINE", "INDENT", "DEDENT", "LPAR", "RPAR", "LSQB", "RSQB", "COLON", "COMMA", "SEMI", "PLUS", "MINUS", "STAR", "SLASH", "VBAR", "AMPER", "LESS", "GREATER", "EQUAL", "DOT", "PERCENT", "LBRACE", "RBRACE", "EQEQUAL", "NOTEQUAL", "LESSEQUAL", "GREATEREQUAL", "TILDE", "CIRCUMFLEX", "LEFTSHIFT", "RIGHTSHIFT", "DOUBLESTAR", "PLUSEQUAL", "MINEQUAL", "STAREQUAL", "SLASHEQUAL", "PERCENTEQUAL", "AMPEREQUAL", "VBAREQUAL", "CIRCUMFLEXEQUAL", "LEFTSHIFTEQUAL", "RIGHTSHIFTEQUAL", "DOUBLESTAREQUAL", "DOUBLESLASH", "DOUBLESLASHEQUAL", "AT", "ATEQUAL", "RARROW", "ELLIPSIS", "COLONEQUAL", "EXCLAMATION", "OP", "TYPE_IGNORE", "TYPE_COMMENT", "SOFT_KEYWORD", "FSTRING_START", "FSTRING_MIDDLE", "FSTRING_END", "COMMENT", "NL", "ERRORTOKEN", "ENCODING", "N_TOKENS"};

    /** Operator strings, longest first, with their exact types (token.EXACT_TOKEN_TYPES). */
    static final String[] OPS = {"**=", "...", "//=", "<<=", ">>=", "!=", "%=", "&=", "**", "*=", "+=", "-=", "->", "//", "/=", ":=", "<<", "<=", "==", ">=", ">>", "@=", "^=", "|=", "!", "%", "&", "(", ")", "*", "+", ",", "-", ".", "/", ":", ";", "<", "=", ">", "@", "[", "]", "^", "{", "|", "}", "~"};
    static final int[] OP_TYPES = {DOUBLESTAREQUAL, ELLIPSIS, DOUBLESLASHEQUAL, LEFTSHIFTEQUAL, RIGHTSHIFTEQUAL, NOTEQUAL, PERCENTEQUAL, AMPEREQUAL, DOUBLESTAR, STAREQUAL, PLUSEQUAL, MINEQUAL, RARROW, DOUBLESLASH, SLASHEQUAL, COLONEQUAL, LEFTSHIFT, LESSEQUAL, EQEQUAL, GREATEREQUAL, RIGHTSHIFT, ATEQUAL, CIRCUMFLEXEQUAL, VBAREQUAL, EXCLAMATION, PERCENT, AMPER, LPAR, RPAR, STAR, PLUS, COMMA, MINUS, DOT, SLASH, COLON, SEMI, LESS, EQUAL, GREATER, AT, LSQB, RSQB, CIRCUMFLEX, LBRACE, VBAR, RBRACE, TILDE};

    /** token.tok_name[type]. */
    public static String name(int type) { return type >= 0 && type < NAMES.length ? NAMES[type] : "NT_OFFSET"; }

    /** True for the exact operator types, which tokenize prints as OP without -e. */
    public static boolean isOperator(int type) { return type >= LPAR && type <= EXCLAMATION; }
}
