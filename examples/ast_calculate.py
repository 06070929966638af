# The article's first look at the AST: parse a small function and dump its tree.
import ast

src = """\
def calculate(x, y):
    result = x * 2 + y
    return result
"""

print(ast.dump(ast.parse(src), indent=2))
