"""Shared test set-up: the repository's root, the app under AppTest, and a private
draft folder so that no test writes into the machine's temp folder or reads another
test's draft."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
APP = ROOT / "app.py"


@pytest.fixture(autouse=True, scope="session")
def _private_drafts(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    folder = tmp_path_factory.mktemp("drafts")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("CCX_DRAFTS_DIR", str(folder))
        yield folder


@pytest.fixture
def app_test():  # type: ignore[no-untyped-def]
    """A fresh AppTest of the whole app (not yet run)."""
    from streamlit.testing.v1 import AppTest

    return AppTest.from_file(str(APP), default_timeout=60)
