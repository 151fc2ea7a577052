"""Workshop mode: a facilitator console on the laptop, a presenter view on the projector.

- ``controller.WorkshopController`` drives the core state machine
  (``explorer.core.workshop.session``) and saves after every action;
- ``console.WorkshopConsole`` is the facilitator's window (keys in ``console_actions``);
- ``presenter.PresenterWindow`` shows only ``room_view(session)``, in large type;
- ``setup_dialog.WorkshopSetupDialog`` sets up agenda, groups and roles;
- ``vote_table.VoteTable`` is the vote entry grid (keys in its docstring);
- ``debrief_export`` writes the debrief (PDF through ``explorer.ui.pdf_export``);
- ``launcher.attach_workshop(main_window.context)`` adds the Workshop menu (New session…,
  Resume…, Open a session file…), File → Workshop sessions… (``sessions_dialog``),
  ``offer_resume()`` for start-up, and asks once before quitting with workshops open.
"""
