"""The evidence chain (corpus, editions, anchoring, text index, coverage, backlinks)."""
