"""Module doc."""
def f():
    """Function doc."""
    return 1
def g():
    x = 1
