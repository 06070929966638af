# configparser: reading, DEFAULT, multi-line values, interpolation, mapping protocol, write, errors
import configparser
import io

text = '''[DEFAULT]
base = /srv
debug = yes

[server]
host = example.com
port = 8080
path = %(base)s/app
multi = line one
    line two

ratio: 0.5
; comment
# another
[empty]
'''
c = configparser.ConfigParser()
c.read_string(text)
print(c.sections(), c.has_section('server'), c.options('server'), c.get('server', 'path'), c.getint('server', 'port'),
      c.getboolean('server', 'debug'), c.getfloat('server', 'ratio'), c['server']['host'], dict(c['server']), c.items('server'))
print(repr(c.get('server', 'multi')), c.get('server', 'missing', fallback='fb'), c.defaults(), 'server' in c, list(c), len(c),
      c['server'].getint('port'), c['server'].get('nope', 'dflt'), repr(c['server']), c.has_option('server', 'BASE'),
      c.get('server', 'path', raw=True), c.get('server', 'path', vars={'base': '/opt'}), c['DEFAULT']['base'])
out = io.StringIO()
c.write(out)
print(out.getvalue())
for f in [lambda: c.get('nosec', 'x'), lambda: c.get('server', 'nope'), lambda: c.add_section('server'), lambda: c.read_string('x=1'),
          lambda: c.read_string('[a]\nb\n'), lambda: c.read_string('[a]\nx=1\nx=2\n'), lambda: c.getint('server', 'host'),
          lambda: c.getboolean('server', 'host'), lambda: c.read_string('[s]\na=%(zz)s\n') or c.get('s', 'a'), lambda: c.add_section('default'),
          lambda: c.add_section('DEFAULT'), lambda: c.set('server', 'x', 5), lambda: c.set('server', 'x', '50%'),
          lambda: c.read_string('[t]\na=%(b)s\nb=%(a)s\n') or c.get('t', 'a'), lambda: c.read_string('[u]\nv=%x\n') or c.get('u', 'v')]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, repr(str(e)))
r = configparser.RawConfigParser()
r.read_string('[a]\nx = %(y)s\n')
print(r.get('a', 'x'))
c.set('server', 'newopt', 'value')
c['fresh'] = {'k': 'v', 'n': '1'}
del c['empty']
print(c.sections(), c.remove_option('server', 'newopt'), c.remove_option('server', 'nope'), c.remove_section('zzz'), dict(c['fresh']))
e = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
e.read_string('[paths]\nhome = /home/me\ndocs = ${home}/docs\n[other]\nref = ${paths:docs}/x $$5\n')
print(e.get('paths', 'docs'), e.get('other', 'ref'))
n = configparser.ConfigParser(allow_no_value=True, delimiters=('=',), comment_prefixes=('#',), inline_comment_prefixes=(';',),
                              defaults={'shared': 'yes'})
n.read_string('[flags]\nverbose\nlevel = 3 ; inline comment\n')
print(n.items('flags'), n.get('flags', 'verbose'))
out = io.StringIO()
n.write(out, space_around_delimiters=False)
print(repr(out.getvalue()))
d = configparser.ConfigParser()
d.read_dict({'s1': {'a': 1, 'B': 'two'}, 's2': {}})
print(dict(d['s1']), d.sections(), configparser.DEFAULTSECT, isinstance(configparser.NoSectionError('x'), configparser.Error))
