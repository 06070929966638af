# tokenize and token: the token stream of the front end through CPython's API
import io
import token
import tokenize

src = "x = (1 +\n     2)  # c\ndef f(a, *, b=1.5e3):\n    return f\"{a!r:>{b}} {{x}}\"\nif x:\n\tpass\n"
for tok in tokenize.generate_tokens(io.StringIO(src).readline):
    print(tok)
print([t.exact_type for t in tokenize.generate_tokens(io.StringIO("a += [1] ** 2\n").readline)])
toks = list(tokenize.tokenize(io.BytesIO(b"# -*- coding: latin-1 -*-\nz = '\xe9'\n").readline))
print(toks[0], toks[-3].string)
print(tokenize.detect_encoding(io.BytesIO(b"\xef\xbb\xbfx = 1\n").readline))
print(tokenize.detect_encoding(io.BytesIO(b"#!/usr/bin/env python\n# coding: latin-1\nx=1\n").readline))
try:
    list(tokenize.generate_tokens(io.StringIO("x = (1,\n").readline))
except tokenize.TokenError as e:
    print("TokenError:", e.args)
print(token.tok_name[token.NAME], token.OP, token.NT_OFFSET, token.ISTERMINAL(token.NAME), token.ISEOF(0))
print(token.EXACT_TOKEN_TYPES["**="], token.tok_name[token.EXACT_TOKEN_TYPES["->"]], token.N_TOKENS)
print(tokenize.untokenize(tokenize.generate_tokens(io.StringIO("a = b  +  c\n").readline)))
