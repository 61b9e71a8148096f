using 'main.bicep'

param environmentName = 'dev'
param agencyCode = '000.00.12.H56'
param provinceName = 'Thái Nguyên'
param governingBody = 'ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN'
param centerName = 'Trung tâm Phục vụ hành chính công tỉnh Thái Nguyên'
param publicLookupUrl = 'https://onestop-dev.example.vn/tra-cuu'
param departments = ['sxd', 'snnmt', 'stc', 'sct', 'syt', 'stp', 'sgddt', 'snv', 'svhttdl']
param jwtIssuer = 'https://login.microsoftonline.com/00000000-0000-0000-0000-000000000000/v2.0'
param jwtAudience = 'api://onestop-dev'
// The workspace's app registration in Entra ID (a single-page application with redirect URI https://<site>/dang-nhap).
param webClientId = '11111111-1111-1111-1111-111111111111'
param webScope = 'api://onestop-dev/access_as_user'
// The national portal: off until the portal gives the province an account (README, "Connecting the national portal").
param portalEnabled = false
param portalInbound = 'Off'
