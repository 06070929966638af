def f(x):
    if x:
        a = 1
    elif x > 2:
        a = 2
    else:
        a = 3
    while x < 10:
        x += 1
        if x == 5:
            break
        if x == 3:
            continue
    else:
        a = 0
    for i in range(10):
        a += i
    else:
        a -= 1
    return a
