"""One module per command; each exposes ``run(args) -> int`` (an exit code).

Commands are thin: they load inputs through the core, call it, and turn values into text,
JSON and exit codes. Nothing here decides anything a test of the core could not check.
"""
