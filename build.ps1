# Thin wrapper over the dotnet commands of the README; every behaviour lives in C#. Runs on Windows PowerShell
# and on pwsh (Windows, Linux, macOS).
#   ./build.ps1 [restore|build|test|drafts|all] [-Results DIR]
# -Results DIR keeps the test results there (xunit XML), as the GitHub workflow does.
param(
    [ValidateSet('restore', 'build', 'test', 'drafts', 'all')][string]$Task = 'all',
    [string]$Results = ''
)

$ErrorActionPreference = 'Stop'
Set-Location $PSScriptRoot

function Invoke-Dotnet {
    & dotnet @args
    if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
}

function Invoke-Tests {
    if ($Results) { Invoke-Dotnet test --results-directory $Results --report-xunit-xml }
    else { Invoke-Dotnet test }
}

switch ($Task) {
    'restore' { Invoke-Dotnet restore }
    'build'   { Invoke-Dotnet build }
    'test'    { Invoke-Tests }
    'drafts'  { Invoke-Dotnet run --project src/AlLas.Publishing.Cli -- build }
    'all'     {
        Invoke-Dotnet build
        Invoke-Tests
        Invoke-Dotnet run --project src/AlLas.Publishing.Cli -- build
    }
}
