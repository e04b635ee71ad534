"""``mockcall serve``: the trainee app in a browser, one app process per seat (textual-serve).

``seats.py`` holds what needs no web framework (names, tokens, tickets, the seat's command
line); ``server.py`` is the aiohttp application built on textual-serve; ``templates/`` and
``static/`` are the login and seat pages. Nothing here is imported unless ``serve`` runs.
"""
