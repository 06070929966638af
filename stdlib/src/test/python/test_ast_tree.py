# ast node classes, construction defaults, dump options, parse modes, literal_eval, locations
import ast

n = ast.Name("x")
print(type(n.ctx).__name__, n._fields, ast.Name.__match_args__, ast.Name.__doc__)
print(ast.BinOp._fields, ast.expr._attributes, ast.arguments._fields)
print(issubclass(ast.Name, ast.expr), issubclass(ast.expr, ast.AST), ast.Name.__module__)
f = ast.FunctionDef("f", ast.arguments())
print(f.body, f.decorator_list, f.returns, f.type_params, f.args.args, f.args.vararg)
try:
    ast.Name("a", "b", "c")
except TypeError as e:
    print("TypeError:", e)
try:
    ast.Name("a", id="b")
except TypeError as e:
    print("TypeError:", e)
print(ast.Return().value, ast.Name.end_lineno, hasattr(ast.Name("q"), "lineno"))

src = "def f(a, b=1, *args, c, **kw):\n    '''doc'''\n    return a + b\nx: int = f(1, c=2)\n"
tree = ast.parse(src)
print(ast.dump(tree))
print(ast.dump(tree, annotate_fields=False))
print(ast.dump(tree.body[1], include_attributes=True))
print(ast.dump(tree.body[0].args, indent="..", show_empty=True))
print(ast.dump(ast.parse("x + 1", mode="eval"), indent=1))
print(ast.dump(ast.parse("x = 1", mode="single")))
print(ast.dump(ast.parse("(int, str) -> bool", mode="func_type")))
print(ast.get_docstring(tree.body[0]), ast.get_docstring(tree))
print(ast.get_source_segment(src, tree.body[0].body[1].value))
print(ast.get_source_segment(src, tree.body[1], padded=True))

for text in ["[1, (2, 3), {'a': {4}}]", "-1.5", "1+2j", "set()", "b'x'", "(None, True, ...)", "-  3"]:
    print(repr(ast.literal_eval(text)))
for bad in ["x", "1 + x", "f()", "[1, 2][0]", "{1: 2, **d}"]:
    try:
        ast.literal_eval(bad)
    except ValueError as e:
        print("ValueError:", str(e).split(" object at")[0])

tree = ast.parse("a = 1\nif a:\n    b = a\n")
ast.increment_lineno(tree, 10)
print([(type(x).__name__, x.lineno, x.end_lineno) for x in ast.walk(tree) if hasattr(x, "lineno")])
new = ast.copy_location(ast.Constant(5), tree.body[0].value)
print(new.lineno, new.col_offset, new.end_lineno, new.end_col_offset)
m = ast.Module([ast.Expr(ast.Call(ast.Name("print"), [ast.Constant("built by hand")], []))], [])
ast.fix_missing_locations(m)
print(m.body[0].lineno, m.body[0].value.func.col_offset, m.body[0].end_lineno)
exec(compile(m, "<hand>", "exec"))
print(eval(compile(ast.fix_missing_locations(ast.Expression(ast.BinOp(ast.Constant(6), ast.Mult(), ast.Constant(7)))), "<e>", "eval")))
print([name for name, value in ast.iter_fields(ast.parse("x").body[0])])
print([type(c).__name__ for c in ast.iter_child_nodes(ast.parse("f(a, b=c)").body[0].value)])

assign = ast.parse("p = q.r").body[0]
print(ast.Assign.__match_args__, assign.value.__match_args__, isinstance(assign, ast.stmt))
print(ast.PyCF_ONLY_AST, ast.PyCF_TYPE_COMMENTS)
t = compile("y = 2", "<s>", "exec", ast.PyCF_ONLY_AST)
print(type(t).__name__, ast.dump(t))
