def f(a):
    if (n := len(a)) > 10:
        return n
    match a:
        case 1:
            return 'one'
        case [x, y]:
            return x
        case {'k': v}:
            return v
        case Point(x=0) | None:
            return 0
        case str() as s:
            return s
        case _:
            return None
