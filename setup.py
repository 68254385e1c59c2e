"""Copies the top-level ``resources/`` folder into the wheel as ``minutes/resources``.

The design card fixes ``resources/`` at the project root; setuptools only ships package data that lives
inside a package, so the build step copies it in. At run time :func:`minutes.paths.resource_dir` finds
either the installed copy or, in an editable checkout, the folder at the root.

``url`` repeats ``[project.urls] Homepage`` as the core metadata's Home-page field, which is what
``pip show`` printed before pip learned to read Project-URL.
"""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HOMEPAGE = "https://bien-ban.example/"


class BuildWithResources(build_py):
    def run(self) -> None:
        super().run()
        source = Path(__file__).resolve().parent / "resources"
        target = Path(self.build_lib) / "minutes" / "resources"
        if source.is_dir():
            shutil.copytree(source, target, dirs_exist_ok=True)


setup(cmdclass={"build_py": BuildWithResources}, url=HOMEPAGE)
