"""What ``mockcall``'s exit status means (the README's table): one place, read by every command.

Kept out of ``cli.py`` so a command module never imports the parser that imports it.
"""

from __future__ import annotations

from typing import Final

EXIT_OK: Final = 0
#: problems found (validate, lint, test), or a call that failed its assessment
EXIT_PROBLEMS: Final = 1
#: unknown command or option, or options that do not go together
EXIT_USAGE: Final = 2
#: a persona, account, session or path that does not exist
EXIT_NOT_FOUND: Final = 3
#: the session store cannot be used (locked too long, corrupt, foreign, unreachable)
EXIT_STORE: Final = 4
#: bad input data (sysexits EX_DATAERR): ``qa`` could not read a transcript or vCon
EXIT_DATA: Final = 65
#: a bug in mockcall: the traceback goes to mockcall-crash.log, never to the screen
EXIT_INTERNAL: Final = 70
EXIT_INTERRUPTED: Final = 130
