def f():
    try:
        g()
    except* ValueError as e:
        h(e)
    except* TypeError:
        pass
