def f(items):
    total = 0
    for k, v in items.items():
        if k:
            continue
        total += v
    i = 0
    while True:
        i += 1
        if i > 10:
            break
    while i:
        i -= 1
    return total
