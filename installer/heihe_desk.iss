; Inno Setup 6 script for the Windows installer of Heihe Desk (黑河边贸助手).
; Input: the PyInstaller one-folder bundle (dist\HeiheDesk\, built on Windows from
; installer\heihe_desk.spec). Output: dist\HeiheDesk-Setup-<version>.exe.
;   iscc /DAppVersion=0.1.0 installer\heihe_desk.iss
; Requires Inno Setup 6.3 or newer (x64compatible architecture identifier).

#define AppName "Heihe Desk"
#define AppNameZh "黑河边贸助手"
#define AppExeName "HeiheDesk.exe"
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
; Relative paths are resolved against this script's folder.
#ifndef DistDir
  #define DistDir "..\dist\HeiheDesk"
#endif

[Setup]
; The AppId must never change: it is how a newer setup finds and replaces the
; installed version in place (same folder, same uninstall entry).
AppId={{7AD3BD96-AC63-45DD-9E3A-51C7C847F525}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
VersionInfoVersion={#AppVersion}
; Per-user install: shop PCs and classroom seats often have no admin rights,
; and a per-user install never needs UAC for upgrades.
PrivilegesRequired=lowest
DefaultDirName={localappdata}\Programs\HeiheDesk
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
; The app holds a named mutex "HeiheDeskRunning" while it runs: setup and the
; uninstaller refuse to continue until it is closed, so no file is replaced
; under a running process and the database is never open during an upgrade.
AppMutex=HeiheDeskRunning
SetupMutex=HeiheDeskSetupRunning
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\dist
OutputBaseFilename=HeiheDesk-Setup-{#AppVersion}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto
UninstallDisplayName={#AppName} ({#AppNameZh})
UninstallDisplayIcon={app}\{#AppExeName}

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"
; Not shipped with Inno Setup; kept in this folder (see README.md).
Name: "zh_CN"; MessagesFile: "ChineseSimplified.isl"

[CustomMessages]
en.DeleteUserData=Also delete your Heihe Desk data (products, orders, documents, backups)?%n%n%1%n%nChoose No to keep it, for example to reinstall later.
ru.DeleteUserData=Удалить также ваши данные Heihe Desk (товары, заказы, документы, резервные копии)?%n%n%1%n%nВыберите «Нет», чтобы сохранить их, например для повторной установки.
zh_CN.DeleteUserData=是否同时删除您的黑河边贸助手数据（商品、订单、单据、备份）？%n%n%1%n%n选择“否”可保留数据，以便日后重新安装时继续使用。

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[InstallDelete]
; An upgrade replaces the whole bundle: modules dropped by the new version must
; not linger next to it. Only the program folder is touched; user data lives in
; the per-user data folder and is never part of {app}.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExeName}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
// platformdirs.user_data_dir("HeiheDesk", "HeiheDesk") on Windows. A data folder
// chosen with --data-dir or HEIHE_DESK_DATA_DIR is unknown here and never touched.
function UserDataDir(): String;
begin
  Result := ExpandConstant('{localappdata}\HeiheDesk\HeiheDesk');
end;

// Uninstalling keeps the trader's data unless they say otherwise; the default
// answer (also in silent mode) is No.
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir: String;
begin
  if CurUninstallStep <> usPostUninstall then
    Exit;
  DataDir := UserDataDir();
  if UninstallSilent() or not DirExists(DataDir) then
    Exit;
  if SuppressibleMsgBox(FmtMessage(CustomMessage('DeleteUserData'), [DataDir]),
       mbConfirmation, MB_YESNO or MB_DEFBUTTON2, IDNO) = IDYES then
  begin
    DelTree(DataDir, True, True, True);
    // platformdirs nests app folder in author folder; drop the author folder if now empty.
    RemoveDir(ExtractFileDir(DataDir));
  end;
end;
