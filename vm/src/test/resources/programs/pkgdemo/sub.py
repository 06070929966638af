from . import NAME
value = NAME + ".sub"
def helper():
    from .sub import value as v
    return v.upper()
