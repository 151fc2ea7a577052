"""Peace-operations dilemma explorer: policy dilemmas tied to their source passages."""

__version__ = "0.1.0"
