import os
import os.path
import os.path as p
from os import path, sep as s
from . import x
from .. y import z
from os import *
