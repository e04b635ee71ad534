"""The core: formats, loader, validation, engine, scoring, simulation.

Nothing here imports Textual or the store; ``tests/unit/test_layers.py`` keeps it so.
"""
