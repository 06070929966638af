"""Tokenization of Python source, as CPython 3.13's tokenize module.

The tokens come from the translator's tokenizer (regpy.tokenize, through the Java module
_tokenize), the same one the parser uses, so tokenize and the compiler always agree.
"""

import sys
import collections
import _tokenize
from token import *
from token import EXACT_TOKEN_TYPES

__all__ = token_all = [n for n in dir() if n.isupper() or n in ('tok_name', 'ISTERMINAL', 'ISNONTERMINAL', 'ISEOF')]
__all__ = [n for n in __all__ if n != 'EXACT_TOKEN_TYPES'] + [
    "tokenize", "generate_tokens", "detect_encoding", "untokenize", "TokenInfo", "open", "TokenError"]
del token_all


class TokenInfo(collections.namedtuple('TokenInfo', 'type string start end line')):
    def __repr__(self):
        annotated_type = '%d (%s)' % (self.type, tok_name[self.type])
        return ('TokenInfo(type=%s, string=%r, start=%r, end=%r, line=%r)' %
                self._replace(type=annotated_type))

    @property
    def exact_type(self):
        if self.type == OP and self.string in EXACT_TOKEN_TYPES:
            return EXACT_TOKEN_TYPES[self.string]
        return self.type


class TokenError(Exception):
    pass


def _generate(source, extra_tokens=True):
    """Tokens of a whole source (str), operators as OP unless extra_tokens is false."""
    try:
        tokens, eof_line = _tokenize.tokens(source)
    except SyntaxError as e:
        for t in getattr(e, '_tokens', ()):
            yield _info(t, extra_tokens)
        if type(e) is not SyntaxError:
            raise e from None
        msg = e.msg
        if msg.startswith("unterminated triple-quoted string literal"):
            msg = "EOF in multi-line string"
        raise TokenError(msg, (e.lineno, e.offset)) from None
    for t in tokens:
        yield _info(t, extra_tokens)
    if eof_line is not None:
        # CPython names the last line that exists (a final newline does not start another)
        last = source.count("\n") + (0 if source.endswith("\n") else 1)
        raise TokenError('unexpected EOF in multi-line statement', (last, 0))


def _info(row, extra_tokens):
    kind, string, start, end, line = row
    if extra_tokens and LPAR <= kind <= EXCLAMATION:
        kind = OP
    return TokenInfo(kind, string, start, end, line)


def _read_all(readline):
    chunks = []
    while True:
        try:
            line = readline()
        except StopIteration:
            break
        if not line:
            break
        chunks.append(line)
    return chunks


def generate_tokens(readline):
    """Tokens of str lines from readline (no ENCODING token)."""
    return _generate("".join(_read_all(readline)))


def tokenize(readline):
    """Tokens of bytes lines from readline, starting with the ENCODING token."""
    data = b"".join(_read_all(readline))
    encoding = "utf-8-sig" if data[:3] == b"\xef\xbb\xbf" else _normal_name(_tokenize.detect_encoding(data))
    yield TokenInfo(ENCODING, encoding, (0, 0), (0, 0), '')
    text = data.decode('utf-8' if encoding == 'utf-8-sig' else encoding)
    if text.startswith('\ufeff'):
        text = text[1:]
    yield from _generate(text)


def _normal_name(name):
    """CPython's spelling of the common encodings' aliases."""
    enc = name[:12].lower().replace("_", "-")
    if enc == "utf-8" or enc.startswith("utf-8-"):
        return "utf-8"
    for alias in ("latin-1", "iso-8859-1", "iso-latin-1"):
        if enc == alias or enc.startswith(alias + "-"):
            return "iso-8859-1"
    return name


def _is_blank_or_comment(line):
    for byte in line:
        if byte not in b" \t\f\r\n":
            return byte == 35      # '#'
    return True


def detect_encoding(readline):
    """The source encoding (PEP 263, BOM) and the lines (up to two) read to find it."""
    lines = []
    for _ in range(2):
        try:
            line = readline()
        except StopIteration:
            line = b''
        if not line:
            break
        lines.append(line)
        if not _is_blank_or_comment(line):
            break
    encoding = _tokenize.detect_encoding(b"".join(lines))
    if lines and lines[0][:3] == b"\xef\xbb\xbf":
        lines[0] = lines[0][3:]
        return "utf-8-sig", lines
    return _normal_name(encoding), lines


def open(filename):
    import builtins
    with builtins.open(filename, 'rb') as f:
        encoding, _ = detect_encoding(f.readline)
    return builtins.open(filename, 'r', encoding=encoding)


def untokenize(iterable):
    """Source text from tokens; with full positions the layout is reproduced."""
    out = []
    row, col = 1, 0
    encoding = None
    previous = None
    for tok in iterable:
        if len(tok) == 2:
            kind, string = tok
            if kind == ENCODING:
                encoding = string
                continue
            if out and previous not in (NEWLINE, NL, INDENT, DEDENT) and kind in (NAME, NUMBER) \
                    and out[-1][-1:].isalnum():
                out.append(' ')
            out.append(string)
            previous = kind
            continue
        kind, string, start, end = tok[:4]
        if kind == ENCODING:
            encoding = string
            continue
        if kind == ENDMARKER:
            break
        srow, scol = start
        if srow > row:
            out.append("\\\n" * (srow - row) if previous not in (NEWLINE, NL) else "")
            row, col = srow, 0
        if scol > col:
            out.append(" " * (scol - col))
        out.append(string)
        row, col = end
        if kind in (NEWLINE, NL):
            row += 1
            col = 0
        previous = kind
    text = "".join(out)
    return text.encode(encoding) if encoding is not None else text


def _main(args=None):
    argv = list(sys.argv[1:] if args is None else args)
    exact = False
    filename = None
    for a in argv:
        if a in ('-e', '--exact'):
            exact = True
        elif a in ('-h', '--help'):
            print("usage: python -m tokenize [-h] [-e] [filename.py]")
            return
        else:
            filename = a
    try:
        if filename:
            import builtins
            with builtins.open(filename, 'rb') as f:
                tokens = list(tokenize(f.readline))
        else:
            filename = "<stdin>"
            tokens = list(_generate(sys.stdin.read()))
        for token in tokens:
            kind = token.exact_type if exact else token.type
            token_range = "%d,%d-%d,%d:" % (token.start + token.end)
            print("%-20s%-15s%-15r" % (token_range, tok_name[kind], token.string))
    except IndentationError as err:
        line, column = err.args[1][1:3]
        print(f"{filename}:{line}:{column}: error: {err.args[0]}", file=sys.stderr)
        sys.exit(1)
    except TokenError as err:
        line, column = err.args[1]
        print(f"{filename}:{line}:{column}: error: {err.args[0]}", file=sys.stderr)
        sys.exit(1)
    except SyntaxError as err:
        print(f"{filename}: error: {err}", file=sys.stderr)
        sys.exit(1)
    except OSError as err:
        print(f"error: {err}", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    _main()
