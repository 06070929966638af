def f(a, b):
    return '%s=%r' % (a, b), 'x %5s %-3a %.2s %%' % (a, b, a), '%d' % (a,)
