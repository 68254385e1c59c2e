"""Bringing the archive in (issue 18): Word minutes and conclusion notices become meetings.

No Qt here. :mod:`.reader` reads a DOCX into :class:`.source.SourceDocument` (.doc/.odt through
LibreOffice, :mod:`.convert`); :mod:`.recognise` turns it into a :class:`.model.RecognisedMeeting` whose
every part points at the text it came from, with a confidence (:mod:`.header`, :mod:`.body`,
:mod:`.fields`, :mod:`.items`, :mod:`.outcomes`, :mod:`.tasks`, :mod:`.tables`, :mod:`.closing`; words
in :mod:`.vocab`, values in :mod:`.values`, people in :mod:`.people`, the directory in
:mod:`.directory`); :mod:`.mapping` makes an interchange document of it and :mod:`.store` saves it with
the original file. See docs/import.md.
"""
