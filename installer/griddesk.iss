; GridDesk's Windows installer (Inno Setup 6). installer/build.py compiles it with the version
; from gridDesk/__init__.py: ISCC /DAppVersion=x.y.z /DBundle=dist\GridDesk /DOutputDir=dist /DRoot=.
; Per-machine, Chinese, Start-menu and desktop shortcuts; Windows 10 or later (Qt 6 needs it);
; the uninstaller keeps the village's data unless the user says otherwise.

#ifndef AppVersion
  #error Compile through installer/build.py, which passes /DAppVersion from gridDesk.__version__
#endif

[Setup]
AppId={{6A1F0C53-5E1B-4C0E-9B0D-6F0C2D7A9E11}
AppName=GridDesk 村综治中心
AppVersion={#AppVersion}
AppVerName=GridDesk {#AppVersion}
AppPublisher=GridDesk
DefaultDirName={autopf}\GridDesk
DefaultGroupName=GridDesk
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#OutputDir}
OutputBaseFilename=GridDesk-{#AppVersion}-setup
SetupIconFile={#Root}\resources\icons\griddesk.ico
UninstallDisplayIcon={app}\GridDesk.exe
UninstallDisplayName=GridDesk {#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=no
DisableProgramGroupPage=yes
CloseApplications=yes

[Languages]
Name: "chs"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"

[Messages]
chs.WindowsVersionNotSupported=GridDesk 需要 Windows 10 或更新的版本（它使用的 Qt 6 不再支持 Windows 7 和 8）。请在 Windows 10 或 11 的电脑上安装。

[CustomMessages]
chs.DesktopIcon=在桌面上创建快捷方式
chs.KeepData=是否同时删除本机上的 GridDesk 数据（数据库、钥匙文件和本机备份）？%n%n选“否”（推荐）：数据保留在%n%1%n重新安装后可以继续使用。%n%n选“是”：数据将被永久删除，除非您在 U 盘上另有备份。
chs.RunApp=启动 GridDesk

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopIcon}"; Flags: checkedonce

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\GridDesk 村综治中心"; Filename: "{app}\GridDesk.exe"; WorkingDir: "{app}"
Name: "{group}\卸载 GridDesk"; Filename: "{uninstallexe}"
Name: "{autodesktop}\GridDesk 村综治中心"; Filename: "{app}\GridDesk.exe"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\GridDesk.exe"; Description: "{cm:RunApp}"; Flags: nowait postinstall skipifsilent

[Code]
// The data lives in the user's profile (platformdirs: %LOCALAPPDATA%\GridDesk), never under
// {app}: uninstalling removes the program and asks before it touches the village's records.
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir: String;
begin
  if CurUninstallStep = usPostUninstall then
  begin
    DelTree(ExpandConstant('{localappdata}\GridDesk-demo'), True, True, True);  // the demo village only
    DataDir := ExpandConstant('{localappdata}\GridDesk');
    if DirExists(DataDir) and not UninstallSilent then
      if MsgBox(FmtMessage(CustomMessage('KeepData'), [DataDir]), mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES then
        DelTree(DataDir, True, True, True);
  end;
end;
