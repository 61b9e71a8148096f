// The Functions app (isolated worker, .NET 10) on Flex Consumption, running as the user-assigned identity.
// Every connection is identity-based: AzureWebJobsStorage, Service Bus, Cosmos DB and Blob Storage get service
// addresses and the identity's client id, never a key.

param planName string
param appName string
param location string = resourceGroup().location
param tags object = {}

param identityId string
param identityClientId string
param storageAccountName string
param deploymentContainerUrl string
param blobEndpoint string
param queueEndpoint string
param serviceBusNamespace string
param cosmosEndpoint string
param applicationInsightsConnectionString string

@description('The receiving agency\'s electronic code, the first part of every dossier code.')
param agencyCode string

@description('What the printed forms say about who issues them, and the public lookup page their QR code opens.')
param provinceName string
param governingBody string
param centerName string
param publicLookupUrl string

@description('JWT issuer and audience of the province\'s identity provider.')
param jwtIssuer string
param jwtAudience string

@description('The web workspace\'s origin (https://…): the only site whose pages may call the API from a browser.')
param webOrigin string

@description('The Key Vault holding the secrets the app reads through Key Vault references.')
param keyVaultUri string

@description('The national portal connection; its account and push key are the vault\'s secrets portal-username, portal-password and portal-inbound-key.')
param portalEnabled bool = false
param portalAdapterUrl string = ''
param portalUnitCode string = ''
param portalDestinationCode string = ''
param portalInbound string = 'Off'

param maximumInstanceCount int = 100
param instanceMemoryMB int = 2048

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    tier: 'FlexConsumption'
    name: 'FC1'
  }
  properties: {
    reserved: true
  }
}

resource app 'Microsoft.Web/sites@2024-04-01' = {
  name: appName
  location: location
  tags: union(tags, { 'azd-service-name': 'functions' })
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    keyVaultReferenceIdentity: identityId
    siteConfig: {
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      cors: {
        allowedOrigins: [
          webOrigin
        ]
        supportCredentials: false
      }
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: deploymentContainerUrl
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identityId
          }
        }
      }
      scaleAndConcurrency: {
        maximumInstanceCount: maximumInstanceCount
        instanceMemoryMB: instanceMemoryMB
      }
      runtime: {
        name: 'dotnet-isolated'
        version: '10.0'
      }
    }
  }

  resource settings 'config' = {
    name: 'appsettings'
    properties: {
      AzureWebJobsStorage__accountName: storageAccountName
      AzureWebJobsStorage__credential: 'managedidentity'
      AzureWebJobsStorage__clientId: identityClientId
      ServiceBusConnection__fullyQualifiedNamespace: serviceBusNamespace
      ServiceBusConnection__credential: 'managedidentity'
      ServiceBusConnection__clientId: identityClientId
      APPLICATIONINSIGHTS_CONNECTION_STRING: applicationInsightsConnectionString
      APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'ClientId=${identityClientId};Authorization=AAD'
      OneStop__Agency: agencyCode
      OneStop__Azure__BlobServiceUri: blobEndpoint
      OneStop__Azure__QueueServiceUri: queueEndpoint
      OneStop__Azure__CosmosEndpoint: cosmosEndpoint
      OneStop__Azure__ManagedIdentityClientId: identityClientId
      OneStop__IntakePoints__0__Code: 'TTPVHCC'
      OneStop__IntakePoints__0__Name: centerName
      OneStop__IntakePoints__0__Kind: 'Center'
      OneStop__Forms__GoverningBody: governingBody
      OneStop__Forms__Place: provinceName
      OneStop__Forms__PublicLookupUrl: publicLookupUrl
      // Tokens come from the identity provider (Entra ID): keys from its OpenID metadata, roles as app roles.
      OneStop__Jwt__Issuer: jwtIssuer
      OneStop__Jwt__Audience: jwtAudience
      OneStop__Jwt__Authority: jwtIssuer
      OneStop__Jwt__RoleClaim: 'roles'
      // The national portal: addresses here, the account and the push key only as Key Vault references.
      OneStop__Portal__Enabled: string(portalEnabled)
      OneStop__Portal__AdapterUrl: portalAdapterUrl
      OneStop__Portal__UnitCode: portalUnitCode
      OneStop__Portal__DestinationCode: portalDestinationCode
      OneStop__Portal__Inbound: portalInbound
      OneStop__Portal__IntakePointCode: 'TTPVHCC'
      OneStop__Portal__Username: '@Microsoft.KeyVault(SecretUri=${keyVaultUri}secrets/portal-username/)'
      OneStop__Portal__Password: '@Microsoft.KeyVault(SecretUri=${keyVaultUri}secrets/portal-password/)'
      OneStop__Portal__InboundKey: '@Microsoft.KeyVault(SecretUri=${keyVaultUri}secrets/portal-inbound-key/)'
    }
  }
}

output name string = app.name
output defaultHostName string = app.properties.defaultHostName
