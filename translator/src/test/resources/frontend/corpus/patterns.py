match command:
    case 1 | 2 | -3:
        pass
    case 1.5 | -2j | 1 + 2j | 3 - 4j:
        pass
    case "s" | b"b" | None | True | False:
        pass
    case x:
        pass
    case _:
        pass
    case Point(x=0, y=0):
        pass
    case Point(1, 2, z=3) as p:
        pass
    case [a, b, *rest]:
        pass
    case (a, b, *_):
        pass
    case [] | ():
        pass
    case {"k": v, 1: w, **others}:
        pass
    case {}:
        pass
    case Color.RED | mod.Color.GREEN:
        pass
    case [a, [b, c]] if a > b:
        pass
    case a, b:
        pass
    case *a, b:
        pass
    case (x):
        pass
    case (x) as y:
        pass
match a, b:
    case _: pass
match = 1
match.x = 2
match(x)
case = 3
type = 4
print(match, case, type)
