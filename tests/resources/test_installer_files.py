"""The installer sources keep the promises of capability 24 (per-user, app-running guard,
in-place upgrade, user data kept unless asked, three languages).

The Windows bundle and Setup.exe cannot be built here; these checks stop the scripts from
silently losing one of those properties.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

INSTALLER = Path(__file__).resolve().parents[2] / "installer"
ISS = INSTALLER / "heihe_desk.iss"
SPEC = INSTALLER / "heihe_desk.spec"


def setup_value(text: str, key: str) -> str:
    match = re.search(rf"^{key}=(.*)$", text, re.MULTILINE)
    assert match, f"{key} missing from [Setup]"
    return match.group(1).strip()


@pytest.fixture(scope="module")
def iss() -> str:
    # Inno Setup reads the script as UTF-8 only with a BOM; the Chinese messages need it.
    raw = ISS.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    return raw.decode("utf-8-sig")


def test_iss_installs_per_user(iss):
    assert setup_value(iss, "PrivilegesRequired") == "lowest"
    assert "PrivilegesRequiredOverridesAllowed" not in iss
    assert setup_value(iss, "DefaultDirName").startswith("{localappdata}")


def test_iss_refuses_while_app_runs(iss):
    assert setup_value(iss, "AppMutex") == "HeiheDeskRunning"


def test_iss_has_stable_app_id(iss):
    # "{{" escapes the brace; the GUID itself must stay fixed across releases.
    assert re.fullmatch(r"\{\{[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}\}", setup_value(iss, "AppId"))


def test_iss_languages(iss):
    assert 'MessagesFile: "compiler:Default.isl"' in iss
    assert 'MessagesFile: "compiler:Languages\\Russian.isl"' in iss
    assert 'MessagesFile: "ChineseSimplified.isl"' in iss
    assert (INSTALLER / "ChineseSimplified.isl").is_file()


def test_iss_asks_before_deleting_user_data_default_no(iss):
    code = iss.split("[Code]", 1)[1]
    assert "procedure CurUninstallStepChanged" in code
    assert "{localappdata}\\HeiheDesk\\HeiheDesk" in code  # platformdirs user_data_dir
    assert "MB_DEFBUTTON2" in code and "IDNO" in code
    for lang in ("en", "ru", "zh_CN"):
        assert f"{lang}.DeleteUserData=" in iss


def test_iss_takes_pyinstaller_bundle_and_never_touches_data_on_upgrade(iss):
    assert re.search(r'^Source: "\{#DistDir\}\\\*"', iss, re.MULTILINE)
    assert '#define DistDir "..\\dist\\HeiheDesk"' in iss
    deletes = iss.split("[InstallDelete]", 1)[1].split("\n[", 1)[0]
    assert "{localappdata}" not in deletes and "{app}\\_internal" in deletes


def test_chinese_messages_have_the_standard_keys():
    text = (INSTALLER / "ChineseSimplified.isl").read_bytes()
    assert text.startswith(b"\xef\xbb\xbf")
    keys = set(re.findall(r"^(\w+)=", text.decode("utf-8-sig"), re.MULTILINE))
    # A sample across wizard, errors and uninstaller; the full key set was compared with
    # Inno Setup 6.4's Default.isl when the file was written (see installer/README.md).
    for key in (
        "LanguageName",
        "SetupAppRunningError",
        "UninstallAppRunningError",
        "ButtonNext",
        "ConfirmUninstall",
        "UninstalledAll",
        "LaunchProgram",
        "CreateDesktopIcon",
    ):
        assert key in keys
    assert len(keys) >= 281  # LangOptions + Messages + CustomMessages of Inno Setup 6.4


def test_spec_is_python_and_builds_named_windowed_bundle():
    source = SPEC.read_text(encoding="utf-8")
    ast.parse(source)
    assert '"installer" / "entry.py"' in source
    assert 'name="HeiheDesk"' in source
    assert "console=False" in source
    assert "SPECPATH" in source
    assert '"resources"' in source and '"i18n"' in source


def test_entry_runs_the_cli():
    tree = ast.parse((INSTALLER / "entry.py").read_text(encoding="utf-8"))
    imports = [n for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)]
    assert any(n.module == "heihe_desk.cli" and n.names[0].name == "main" for n in imports)


def test_linux_build_script_is_strict():
    script = (INSTALLER / "build_linux.sh").read_text(encoding="utf-8")
    assert "set -euo pipefail" in script
    assert "pip install" in script and "installer/heihe_desk.spec" in script
    assert "HeiheDesk-linux-x86_64.tar.gz" in script
