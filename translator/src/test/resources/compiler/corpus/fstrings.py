def f(a, b):
    return f'{a} and {b!r:>10} {a + b=}', f'{a:{b}}', f'plain'
