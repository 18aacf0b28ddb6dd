"""Lay out now what a change asked to lay out, so that the next paint shows the final layout.

Qt lays out nested layouts one level per turn of the event loop (a label's new text resizes
its column, which then asks its scroll area, which then asks the page...), and it paints
between turns. Showing the next interview question that way painted the page two or three
times, the first ones with the previous question's geometry (a frame nobody should see), and
each paint lays out every visible text again. Settling the layouts first makes it one paint
of the final page: less work and no stale frame.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent

# A page nests its layouts about six deep and each pass settles at least one level; what is left
# after these passes (rare) is laid out on the next turn of the event loop, as without them.
PASSES = 8


def settle_layouts() -> None:
    """Deliver the pending layout requests, and the ones they post in turn, now.

    A fixed number of passes: a pass with nothing to deliver costs next to nothing, while
    counting what each pass delivers (an application event filter) would see every resize
    and move event of the layout and cost more than the passes it saves."""
    for _ in range(PASSES):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
