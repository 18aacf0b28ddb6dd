"""PyInstaller entry script of the `boussole` executable (the desktop app)."""
from desktop.app import main

raise SystemExit(main())
