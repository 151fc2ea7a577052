"""Workshop mode: a facilitator console on the laptop, a presenter view on the projector.

- ``controller.WorkshopController`` drives the core state machine
  (``explorer.core.workshop.session``) and saves after every action;
- ``console.WorkshopConsole`` is the facilitator's window (keys in ``console_actions``);
- ``presenter.PresenterWindow`` shows only ``room_view(session)``, in large type;
- ``setup_dialog.WorkshopSetupDialog`` sets up agenda, groups and roles;
- ``launcher.attach_workshop(main_window)`` adds the Workshop menu (New session…,
  Resume…, Open a session file…) and ``offer_resume()`` for start-up.
"""
