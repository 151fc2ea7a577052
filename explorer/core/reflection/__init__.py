"""Individual reflection (ranking, journal, matrix)."""
