"""mockcall: practise call-centre calls against scripted customers, scored against the SOP."""

__version__ = "0.1.0"
