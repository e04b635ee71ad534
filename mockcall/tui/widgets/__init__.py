"""Widgets of the trainee UI: one per file, named after what the trainee sees."""
