"""The scenario pack (model, located YAML, checks, loader, load cache, export)."""
