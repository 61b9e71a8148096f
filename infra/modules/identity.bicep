// The app's user-assigned managed identity: every data-plane right of the app is granted to it, and no key exists.

@description('Name of the identity.')
param name string

param location string = resourceGroup().location

param tags object = {}

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: name
  location: location
  tags: tags
}

output id string = identity.id
output principalId string = identity.properties.principalId
output clientId string = identity.properties.clientId
