def f(x):
    assert x
    assert x > 0, 'positive'
    raise ValueError('bad') from None
