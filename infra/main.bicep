// OneStop on Azure: a Functions app (Durable orchestration per dossier) with Cosmos DB, Blob Storage, Service Bus,
// Key Vault and monitoring, all reached with one user-assigned identity and RBAC. No key is created for the app.

targetScope = 'resourceGroup'

@description('Short name of the environment (dev, prod): part of every resource name.')
@minLength(2)
@maxLength(8)
param environmentName string

param location string = resourceGroup().location

@description('The receiving agency\'s electronic code (for example 000.00.12.H56).')
param agencyCode string

@description('What the printed forms say: the province\'s name (where forms are dated), its People\'s Committee, the center, and the public lookup page their QR code opens.')
param provinceName string
param governingBody string
param centerName string
param publicLookupUrl string

@description('Department codes of the catalog, lower case: a pair of Service Bus queues each.')
param departments array

@description('The province\'s identity provider: issuer and audience of the tokens the API accepts.')
param jwtIssuer string
param jwtAudience string

@description('The web workspace\'s registration at the identity provider (a single-page app, authorization code with PKCE) and the API scope it asks for.')
param webClientId string
param webScope string

@description('The National Public Service Portal connection: off until the portal gives the province an account. The account (user name, password) and the push key are Key Vault secrets (portal-username, portal-password, portal-inbound-key), never parameters.')
param portalEnabled bool = false
param portalAdapterUrl string = ''
param portalUnitCode string = ''
param portalDestinationCode string = ''
@allowed(['Off', 'Push', 'Fetch'])
param portalInbound string = 'Off'

var suffix = uniqueString(resourceGroup().id, environmentName)
var tags = {
  application: 'onestop'
  environment: environmentName
}

module identity 'modules/identity.bicep' = {
  name: 'identity'
  params: {
    name: 'id-onestop-${environmentName}'
    location: location
    tags: tags
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    logAnalyticsName: 'log-onestop-${environmentName}'
    applicationInsightsName: 'appi-onestop-${environmentName}'
    location: location
    tags: tags
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    name: take('stonestop${environmentName}${suffix}', 24)
    location: location
    tags: tags
  }
}

module cosmos 'modules/cosmos.bicep' = {
  name: 'cosmos'
  params: {
    accountName: 'cosmos-onestop-${environmentName}-${suffix}'
    location: location
    appPrincipalId: identity.outputs.principalId
    tags: tags
  }
}

module serviceBus 'modules/servicebus.bicep' = {
  name: 'servicebus'
  params: {
    name: 'sb-onestop-${environmentName}-${suffix}'
    location: location
    departments: departments
    tags: tags
  }
}

module keyVault 'modules/keyvault.bicep' = {
  name: 'keyvault'
  params: {
    name: take('kv-onestop-${environmentName}-${suffix}', 24)
    location: location
    tags: tags
  }
}

module rbac 'modules/rbac.bicep' = {
  name: 'rbac'
  params: {
    principalId: identity.outputs.principalId
    storageAccountName: storage.outputs.name
    serviceBusName: 'sb-onestop-${environmentName}-${suffix}'
    keyVaultName: take('kv-onestop-${environmentName}-${suffix}', 24)
    applicationInsightsName: 'appi-onestop-${environmentName}'
  }
  dependsOn: [
    serviceBus
    keyVault
    monitoring
  ]
}

module web 'modules/staticwebapp.bicep' = {
  name: 'web'
  params: {
    name: 'stapp-onestop-${environmentName}-${suffix}'
    tags: tags
  }
}

module functions 'modules/functionapp.bicep' = {
  name: 'functions'
  params: {
    planName: 'plan-onestop-${environmentName}'
    appName: 'func-onestop-${environmentName}-${suffix}'
    location: location
    tags: tags
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    storageAccountName: storage.outputs.name
    deploymentContainerUrl: storage.outputs.deploymentContainerUrl
    blobEndpoint: storage.outputs.blobEndpoint
    queueEndpoint: storage.outputs.queueEndpoint
    serviceBusNamespace: serviceBus.outputs.fullyQualifiedNamespace
    cosmosEndpoint: cosmos.outputs.endpoint
    applicationInsightsConnectionString: monitoring.outputs.applicationInsightsConnectionString
    agencyCode: agencyCode
    provinceName: provinceName
    governingBody: governingBody
    centerName: centerName
    publicLookupUrl: publicLookupUrl
    jwtIssuer: jwtIssuer
    jwtAudience: jwtAudience
    webOrigin: 'https://${web.outputs.defaultHostName}'
    keyVaultUri: keyVault.outputs.uri
    portalEnabled: portalEnabled
    portalAdapterUrl: portalAdapterUrl
    portalUnitCode: portalUnitCode
    portalDestinationCode: portalDestinationCode
    portalInbound: portalInbound
  }
  dependsOn: [
    rbac
  ]
}

output functionAppName string = functions.outputs.name
output apiBaseUrl string = 'https://${functions.outputs.defaultHostName}'
output cosmosEndpoint string = cosmos.outputs.endpoint
output identityClientId string = identity.outputs.clientId
output webAppName string = web.outputs.name
output webUrl string = 'https://${web.outputs.defaultHostName}'

@description('What the deployed pages read from /config.json: sign in with the province\'s provider, call the Functions app.')
output webConfig object = {
  signIn: 'oidc'
  apiBase: 'https://${functions.outputs.defaultHostName}'
  oidc: {
    authority: jwtIssuer
    clientId: webClientId
    scope: webScope
  }
}
