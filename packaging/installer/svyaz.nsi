; Svyaz for Windows: a per-user installer (no administrator rights), built by makensis on Linux
; (packaging/windows/installer.py) or on Windows (.github/workflows/release.yml).
;   makensis -DVERSION=0.1.0 -DSOURCE=dist\svyaz -DOUTFILE=Svyaz-0.1.0-setup.exe svyaz.nsi
; Installs the one-folder build into %LOCALAPPDATA%\Programs\Svyaz, adds a Start-menu shortcut
; (a desktop one if ticked) and an uninstaller listed in "Apps"; English and Russian pages.
; Windows 10 version 1903 (build 18362) or later: PySide6 uses the system's ICU from then on.

; 64-bit like the app (it needs 64-bit Windows anyway), Unicode for the Russian pages.
Target amd64-unicode
!include "MUI2.nsh"
!include "LogicLib.nsh"
!include "FileFunc.nsh"

!ifndef VERSION
  !error "pass -DVERSION=x.y.z"
!endif
!ifndef SOURCE
  !error "pass -DSOURCE=the dist\svyaz folder"
!endif
!ifndef OUTFILE
  !define OUTFILE "Svyaz-${VERSION}-setup.exe"
!endif
!define MIN_BUILD 18362
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\Svyaz"

Name "Svyaz"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\Svyaz"
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"
RequestExecutionLevel user
SetCompressor /SOLID lzma
ManifestDPIAware true
VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=1033 "ProductName" "Svyaz"
VIAddVersionKey /LANG=1033 "FileDescription" "Svyaz installer"
VIAddVersionKey /LANG=1033 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "LegalCopyright" "GPL-3.0-or-later"

!define MUI_ICON "${NSISDIR}\Contrib\Graphics\Icons\modern-install.ico"
!define MUI_UNICON "${NSISDIR}\Contrib\Graphics\Icons\modern-uninstall.ico"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\svyaz.exe"
!define MUI_LANGDLL_ALLLANGUAGES

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "Russian"

LangString TooOld ${LANG_ENGLISH} "Svyaz needs Windows 10 version 1903 or later (Windows 11 is fine). This Windows is build $0."
LangString TooOld ${LANG_RUSSIAN} "Для Связи нужна Windows 10 версии 1903 или новее (Windows 11 подходит). Эта Windows — сборка $0."
LangString SecApp ${LANG_ENGLISH} "Svyaz"
LangString SecApp ${LANG_RUSSIAN} "Связь"
LangString SecDesktop ${LANG_ENGLISH} "Desktop shortcut"
LangString SecDesktop ${LANG_RUSSIAN} "Ярлык на рабочем столе"
; What the uninstaller keeps, said in its details (platformdirs: history, settings and the log
; all live under %LOCALAPPDATA%\svyaz).
LangString UnKept ${LANG_ENGLISH} "Kept: your history, settings and the app's log in $LOCALAPPDATA\svyaz (delete that folder to remove them too)."
LangString UnKept ${LANG_RUSSIAN} "Оставлены: ваша история, настройки и журнал программы в $LOCALAPPDATA\svyaz (удалите эту папку, чтобы убрать и их)."

Function .onInit
  !insertmacro MUI_LANGDLL_DISPLAY
  ; The registry's build number: WinVer.nsh's reading depends on the manifest and on Wine.
  ReadRegStr $0 HKLM "SOFTWARE\Microsoft\Windows NT\CurrentVersion" "CurrentBuildNumber"
  ${If} $0 == ""
  ${OrIf} $0 < ${MIN_BUILD}
    MessageBox MB_OK|MB_ICONSTOP "$(TooOld)" /SD IDOK
    SetErrorLevel 4
    Abort
  ${EndIf}
FunctionEnd

Section "!$(SecApp)" SecMain
  SectionIn RO
  SetShellVarContext current
  ; An older version's files go first: the folder holds exactly this build.
  RMDir /r "$INSTDIR\_internal"
  SetOutPath "$INSTDIR"
  File /r "${SOURCE}\*"
  WriteUninstaller "$INSTDIR\Uninstall.exe"
  CreateShortcut "$SMPROGRAMS\Svyaz.lnk" "$INSTDIR\svyaz.exe"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "Svyaz"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "Svyaz"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\svyaz.exe"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\Uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\Uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

Section /o "$(SecDesktop)" SecDesktop
  SetShellVarContext current
  CreateShortcut "$DESKTOP\Svyaz.lnk" "$INSTDIR\svyaz.exe"
SectionEnd

Function un.onInit
  !insertmacro MUI_UNGETLANGUAGE
FunctionEnd

Section "Uninstall"
  SetShellVarContext current
  Delete "$SMPROGRAMS\Svyaz.lnk"
  Delete "$DESKTOP\Svyaz.lnk"
  ; Only what the installer put there: never a recursive delete of a folder the person chose.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\svyaz.exe"
  Delete "$INSTDIR\Uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  ; "Start with my computer" (gui/autostart.py): the per-user Run value goes with the app.
  DeleteRegValue HKCU "Software\Microsoft\Windows\CurrentVersion\Run" "Svyaz"
  ; The history and settings (the per-user data folder) stay: they are the person's.
  DetailPrint "$(UnKept)"
  Call un.RemoveOwnCopy
SectionEnd

; NSIS runs an uninstaller as a copy of itself, %TEMP%\~nsuN.tmp\Un_A.exe, so that it can delete
; Uninstall.exe (exehead/Main.c). It asks Windows to delete that copy and folder at the next
; reboot, but a delete-at-reboot needs administrator rights, which this per-user uninstaller does
; not have: each uninstall left a ~nsuN.tmp folder behind. A running program cannot delete its
; own file, so a hidden cmd waits for the copy to exit (up to two minutes: the "Completed" page
; may stay open a while), then deletes that one file and the then empty folder. Never anything
; else: only a folder named ~nsu*.tmp that is not $INSTDIR, only $EXEPATH, and rmdir without /s.
Function un.RemoveOwnCopy
  StrCmp $EXEDIR $INSTDIR done  ; run in place (_?=): there is no copy
  ${GetFileName} $EXEDIR $0
  StrCpy $1 $0 4
  StrCpy $2 $0 "" -4
  StrCmp $1 "~nsu" 0 done
  StrCmp $2 ".tmp" 0 done
  ; Leave the folder: a process's working folder cannot be removed (nor the helper's).
  SetOutPath "$TEMP"
  ExecShell "" "$SYSDIR\cmd.exe" `/d /c for /l %i in (1,1,120) do (ping -n 2 127.0.0.1 >nul & del /f /q "$EXEPATH" 2>nul & rmdir "$EXEDIR" 2>nul && exit /b 0)` SW_HIDE
  done:
FunctionEnd
