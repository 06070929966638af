def f():
    try:
        g()
    except ValueError as e:
        h(e)
    except (TypeError, KeyError):
        pass
    except:
        raise
    else:
        k()
    finally:
        done()
def g():
    try:
        return 1
    finally:
        print('x')
