"""The rubric's checks, one module per family; each check sits next to its ``reads_*``
declaration so the two are changed together (the registry pairs them up).
"""
