@echo off
rem 决算校验助手 offline install for WPS on Windows: what wpsjs's copy.bat does. Copies the add-in folder
rem and publish.xml into the user's jsaddons folder. An existing publish.xml is replaced (as wpsjs does):
rem add-ins it listed must be reinstalled, or its <jsplugin> lines merged by hand.
set source_folder={{NAME}}_{{VERSION}}
set destination_folder=%appdata%\kingsoft\wps\jsaddons
if not exist "%destination_folder%" mkdir "%destination_folder%"
if not exist "%destination_folder%\%source_folder%" mkdir "%destination_folder%\%source_folder%"
xcopy /E /I /Y "%~dp0jsaddons\%source_folder%" "%destination_folder%\%source_folder%"
copy /Y "%~dp0jsaddons\publish.xml" "%destination_folder%\publish.xml"
echo 已安装 {{NAME}} {{VERSION}}，请重启 WPS。 / Installed {{NAME}} {{VERSION}}; restart WPS.
