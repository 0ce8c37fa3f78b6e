# Thin wrapper over the dotnet commands of the README; every behaviour lives in C#.
#   ./build.ps1 [restore|build|test|drafts|all]
param([ValidateSet('restore', 'build', 'test', 'drafts', 'all')][string]$Task = 'all')

$ErrorActionPreference = 'Stop'
Set-Location $PSScriptRoot

function Invoke-Dotnet {
    & dotnet @args
    if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
}

switch ($Task) {
    'restore' { Invoke-Dotnet restore }
    'build'   { Invoke-Dotnet build }
    'test'    { Invoke-Dotnet test }
    'drafts'  { Invoke-Dotnet run --project src/AlLas.Publishing.Cli -- build }
    'all'     {
        Invoke-Dotnet build
        Invoke-Dotnet test
        Invoke-Dotnet run --project src/AlLas.Publishing.Cli -- build
    }
}
