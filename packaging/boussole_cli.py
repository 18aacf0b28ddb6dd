"""PyInstaller entry script of the `boussole-cli` executable (the command line)."""
from desktop.cli import main

raise SystemExit(main())
