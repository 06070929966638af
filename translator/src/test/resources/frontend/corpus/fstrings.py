f"plain"
f"{x}"
f"a{x}b{y}c"
f"{x!r} {x!s} {x!a}"
f"{x:>10} {x:{w}.{p}f}"
f"{x = }" f"{y=!s}" f"{z=:>4}"
f"{'nested'} {"same quotes"} {f"{inner}"}"
f"{{escaped}} {{{x}}}"
"concat" f"{x}" "tail"
f'''multi
line {x
+ 1} end'''
rf"raw {x}\n" fr'{y}\d'
f"{x:{y}}" f"{x:}" f""
f"{a['k']}" f"{d[1:2]}"
f"\N{BULLET} {x}"
f"{(lambda: 1)()}"
f"{x,}" f"{*a,}"
f"{yield}"
