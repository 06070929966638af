# contextvars: get/set/reset, defaults, copy_context, Context.run, per-thread contexts
import contextvars
import threading
var = contextvars.ContextVar("var", default=10)
other = contextvars.ContextVar("other")
print(var.name, var.get())
try:
    other.get()
except LookupError:
    print("LookupError for unset var")
print(other.get("fallback"))
tok = var.set(20)
print(var.get(), tok.var is var, tok.old_value is contextvars.Token.MISSING, contextvars.Token.MISSING)
var.reset(tok)
print(var.get())
try:
    var.reset(tok)
except RuntimeError as e:
    print("RuntimeError:", str(e).endswith("has already been used once"), str(e).startswith("<Token used var=<ContextVar name='var' default=10 at 0x"))
var.set(1)
ctx = contextvars.copy_context()
var.set(2)
print(ctx[var], var.get(), var in ctx, other in ctx, len(ctx) >= 1)
def in_ctx(x):
    var.set(x)
    return var.get()
print(ctx.run(in_ctx, 99), ctx[var], var.get())
try:
    ctx.run(ctx.run, print)
except RuntimeError as e:
    print("RuntimeError:", str(e).split(":")[0])
seen = []
def worker():
    seen.append(var.get())
    var.set(500)
    seen.append(var.get())
t = threading.Thread(target=worker)
t.start(); t.join()
print(seen, var.get())
t = threading.Thread(target=ctx.run, args=(worker,))
t.start(); t.join()
print(seen[2:], ctx[var], var.get())
print(sorted(v.name for v in ctx), dict(ctx.items())[var])
