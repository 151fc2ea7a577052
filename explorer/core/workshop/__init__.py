"""The workshop (session, room view, plan, shift, files, roles, debrief)."""
