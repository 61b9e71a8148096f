// Key Vault for what must stay secret outside the code (for example an identity provider's client secret, if
// one is ever needed). RBAC only, purge protection on; the app may read secrets, nothing more.

param name string
param location string = resourceGroup().location
param tags object = {}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: subscription().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enablePurgeProtection: true
    softDeleteRetentionInDays: 90
    publicNetworkAccess: 'Enabled'
  }
}

output id string = vault.id
output uri string = vault.properties.vaultUri
