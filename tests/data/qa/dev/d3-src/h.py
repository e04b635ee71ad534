from gen import C
def A(t, g=2): return (g, 'A', t)
def U(t, g=2): return (g, 'C', t)
def cut(s, who, t): return ('cut', s, who, t)
def at(m, s, who, t): return ('at', m, s, who, t)
HOLD = lambda s: ('HOLD', s)
END = ('END',)
