using 'main.bicep'

param environmentName = 'dev'
param agencyCode = '000.00.12.H56'
param departments = ['sxd', 'snnmt', 'stc', 'sct', 'syt', 'stp', 'sgddt', 'snv', 'svhttdl']
param jwtIssuer = 'https://login.microsoftonline.com/00000000-0000-0000-0000-000000000000/v2.0'
param jwtAudience = 'api://onestop-dev'
