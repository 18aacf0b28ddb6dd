"""What went wrong with the data, in the person's language.

desktop's StoreError says it in one English sentence (the command line's) and names the kind
of problem in `reason` (desktop/problems.py): a full disk, a read-only folder, a path too long,
a damaged file, a busy database, a disk error. Here each kind becomes a translated sentence,
used by ui.errors for any message whose text is such an error, and by the start-up messages.
The salvage of a damaged file is told here too.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def sentence(reason: str) -> str:
    """The translated sentence for a StoreError.reason, "" for a reason without one."""
    texts = {
        "full": lambda: QCoreApplication.translate("StoreProblems", "Le disque est plein. Libérez de l'espace disque, puis réessayez : "
                            "tout ce qui était déjà enregistré est conservé."),
        "read_only": lambda: QCoreApplication.translate("StoreProblems", "Le dossier des données est en lecture seule. Rendez-le "
                                 "modifiable ou choisissez un autre dossier (option --data-dir) : "
                                 "tout ce qui était déjà enregistré est conservé."),
        "too_long": lambda: QCoreApplication.translate("StoreProblems", "Le chemin du dossier des données est trop long pour la base de "
                                "données. Choisissez un dossier au chemin plus court (option "
                                "--data-dir)."),
        "damaged": lambda: QCoreApplication.translate("StoreProblems", "Le fichier des données est endommagé. Relancez Boussole : il "
                               "reprendra tout ce qui peut encore être lu et mettra le fichier "
                               "endommagé de côté."),
        "busy": lambda: QCoreApplication.translate("StoreProblems", "Les données sont occupées par un autre programme. Réessayez dans "
                            "un instant."),
        "disk": lambda: QCoreApplication.translate("StoreProblems", "Le disque a signalé une erreur. Vérifiez le disque ou la clé USB, "
                            "puis réessayez : tout ce qui était déjà enregistré est conservé."),
    }
    return texts[reason]() if reason in texts else ""


def salvage_text(salvage, kept_at) -> str:
    """What was recovered from a damaged data file set aside at start."""
    if salvage is None or not salvage.readable:
        return QCoreApplication.translate("StoreProblems", "Le fichier des données était endommagé et rien n'a pu en être lu. Boussole "
                   "a démarré avec un fichier neuf et a gardé l'ancien de côté :\n{0}"
                   ).format(kept_at)
    text = QCoreApplication.translate("StoreProblems", "Le fichier des données était endommagé. Boussole a repris ce qui pouvait l'être : "
               "{0} diagnostic(s) récupéré(s), {1} perdu(s).").format(salvage.recovered,
                                                                      salvage.lost)
    if salvage.incomplete:
        text += " " + QCoreApplication.translate("StoreProblems", "{0} d'entre eux ont perdu des réponses.").format(salvage.incomplete)
    return text + "\n" + QCoreApplication.translate("StoreProblems", "Le fichier endommagé est gardé de côté, chiffré comme vos données :"
                             "\n{0}").format(kept_at)
