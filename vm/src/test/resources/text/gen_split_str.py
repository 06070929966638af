# Regenerates split_str.expected: python3.13 gen_split_str.py  (in this directory)
src = open("split_str.py", encoding="ascii").read()
setup, exprs = src.split("\n#\n")
env = {}
exec(setup, env)
with open("split_str.expected", "w", encoding="ascii") as out:
    for e in exprs.strip().splitlines():
        out.write(ascii(repr(eval(e, env))) + "\n")
