"""The room's web app for phones: the server, its routes and the one static page, over core/workshop.

Knows no widgets; the desktop talks to it through ``explorer.ui.workshop.room_bridge``.
"""
