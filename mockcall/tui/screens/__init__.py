"""Screens of the trainee UI: home, call, after-call work, score, nesting shift and modals."""
