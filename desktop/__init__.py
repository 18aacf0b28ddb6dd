"""The application shell: entry points, settings, data paths, the local store, secrets."""
APP_NAME = "Boussole"
APP_ID = "boussole"
__version__ = "0.1.0"
