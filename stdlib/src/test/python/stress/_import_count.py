# Counts how many times _imported_once's body ran.
runs = 0
