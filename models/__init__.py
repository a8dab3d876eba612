"""Data the linter ships: the trained pipeline (pipeline/), its training config
(config.cfg), the labelled corpus (corpus/) and the rebuild script (rebuild.py)."""
