# compile() of AST objects: CPython's conversion and validation errors, flags, modes
import ast

def attempt(tree, mode="exec"):
    try:
        code = compile(tree, "<t>", mode)
        print("ok", type(code).__name__)
    except (TypeError, ValueError, SyntaxError) as e:
        print(type(e).__name__ + ":", str(e).split(" object at")[0])

fix = ast.fix_missing_locations
attempt(ast.Module([ast.Expr()], []))
attempt(fix(ast.Module([ast.Expr(None)], [])))
attempt(ast.Module([ast.Expr(ast.Name("x"))], []))
attempt(fix(ast.Module([ast.Expr(ast.Name("x", ast.Store()))], [])))
attempt(fix(ast.Module(ast.Expr(ast.Name("x")), [])))
attempt(fix(ast.Module([ast.Name("x")], [])))
attempt(fix(ast.Module([ast.Expr(ast.Name(1))], [])))
attempt(fix(ast.Module([ast.Expr(ast.Constant([1]))], [])))
attempt(fix(ast.Module([ast.FunctionDef("f", ast.arguments(), [], [])], [])))
attempt(fix(ast.Expression(ast.Name("x"))))
attempt(fix(ast.Expression(ast.Name("x"))), "eval")
attempt(fix(ast.Module([ast.Expr(ast.Compare(ast.Name("x"), [], []))], [])))
attempt(fix(ast.Module([ast.Expr(ast.Compare(ast.Name("x"), [ast.Eq()], [ast.Name("y"), ast.Name("z")]))], [])))
attempt(fix(ast.Module([ast.Delete([])], [])))
attempt(fix(ast.Module([ast.Expr(ast.Name("None"))], [])))
attempt(fix(ast.Module([ast.AugAssign(ast.Name("x", ast.Load()), ast.Add(), ast.Constant(1))], [])))
attempt(fix(ast.Module([ast.Assign([ast.Constant(1)], ast.Constant(1))], [])))
attempt(fix(ast.Module([ast.If(ast.Name("x"), [], [])], [])))
attempt(fix(ast.Module([ast.Try([ast.Pass()], [], [], [])], [])))
attempt(fix(ast.Module([ast.Expr(ast.BinOp(ast.Name("x"), ast.Load(), ast.Name("y")))], [])))
attempt(fix(ast.Module([ast.Expr(ast.Constant(1, kind=3))], [])))
attempt(fix(ast.Module([ast.Expr(ast.BoolOp(ast.And(), [ast.Name("x")]))], [])))
attempt(fix(ast.Module([ast.Expr(ast.Dict([ast.Name("x")], []))], [])))
attempt(fix(ast.Module([ast.Assign([ast.Tuple([ast.Name("a", ast.Store()), ast.Starred(ast.Name("b", ast.Store()), ast.Store())], ast.Store())], ast.Name("c"))], [])))
attempt(5)
for args in [("x", "<t>", "exec", 12345678), ("x", "<t>", "bad"), ("x", "<t>", "func_type"), ("x\0", "<t>", "exec")]:
    try:
        compile(*args)
    except (ValueError, SyntaxError) as e:
        print(type(e).__name__ + ":", e)
try:
    compile("x", "<t>", "exec", optimize=5)
except ValueError as e:
    print("ValueError:", e)
tree = compile("x = 40 + 2", "<t>", "exec", ast.PyCF_ONLY_AST)
print(compile(tree, "<t>", "exec", ast.PyCF_ONLY_AST) is tree)
ns = {}
exec(compile(tree, "<t>", "exec"), ns)
print(ns["x"])
code = compile(b"# -*- coding: latin-1 -*-\ns = '\xe9'\n", "<bytes>", "exec")
exec(code, ns)
print(ns["s"])
class MyName(ast.Name):
    pass
e = fix(ast.Expression(ast.BinOp(MyName("x"), ast.Add(), ast.Constant(1))))
print(eval(compile(e, "<sub>", "eval"), {"x": 41}))
try:
    compile("return 1", "<r>", "exec")
except SyntaxError as err:
    print("SyntaxError:", err.msg, err.lineno)
print(compile("1 +\\\n 2", "<s>", "eval").co_filename)
